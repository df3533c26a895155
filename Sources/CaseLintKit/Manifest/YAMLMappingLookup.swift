import Yams

extension Node.Mapping {
    /// The value of a plain key, compared as text. Yams's own `mapping["key"]` builds a node for
    /// the key and resolves tags on every comparison, which made up a tenth of start-up; and its
    /// iterator copies every pair into a new array first, so this walks the indices instead.
    subscript(text key: String) -> Node? {
        var index = startIndex
        while index != endIndex {
            // The pair is bound before its key is matched: matching `.scalar` on `self[index].key`
            // directly left the pair's value unreleased whenever the key was not text (`? - a`).
            let pair = self[index]
            if let scalar = pair.key.scalar, scalar.string == key { return pair.value }
            formIndex(after: &index)
        }
        return nil
    }
}
