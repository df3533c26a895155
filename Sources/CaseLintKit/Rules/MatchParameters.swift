import Foundation
import Yams

/// Typed access to a rule's `match:` mapping. Every read validates the value's type, and keys that
/// no read asked for are reported, so a typo in a rule pack is an error that names file, line and key.
public final class MatchParameters: @unchecked Sendable {
    let node: Node?
    let file: String
    let ruleID: String
    /// False for built-in packs: their regular expressions compile on first use (see `TextPattern`).
    let compilePatternsNow: Bool
    private var used: Set<String> = []
    /// Each text key's value (its first, as `Mapping[text:]` finds it), read in one pass: a check
    /// asks for a dozen keys, most of them absent, and each look-up copied every pair it passed.
    private lazy var values: [String: Node] = {
        var values: [String: Node] = [:]
        guard let mapping = node?.mapping else { return values }
        for pair in mapping {
            if let key = pair.key.scalar?.string, values[key] == nil { values[key] = pair.value }
        }
        return values
    }()

    init(node: Node?, file: String, ruleID: String, compilePatternsNow: Bool = true) {
        self.node = node
        self.file = file
        self.ruleID = ruleID
        self.compilePatternsNow = compilePatternsNow
    }

    var line: Int { node?.mark?.line ?? 1 }

    private func value(_ key: String) -> Node? {
        used.insert(key)
        return values[key]
    }

    func error(_ key: String, _ node: Node?, _ message: String) -> InputError {
        InputError(file: file, line: node?.mark?.line ?? line, "rule \(ruleID), match.\(key): \(message)")
    }

    /// The raw value of a key, for checks whose parameters have a shape of their own (lists of mappings).
    func rawValue(_ key: String) -> Node? { value(key) }

    public func string(_ key: String) throws -> String? {
        guard let found = value(key) else { return nil }
        guard let text = found.scalar?.string else { throw error(key, found, "expected a string") }
        return text
    }

    public func requiredString(_ key: String) throws -> String {
        guard let text = try string(key) else { throw error(key, node, "missing required key") }
        return text
    }

    public func int(_ key: String) throws -> Int? {
        guard let found = value(key) else { return nil }
        guard let number = found.wholeNumber else { throw error(key, found, "expected a whole number") }
        return number
    }

    public func number(_ key: String) throws -> Double? {
        guard let found = value(key) else { return nil }
        guard let number = found.decimalNumber, number.isFinite else { throw error(key, found, "expected a number") }
        return number
    }

    public func bool(_ key: String) throws -> Bool? {
        guard let found = value(key) else { return nil }
        guard let flag = found.bool else { throw error(key, found, "expected true or false") }
        return flag
    }

    public func strings(_ key: String) throws -> [String]? {
        guard let found = value(key) else { return nil }
        guard let items = found.sequence else { throw error(key, found, "expected a list of strings") }
        return try items.map { item in
            guard let text = item.scalar?.string else { throw error(key, item, "expected a list of strings") }
            return text
        }
    }

    public func requiredStrings(_ key: String) throws -> [String] {
        guard let list = try strings(key), !list.isEmpty else { throw error(key, node, "missing required key (a non-empty list)") }
        return list
    }

    /// `{label: [phrase, ...]}` in file order: metric aliases, keyword terms.
    public func phraseTable(_ key: String) throws -> [(label: String, phrases: [String])]? {
        guard let found = value(key) else { return nil }
        guard let mapping = found.mapping else { throw error(key, found, "expected a mapping of name: [phrases]") }
        return try mapping.map { pair in
            guard let label = pair.key.scalar?.string else { throw error(key, pair.key, "expected a name") }
            if let single = pair.value.scalar?.string { return (label, [single]) }
            guard let list = pair.value.sequence else { throw error(key, pair.value, "expected a list of phrases for \(label)") }
            return (label, try list.map { item in
                guard let text = item.scalar?.string else { throw error(key, item, "expected a phrase") }
                return text
            })
        }
    }

    /// Regular expressions, compiled now (for a pack from --rules) so that a bad one fails when the pack loads.
    public func patterns(_ key: String) throws -> [TextPattern]? {
        guard let found = value(key) else { return nil }
        guard let items = found.sequence else { throw error(key, found, "expected a list of regular expressions") }
        return try items.map { item in
            guard let source = item.scalar?.string else { throw error(key, item, "expected a regular expression") }
            do { return try TextPattern(source, compileNow: compilePatternsNow) } catch {
                throw self.error(key, item, "invalid regular expression '\(source)'")
            }
        }
    }

    /// Call after the check has read its parameters: unread keys are typos.
    func rejectUnknownKeys() throws {
        guard let mapping = node?.mapping else {
            if let node, node.scalar?.string != "" { throw error("", node, "expected a mapping") }
            return
        }
        for pair in mapping {
            let key = pair.key.scalar?.string ?? ""
            if !used.contains(key) {
                throw InputError(file: file, line: pair.key.mark?.line ?? line,
                                 "rule \(ruleID): unknown key 'match.\(key)' (known here: \(used.sorted().joined(separator: ", ")))")
            }
        }
    }
}
