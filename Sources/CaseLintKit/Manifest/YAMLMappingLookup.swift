import Yams

extension Node.Mapping {
    /// The value of a plain key, compared as text. Yams's own `mapping["key"]` builds a node for
    /// the key and resolves tags on every comparison, which made up a tenth of start-up; and its
    /// iterator copies every pair into a new array first, so this walks the indices instead.
    subscript(text key: String) -> Node? {
        var index = startIndex
        while index != endIndex {
            if case let .scalar(scalar) = self[index].key, scalar.string == key { return self[index].value }
            formIndex(after: &index)
        }
        return nil
    }
}
