import Foundation
import Yams

/// Gives a composed YAML tree the same scalar types Yams' default resolver would (bool, int, float,
/// null, timestamp), for a fraction of the cost. Yams resolves each plain scalar by trying up to
/// seven regular expressions, and hashes every mapping key (resolving it) to find duplicates; on a
/// portfolio of thousands of manifests that was a tenth of the whole run. Composing with the basic
/// resolver (no rules) and typing the scalars here afterwards is much cheaper, because almost every
/// scalar in these files is text that starts with a letter no YAML 1.1 type can start with.
///
/// One difference: a mapping key tagged `!!str` explicitly (`!!str 5: x`) is typed as if untagged.
enum YAMLFastTags {
    /// Composes `text` like `Yams.compose(yaml:)` with the default resolver.
    static func compose(_ text: String) throws -> Node? {
        var nodes = 0
        return try compose(text, counting: &nodes)
    }

    /// `compose`, adding the tree's nodes (scalars, collections, aliases) to `nodes` as it retypes
    /// them, so that bounding the tree's size needs no second walk (`SafeYAML`).
    static func compose(_ text: String, counting nodes: inout Int) throws -> Node? {
        guard let root = try Yams.compose(yaml: text, .basic, constructor, .utf8) else { return nil }
        return retag(root, isKey: false, nodes: &nodes)
    }

    /// Yams builds a new default constructor, with its tables, on every `.default`: build it once.
    /// Yams does not mark `Constructor` Sendable, but it is never changed after it is made and
    /// composing only reads its tables, so sharing it across threads is safe.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// The resolver the retyped tags carry. It is only consulted for an implicit tag, and these are
    /// all explicit; `Resolver.default` would compile its seven regular expressions on first touch
    /// (ICU's one-time set-up included), which was most of linting one project's manifest.
    static let explicitTagResolver = Resolver.basic

    /// `isKey`: Yams' duplicate check has already resolved mapping keys (to `str`, with no rules),
    /// so for a key an untagged scalar and an explicit `!!str` look the same.
    static func retag(_ node: Node, isKey: Bool, nodes: inout Int) -> Node {
        nodes += 1
        switch node {
        case let .scalar(scalar):
            let tag = scalar.tag.description
            guard scalar.style == .plain, tag.isEmpty || isKey && tag == Tag.Name.str.rawValue else { return node }
            return .scalar(Node.Scalar(scalar.string, Tag(tagName(of: scalar.string), explicitTagResolver, constructor), scalar.style, scalar.mark))
        case let .mapping(mapping):
            var pairs: [(Node, Node)] = []
            pairs.reserveCapacity(mapping.count)
            for pair in mapping { pairs.append((retag(pair.key, isKey: true, nodes: &nodes), retag(pair.value, isKey: false, nodes: &nodes))) }
            return .mapping(Node.Mapping(pairs, Tag(.map, explicitTagResolver, constructor), mapping.style, mapping.mark))
        case let .sequence(sequence):
            var items: [Node] = []
            items.reserveCapacity(sequence.count)
            for item in sequence { items.append(retag(item, isKey: false, nodes: &nodes)) }
            return .sequence(Node.Sequence(items, Tag(.seq, explicitTagResolver, constructor), sequence.style, sequence.mark))
        case .alias:
            return node
        }
    }

    /// Letters that start a YAML 1.1 bool or null word (yes, no, true, false, on, off, null); a
    /// switch, as hashing the byte into a set cost more than the rest of typing most keys.
    static func isTypedInitial(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "y"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "o"): return true
        default: return false
        }
    }

    /// The default resolver's answer for a plain scalar; only strings that could be typed pay for it.
    static func tagName(of string: String) -> Tag.Name {
        guard let first = string.utf8.first else { return .null }
        let isLetter = (first | 0x20) >= UInt8(ascii: "a") && (first | 0x20) <= UInt8(ascii: "z")
        if isLetter && !isTypedInitial(first) || first >= 0x80 { return .str }
        if isLetter && string.utf8.count > 5 { return .str }   // "false" is the longest typed word
        // Only the bool and null rules match a word that starts with a letter ("name", "npv", "no"):
        // the others need a digit, a sign, a point or punctuation first.
        if isLetter { return commonTypes[string] ?? .str }
        if let name = commonTypes[string] ?? plainNumber(string) { return name }
        if string.utf8.contains(where: { cannotBeTyped($0) || noRuleSpells($0) }) { return .str }
        if isPlainDate(string) { return .timestamp }
        return Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(string)))
    }

    /// A letter that no default resolver pattern spells, literally or in a class: not in "yes no true
    /// false on off null", ".inf .nan", the hex digits, the "b o x" of int prefixes or the "T t Z" of
    /// timestamps. The patterns are anchored at both ends, so a string holding one is text
    /// ("30-Day Readmission Risk"), without running them.
    static func noRuleSpells(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "g"), UInt8(ascii: "h"), UInt8(ascii: "j"), UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "p"),
             UInt8(ascii: "q"), UInt8(ascii: "v"), UInt8(ascii: "w"), UInt8(ascii: "z"),
             UInt8(ascii: "G"), UInt8(ascii: "H"), UInt8(ascii: "J"), UInt8(ascii: "K"), UInt8(ascii: "M"), UInt8(ascii: "P"),
             UInt8(ascii: "Q"), UInt8(ascii: "V"), UInt8(ascii: "W"), UInt8(ascii: "X"): return true
        default: return false
        }
    }

    /// A date written "2024-03-02", nothing else: the timestamp rule's first form, which no earlier
    /// rule (bool, int, float, merge, null) matches, as none of them reads a "-" after a digit.
    static func isPlainDate(_ string: String) -> Bool {
        let bytes = string.utf8
        guard bytes.count == 10 else { return false }
        for (offset, byte) in bytes.enumerated() {
            let isDash = offset == 4 || offset == 7
            if isDash ? byte != UInt8(ascii: "-") : byte &- 0x30 >= 10 { return false }
        }
        return true
    }

    /// A printable ASCII byte that none of the default resolver's patterns reads ("%" in "80% interval
    /// coverage", ",", "(", "/"): they are anchored at both ends and spelt with letters, digits,
    /// spaces and `+ - . _ : < = ~` only, so such a string is text without compiling them (ICU's
    /// set-up, 9 M instructions). Control and non-ASCII bytes are not counted: `$` matches before a
    /// final line break.
    static func cannotBeTyped(_ byte: UInt8) -> Bool {
        guard byte > 0x20, byte < 0x7F, (byte | 0x20) &- 0x61 >= 26, byte &- 0x30 >= 10 else { return false }
        switch byte {
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "<"),
             UInt8(ascii: "="), UInt8(ascii: "~"): return false
        default: return true
        }
    }

    /// The words the default resolver's bool and null rules match, spelt as those rules spell them.
    static let commonTypes: [String: Tag.Name] = {
        var names: [String: Tag.Name] = [:]
        for word in ["yes", "no", "true", "false", "on", "off"] {
            for spelling in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] { names[spelling] = .bool }
        }
        for spelling in ["null", "Null", "NULL", "~"] { names[spelling] = .null }
        return names
    }()

    /// Digits with at most one point ("2024", "0.91", "12."): the resolver's answer without its
    /// regular expressions. Int first, as the resolver tries it first: "0" or a digit run not
    /// starting with 0, or an octal run after a 0 ("017"); any other such run is a float ("089",
    /// "0.91"). Anything else (signs, underscores, exponents, dates) goes to the resolver.
    static func plainNumber(_ string: String) -> Tag.Name? {
        let bytes = string.utf8
        guard let first = bytes.first, first >= 0x30, first <= 0x39 else { return nil }
        var points = 0
        var octal = true
        for byte in bytes {
            if byte == UInt8(ascii: ".") { points += 1; continue }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            if byte > UInt8(ascii: "7") { octal = false }
        }
        guard points <= 1 else { return nil }
        if points == 0, first != 0x30 || bytes.count == 1 || octal { return .int }
        return .float
    }
}
