import Foundation

/// Typed access to a rule's `match:` mapping. Every read validates the value's type, and keys that
/// no read asked for are reported, so a typo in a rule pack is an error that names file, line and key.
public final class MatchParameters: @unchecked Sendable {
    let node: RuleValue?
    let file: String
    let ruleID: String
    /// False for built-in packs: their regular expressions compile on first use (see `TextPattern`).
    let compilePatternsNow: Bool
    /// The keys read so far: a check asks for a dozen, most of them absent.
    private var used: [String] = []

    init(node: RuleValue?, file: String, ruleID: String, compilePatternsNow: Bool = true) {
        self.node = node
        self.file = file
        self.ruleID = ruleID
        self.compilePatternsNow = compilePatternsNow
    }

    var line: Int { node?.line ?? 1 }

    private func value(_ key: String) -> RuleValue? {
        used.append(key)
        return node?[key]
    }

    func error(_ key: String, _ node: RuleValue?, _ message: String) -> InputError {
        error(key, line: node?.line, message)
    }

    func error(_ key: String, line valueLine: Int?, _ message: String) -> InputError {
        InputError(file: file, line: valueLine ?? line, "rule \(ruleID), match.\(key): \(message)")
    }

    /// The raw value of a key, for checks whose parameters have a shape of their own (lists of mappings).
    func rawValue(_ key: String) -> RuleValue? { value(key) }

    public func string(_ key: String) throws -> String? {
        guard let found = value(key) else { return nil }
        guard let text = found.text else { throw error(key, found, "expected a string") }
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
        guard let items = found.items else { throw error(key, found, "expected a list of strings") }
        return try items.map { item in
            guard let text = item.text else { throw error(key, item, "expected a list of strings") }
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
        guard let pairs = found.pairs else { throw error(key, found, "expected a mapping of name: [phrases]") }
        return try pairs.map { pair in
            guard let label = pair.keyText else { throw error(key, line: pair.keyLine, "expected a name") }
            if let single = pair.value.text { return (label, [single]) }
            guard let list = pair.value.items else { throw error(key, pair.value, "expected a list of phrases for \(label)") }
            return (label, try list.map { item in
                guard let text = item.text else { throw error(key, item, "expected a phrase") }
                return text
            })
        }
    }

    /// Regular expressions, compiled now (for a pack from --rules) so that a bad one fails when the pack loads.
    public func patterns(_ key: String) throws -> [TextPattern]? {
        guard let found = value(key) else { return nil }
        guard let items = found.items else { throw error(key, found, "expected a list of regular expressions") }
        return try items.map { item in
            guard let source = item.text else { throw error(key, item, "expected a regular expression") }
            do { return try TextPattern(source, compileNow: compilePatternsNow) } catch {
                throw self.error(key, item, "invalid regular expression '\(source)'")
            }
        }
    }

    /// Call after the check has read its parameters: unread keys are typos.
    func rejectUnknownKeys() throws {
        guard let pairs = node?.pairs else {
            if let node, node.text != "" { throw error("", node, "expected a mapping") }
            return
        }
        for pair in pairs {
            let key = pair.keyText ?? ""
            if !used.contains(key) {
                throw InputError(file: file, line: pair.keyLine ?? line,
                                 "rule \(ruleID): unknown key 'match.\(key)' (known here: \(Set(used).sorted().joined(separator: ", ")))")
            }
        }
    }
}
