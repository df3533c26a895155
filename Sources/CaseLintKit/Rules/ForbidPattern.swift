import Foundation

/// One entry of a `forbid` rule's `patterns:` list. A plain string is a regular expression; a
/// mapping adds the honest wording to suggest and a severity for this pattern alone, so one rule
/// can hold both status claims (errors) and softer wording (warnings):
///
///     patterns:
///       - '\bTODO\b'
///       - pattern: '\bFDA[- ]approved\b'
///         rewrite: "not reviewed by any regulator"
///         severity: error
public struct ForbidPattern: Sendable {
    public let pattern: TextPattern
    public let rewrite: String?
    public let severity: Severity?
    /// `hedged: true`: "could" or "might" before the phrase does not excuse it ("a model like this could
    /// replace the need for a radiologist" still claims it); negations and "would need" still do.
    public var flagsHedged = false

    static let keys: Set<String> = ["pattern", "rewrite", "severity", "hedged"]

    /// Reads the list, compiling every regex now so that a bad one fails when the pack loads.
    static func list(_ key: String, in match: MatchParameters) throws -> [ForbidPattern]? {
        guard let found = match.rawValue(key) else { return nil }
        guard let items = found.items else { throw match.error(key, found, "expected a list of regular expressions") }
        return try items.map { item in
            if let source = item.text { return ForbidPattern(pattern: try compile(source, key, item, match), rewrite: nil, severity: nil) }
            guard let fields = item.pairs else {
                throw match.error(key, item, "expected a regular expression or {pattern, rewrite, severity}")
            }
            for pair in fields {
                let name = pair.keyText ?? ""
                guard keys.contains(name) else {
                    throw match.error(key, line: pair.keyLine, "unknown key '\(name)' (known: \(keys.sorted().joined(separator: ", ")))")
                }
            }
            guard let source = item["pattern"]?.text else { throw match.error(key, item, "each entry needs a 'pattern'") }
            var severity: Severity?
            if let node = item["severity"] {
                guard let value = node.text.flatMap({ Severity(rawValue: $0) }) else {
                    throw match.error(key, node, "severity is one of error, warning, info")
                }
                severity = value
            }
            let rewrite = item["rewrite"]?.text
            if item["rewrite"] != nil, rewrite?.isEmpty != false { throw match.error(key, item["rewrite"], "rewrite: expected a non-empty string") }
            var hedged = false
            if let node = item["hedged"] {
                guard let value = node.text.flatMap({ ["true": true, "false": false][$0] }) else {
                    throw match.error(key, node, "hedged: expected true or false")
                }
                hedged = value
            }
            var entry = ForbidPattern(pattern: try compile(source, key, item, match), rewrite: rewrite, severity: severity)
            entry.flagsHedged = hedged
            return entry
        }
    }

    private static func compile(_ source: String, _ key: String, _ node: RuleValue, _ match: MatchParameters) throws -> TextPattern {
        do { return try TextPattern(source, compileNow: match.compilePatternsNow) } catch {
            throw match.error(key, node, "invalid regular expression '\(source)'")
        }
    }
}
