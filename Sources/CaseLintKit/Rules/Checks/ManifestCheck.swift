import Foundation

/// `kind: manifest` — fields and allowed values in `case-study.yaml`.
///
///     match:
///       require_file: true                 # the manifest itself must exist (otherwise: pass when absent)
///       required: [title, domain, ...]     # top-level keys that must hold a value
///       allowed: {domain: [imaging, ...], data_sources.kind: [open, synthetic, ...]}
///                                          # `list.key` checks that key in every item of a list
public struct ManifestCheck: Check {
    let rule: RuleDefinition
    let requireFile: Bool
    let required: [String]
    let allowed: [(label: String, phrases: [String])]
    /// Each `allowed` label cut at its dot once, not on every project.
    let allowedPaths: [[String]]

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        requireFile = try match.bool("require_file") ?? false
        required = try match.strings("required") ?? []
        allowed = try match.phraseTable("allowed") ?? []
        allowedPaths = allowed.map { $0.label.split(separator: ".").map(String.init) }
        if !requireFile, required.isEmpty, allowed.isEmpty {
            throw match.error("required", nil, "a manifest rule needs require_file, required or allowed")
        }
    }

    public var readsReadme: Bool { false }

    public func applies(to context: LintContext) -> Bool { requireFile || context.manifestNode != nil }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let root = context.manifestNode else {
            return requireFile ? [Finding(message: rule.message, file: context.readmeFile, wholeFile: true)] : []
        }
        let file = context.manifestFile
        var findings: [Finding] = []
        let missing = required.filter { context.manifestValue($0) == nil }
        if !missing.isEmpty {
            findings.append(Finding(message: "\(rule.message) Missing: \(missing.joined(separator: ", ")).", file: file,
                                    line: root.line))
        }
        for ((key, values), path) in zip(allowed, allowedPaths) {
            for (value, node) in Self.values(at: path, in: root) where !values.contains(value) {
                findings.append(Finding(message: "\(rule.message) '\(key)' is '\(value)'; allowed: \(values.joined(separator: ", ")).",
                                        file: file, line: node.line, column: node.column))
            }
        }
        return findings
    }

    /// The scalar values at `key` (path `[key]`) or, for `list.key`, at `key` in each item of `list`.
    /// A null value (`domain:` or `domain: null`) is no value: `required` reports it as missing.
    static func values(at path: [String], in root: YAMLValue) -> [(String, YAMLValue)] {
        guard let top = root[text: path[0]] else { return [] }
        if path.count == 1 {
            guard !top.isNull else { return [] }
            return top.scalarText.map { [($0, top)] } ?? []
        }
        return (top.items ?? []).compactMap { item in
            guard let node = item[text: path[1]], !node.isNull, let text = node.scalarText else { return nil }
            return (text, node)
        }
    }
}
