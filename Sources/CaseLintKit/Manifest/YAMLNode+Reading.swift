import Foundation
import Yams

/// A value of the wrong shape: where it is and what was expected, in the author's words.
/// The manifest loader turns it into a diagnostic; the configuration loader into an `InputError`.
struct YAMLTypeError: Error, Equatable {
    var line: Int
    var message: String
}

/// A composed YAML value the typed reads below work on: Yams' `Node` (configuration, blueprints,
/// packs) or the lighter `YAMLValue` (manifests, front matter), so both give the same messages.
protocol ComposedYAML {
    /// 1-based line where the value starts.
    var line: Int { get }
    /// The resolved tag (`!!int`, `!!str` ...).
    var tagName: Tag.Name { get }
    var kind: YAMLValue.Kind { get }
    var scalarText: String? { get }
    /// A scalar's style; nil for the other kinds.
    var scalarStyle: Node.Scalar.Style? { get }
    var items: [Self]? { get }
    /// The value as Yams' scalar, for its constructors (numbers and yes/no words written unusually).
    var yamsScalar: Node.Scalar? { get }
}

extension Yams.Node: ComposedYAML {
    /// 1-based line where the node starts. Yams' marks are 1-based already (libyaml's + 1).
    var line: Int { mark?.line ?? 1 }

    /// The resolved tag; Yams keeps `Tag.name` internal.
    var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }

    var kind: YAMLValue.Kind {
        switch self {
        case .scalar: return .scalar
        case .mapping: return .mapping
        case .sequence: return .sequence
        case .alias: return .alias
        }
    }

    var scalarText: String? { scalar?.string }
    var scalarStyle: Node.Scalar.Style? { scalar?.style }
    var items: [Yams.Node]? { sequence.map { Array($0) } }
    var yamsScalar: Node.Scalar? { scalar }

    /// A mapping's entries in order, keys read as text.
    func entries(_ key: String) throws -> [(key: String, keyNode: Yams.Node, value: Yams.Node)]? {
        if isNull { return nil }
        guard let mapping else { throw typeError(key, expected: "a mapping of key: value lines") }
        return try mapping.map { pair in
            guard let name = pair.key.scalar?.string else {
                throw pair.key.typeError("a key in \(key)", expected: "text")
            }
            return (name, pair.key, pair.value)
        }
    }
}

extension YAMLValue: ComposedYAML {
    var scalarStyle: Node.Scalar.Style? { kind == .scalar ? style : nil }

    var yamsScalar: Node.Scalar? {
        kind == .scalar ? Node.Scalar(text, Tag(tagName, YAMLFastTags.explicitTagResolver, YAMLFastTags.constructor), style) : nil
    }
}

/// Typed reads of a composed value. `key` names the value in messages ("target_roles",
/// "metrics[2].value"). Null (`key:` with nothing after it, or `~`) reads as nil: absent.
extension ComposedYAML {
    var isNull: Bool { kind == .scalar && tagName == .null }

    /// What the author wrote, named the way they would name it.
    var userDescription: String {
        switch kind {
        case .mapping: return "a mapping (key: value lines)"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            let string = scalarText ?? ""
            let shown = string.count > 40 ? String(string.prefix(40)) + "…" : string
            switch tagName {
            case .null: return "nothing"
            case .bool: return "the yes/no value \(shown)"
            case .int, .float: return "the number \(shown)"
            default: return "the text \"\(shown)\""
            }
        }
    }

    func typeError(_ key: String, expected: String, hint: String? = nil) -> YAMLTypeError {
        let message = "\(key) must be \(expected), found \(userDescription)"
        return YAMLTypeError(line: line, message: hint.map { message + ": " + $0 } ?? message)
    }

    /// Text: numbers and dates read as written (`version: 1.0` is the text "1.0"); a yes/no
    /// value or a collection is an error, since it is almost always a mistake.
    func text(_ key: String) throws -> String? {
        if isNull { return nil }
        guard let text = scalarText, tagName != .bool else {
            let hint = tagName == .bool ? "put it in quotes if you mean the word" : nil
            throw typeError(key, expected: "text", hint: hint)
        }
        return text
    }

    func number(_ key: String) throws -> Double? {
        if isNull { return nil }
        if kind == .scalar, tagName == .int || tagName == .float, let value = decimalNumber {
            guard value.isFinite else { throw typeError(key, expected: "a finite number") }
            return value
        }
        throw typeError(key, expected: "a number", hint: numberHint)
    }

    func integer(_ key: String) throws -> Int? {
        if isNull { return nil }
        if kind == .scalar, tagName == .int, let value = wholeNumber { return value }
        throw typeError(key, expected: "a whole number", hint: numberHint)
    }

    func boolean(_ key: String) throws -> Bool? {
        if isNull { return nil }
        if kind == .scalar, tagName == .bool, let value = yamsScalar.flatMap(Bool.construct) { return value }
        throw typeError(key, expected: "true or false")
    }

    func list(_ key: String) throws -> [Self]? {
        if isNull { return nil }
        guard let items else {
            throw typeError(key, expected: "a list", hint: "write each item on its own line, starting with '- '")
        }
        return items
    }

    func textList(_ key: String) throws -> [String]? {
        guard let items = try list(key) else { return nil }
        return try items.enumerated().map { index, item in
            guard let text = try item.text("\(key)[\(index + 1)]") else {
                throw item.typeError("\(key)[\(index + 1)]", expected: "text", hint: "remove the empty item")
            }
            return text
        }
    }

    /// Numbers written as text are the usual mistake; say how to write them.
    private var numberHint: String? {
        guard let text = scalarText?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if text.hasSuffix("%"), let percent = Double(text.dropLast().trimmingCharacters(in: .whitespaces)) {
            return "write \(formatted(percent / 100)) (a fraction) or \(formatted(percent)) without the % sign"
        }
        if Double(text) != nil { return "remove the quotes around \(text)" }
        return nil
    }

    private func formatted(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
