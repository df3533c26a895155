import Yams

/// The short constructors `PreparsedRules.swift` is written in, and the writer of that Swift
/// source (`literal`): a rule's values become Swift expressions whose strings are literals, so
/// start-up makes them without reading any text.
extension RuleValue {
    /// A scalar and what Yams reads from it as a whole number, a number and a yes/no value.
    static func s(_ text: String, _ line: Int?, w: Int? = nil, d: Double? = nil, b: Bool? = nil) -> RuleValue {
        let readings = w == nil && d == nil && b == nil ? nil : ScalarReadings(whole: w, decimal: d, flag: b)
        return RuleValue(.scalar(Scalar(text: text, readings: readings)), line: line)
    }

    static func q(_ line: Int?, _ items: [RuleValue]) -> RuleValue { RuleValue(.sequence(items), line: line) }

    static func m(_ line: Int?, _ pairs: [Pair]) -> RuleValue { RuleValue(.mapping(pairs), line: line) }

    static func t(_ line: Int?) -> RuleValue { RuleValue(.tree, line: line) }

    static func a(_ line: Int?) -> RuleValue { RuleValue(.alias, line: line) }

    /// This value as a Swift expression in the constructors above.
    var literal: String {
        let line = self.line.map(String.init) ?? "nil"
        switch shape {
        case let .scalar(scalar):
            var readings = ""
            if let whole = scalar.whole { readings += ", w: \(whole)" }
            if let decimal = scalar.decimal { readings += ", d: \(Self.literal(decimal))" }
            if let flag = scalar.flag { readings += ", b: \(flag)" }
            return ".s(\(Self.literal(scalar.text)), \(line)\(readings))"
        case let .sequence(items):
            return ".q(\(line), [" + items.map(\.literal).joined(separator: ", ") + "])"
        case let .mapping(pairs):
            return ".m(\(line), [" + pairs.map { pair in
                ".p(\(pair.keyText.map(Self.literal) ?? "nil"), \(pair.keyLine.map(String.init) ?? "nil"), \(pair.value.literal))"
            }.joined(separator: ", ") + "])"
        case .tree:
            return ".t(\(line))"
        case .alias:
            return ".a(\(line))"
        }
    }

    /// A string literal with every scalar outside printable ASCII (and quotes, backslashes) escaped.
    static func literal(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { scalar in
            (0x20..<0x7F).contains(scalar.value) && scalar != "\"" && scalar != "\\" ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
        }.joined() + "\""
    }

    /// A number as Swift reads it back to the same `Double`.
    static func literal(_ number: Double) -> String {
        if number.isNaN { return "Double.nan" }
        if number.isInfinite { return number < 0 ? "-Double.infinity" : "Double.infinity" }
        return "\(number)"
    }
}

extension RuleValue.Pair {
    static func p(_ key: String?, _ line: Int?, _ value: RuleValue) -> RuleValue.Pair { RuleValue.Pair(keyText: key, keyLine: line, value: value) }
}
