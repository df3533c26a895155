import Yams

/// A rule's keys and `match:` parameters as the loader reads them: each value's shape, text, line
/// and typed readings, without Yams. A pack from `--rules` has its rules converted from the YAML
/// tree (`init(_:deferring:)`); the built-in packs' rules are Swift values generated at build time
/// (`PreparsedRules`), so start-up neither decodes nor walks their trees, whose nodes cost a copy
/// of every field (tag, style, mark) on each read.
struct RuleValue: Sendable, Equatable {
    struct Scalar: Sendable, Equatable {
        let text: String
        /// Nil when Yams reads nothing but text from it (most words of a list).
        let readings: ScalarReadings?

        var whole: Int? { readings?.whole }
        var decimal: Double? { readings?.decimal }
        var flag: Bool? { readings?.flag }

        /// Equal when they read the same, wherever the readings come from.
        static func == (lhs: Scalar, rhs: Scalar) -> Bool {
            lhs.text == rhs.text && lhs.whole == rhs.whole && lhs.decimal == rhs.decimal && lhs.flag == rhs.flag
        }
    }

    /// What Yams makes of a scalar's text (`wholeNumber`, `decimalNumber`, `bool`, which depend on
    /// its style and tag): written out for a generated rule, asked of the node otherwise, and only
    /// when read, as Yams' number parsing costs some 20,000 instructions a scalar. A class, so that
    /// a scalar copies as a reference. `@unchecked Sendable`: nothing changes after it is made, and
    /// Yams' nodes are values whose tags nothing resolves again once composed.
    final class ScalarReadings: @unchecked Sendable {
        private let node: Node?
        private let known: (whole: Int?, decimal: Double?, flag: Bool?)

        init(whole: Int?, decimal: Double?, flag: Bool?) {
            node = nil
            known = (whole, decimal, flag)
        }

        init(_ node: Node) {
            self.node = node
            known = (nil, nil, nil)
        }

        var whole: Int? { node.map(\.wholeNumber) ?? known.whole }
        var decimal: Double? { node.map(\.decimalNumber) ?? known.decimal }
        var flag: Bool? { node.map(\.bool) ?? known.flag }
    }

    /// A mapping's pair. Keys are read as text (and where they are, for messages): a key that is
    /// not a scalar has no text.
    struct Pair: Sendable, Equatable {
        let keyText: String?
        let keyLine: Int?
        let value: RuleValue
    }

    enum Shape: Sendable, Equatable {
        case scalar(Scalar)
        case sequence([RuleValue])
        case mapping([Pair])
        /// A YAML alias, which no reading accepts.
        case alias
        /// A value the loader reads as a YAML tree of its own (a rule's `examples:`).
        case tree
    }

    let shape: Shape
    /// The line the value starts on; nil when its node had no mark.
    let line: Int?

    init(_ shape: Shape, line: Int?) {
        self.shape = shape
        self.line = line
    }

    /// The node's value; in a mapping, the values of `deferring` keys are `.tree` (read from the node).
    init(_ node: Node, deferring: Set<String> = []) {
        line = node.mark?.line
        switch node {
        case let .scalar(scalar):
            shape = .scalar(Scalar(text: scalar.string, readings: ScalarReadings(node)))
        case let .sequence(sequence):
            shape = .sequence(sequence.map { RuleValue($0) })
        case let .mapping(mapping):
            shape = .mapping(mapping.map { pair in
                let key = pair.key.scalar?.string
                let deferred = key.map(deferring.contains) ?? false
                return Pair(keyText: key, keyLine: pair.key.mark?.line,
                            value: deferred ? RuleValue(.tree, line: pair.value.mark?.line) : RuleValue(pair.value))
            })
        case .alias:
            shape = .alias
        }
    }

    /// A scalar's text (`Node.scalar?.string`).
    var text: String? {
        if case let .scalar(scalar) = shape { return scalar.text }
        return nil
    }

    var items: [RuleValue]? {
        if case let .sequence(items) = shape { return items }
        return nil
    }

    var pairs: [Pair]? {
        if case let .mapping(pairs) = shape { return pairs }
        return nil
    }

    var wholeNumber: Int? {
        if case let .scalar(scalar) = shape { return scalar.whole }
        return nil
    }

    var decimalNumber: Double? {
        if case let .scalar(scalar) = shape { return scalar.decimal }
        return nil
    }

    var bool: Bool? {
        if case let .scalar(scalar) = shape { return scalar.flag }
        return nil
    }

    /// The value of the first pair whose key is the scalar `key` (`Mapping[text:]`): a mapping holds
    /// a few keys, so a scan costs less than hashing them into a dictionary.
    subscript(key: String) -> RuleValue? {
        guard case let .mapping(pairs) = shape, let index = pairs.firstIndex(where: { $0.keyText == key }) else { return nil }
        return pairs[index].value
    }
}
