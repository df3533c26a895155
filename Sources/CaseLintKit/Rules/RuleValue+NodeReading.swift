/// The reads the pack loaders make of a YAML node (`scalar?.string`, `mapping[text:]`, `sequence`,
/// `mark?.line`), answered by a `RuleValue` under the same names: the loaders of a pack's
/// categories, vocabulary and domain profile read generated values and converted trees alike
/// without being written twice.
extension RuleValue {
    /// Where a value starts, as `Node.mark` gives it (only the line is kept).
    struct Position: Sendable {
        let line: Int
    }

    var scalar: Scalar? {
        if case let .scalar(scalar) = shape { return scalar }
        return nil
    }

    var sequence: [RuleValue]? { items }

    var mapping: [Pair]? { pairs }

    var mark: Position? { line.map(Position.init) }
}

extension RuleValue.Scalar {
    var string: String { text }
}

extension RuleValue.Pair {
    /// The key as a value: a scalar with the key's text, or (for a key that was not a scalar) a
    /// value without text, at the key's line.
    var key: RuleValue {
        RuleValue(keyText.map { .scalar(RuleValue.Scalar(text: $0, readings: nil)) } ?? .alias, line: keyLine)
    }
}

extension Array where Element == RuleValue.Pair {
    /// The value of the first pair whose key is the text `key` (`Node.Mapping[text:]`).
    subscript(text key: String) -> RuleValue? {
        guard let index = firstIndex(where: { $0.keyText == key }) else { return nil }
        return self[index].value
    }

    var keys: [RuleValue] { map(\.key) }
}
