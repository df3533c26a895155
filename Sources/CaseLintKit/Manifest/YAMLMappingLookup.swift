import Yams

extension Node.Mapping {
    /// The value of a plain key, compared as text. Yams's own `mapping["key"]` builds a node for
    /// the key and resolves tags on every comparison, which made up a tenth of start-up.
    subscript(text key: String) -> Node? {
        for pair in self where pair.key.scalar?.string == key { return pair.value }
        return nil
    }
}
