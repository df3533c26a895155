import Foundation

/// The rule set as a list: for `caselint rules` (text, JSON) and the README's rule table (Markdown).
/// Rules are ordered by category, as the score groups them, then as their packs list them.
public enum RuleCatalog {
    public static func orderedRules(_ ruleSet: RuleSet) -> [RuleDefinition] {
        let order = Dictionary(uniqueKeysWithValues: everyCategory(ruleSet).enumerated().map { ($1.id, $0) })
        return ruleSet.rules.map(\.definition).enumerated()
            .sorted { (order[$0.element.category] ?? .max, $0.offset) < (order[$1.element.category] ?? .max, $1.offset) }
            .map(\.element)
    }

    /// A project's categories, then a portfolio's.
    static func everyCategory(_ ruleSet: RuleSet) -> [ScoreCategory] { ruleSet.categories + ruleSet.portfolioCategories }

    /// Aligned columns: id, kind, category, severity, title (marked when `caselint fix` can add it).
    public static func text(_ ruleSet: RuleSet) -> String {
        let rows = [["ID", "KIND", "CATEGORY", "SEVERITY", "TITLE"]] + orderedRules(ruleSet).map {
            [$0.id, $0.kind, $0.category, $0.severity.rawValue + ($0.enabledByDefault ? "" : " (opt-in)"),
             $0.title + ($0.fix == nil ? "" : " (fixable)")]
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<4).map { ReportText.pad(row[$0], widths[$0]) }.joined(separator: "  ") + "  " + row[4]
        }.joined(separator: "\n") + "\n"
    }

    /// The block the README keeps between `<!-- rules:start -->` and `<!-- rules:end -->`.
    public static func markdown(_ ruleSet: RuleSet) -> String {
        var out = "| Category | Weight | What it covers |\n| --- | ---: | --- |\n"
        for category in everyCategory(ruleSet) {
            out += "| \(MarkdownReporter.escape(category.title)) | \(category.weight) | \(MarkdownReporter.escape(category.description)) |\n"
        }
        out += "\n| Rule | Kind | Category | Severity | Weight | Domains | Checks |\n| --- | --- | --- | --- | ---: | --- | --- |\n"
        let gate = DomainGate(ruleSet: ruleSet)
        for rule in orderedRules(ruleSet) {
            let severity = rule.severity.rawValue + (rule.enabledByDefault ? "" : " (opt-in)") + domainSeverities(rule, ruleSet)
            let domains = gate.domains(for: rule.id).map { $0.count == Configuration.domains.count ? "all" : $0.joined(separator: ", ") } ?? "–"
            out += "| `\(rule.id)` | \(rule.kind) | \(rule.category) | \(severity) | \(rule.weight) | \(domains) | \(MarkdownReporter.escape(rule.title)) |\n"
        }
        return out
    }

    /// " (error in operations)": where a domain's profile gives the rule another severity.
    static func domainSeverities(_ rule: RuleDefinition, _ ruleSet: RuleSet) -> String {
        var bySeverity: [Severity: [String]] = [:]
        for profile in ruleSet.vocabulary.domainProfiles {
            if let severity = profile.redFlags[rule.id], severity != rule.severity { bySeverity[severity, default: []].append(profile.domain) }
        }
        let parts = Severity.allCases.reversed().compactMap { severity in
            bySeverity[severity].map { "\(severity.rawValue) in \($0.sorted().joined(separator: ", "))" }
        }
        return parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))"
    }

    public static func json(_ ruleSet: RuleSet) -> String {
        let rules = orderedRules(ruleSet).map { rule -> JSONValue in
            .object([
                ("id", .string(rule.id)), ("kind", .string(rule.kind)), ("category", .string(rule.category)),
                ("severity", .string(rule.severity.rawValue)), ("weight", .number(Double(rule.weight))),
                ("default", .string(rule.enabledByDefault ? "on" : "off")), ("title", .string(rule.title)),
                ("pack", .string(rule.pack)), ("references", .array(rule.references.map(JSONValue.string))),
                ("fix", rule.fix.map { .string($0.insert.rawValue) } ?? .null),
            ])
        }
        let categories = everyCategory(ruleSet).map { category -> JSONValue in
            .object([("id", .string(category.id)), ("title", .string(category.title)),
                     ("weight", .number(Double(category.weight))), ("description", .string(category.description)),
                     ("scope", .string(category.portfolio ? "portfolio" : "project"))])
        }
        return JSONValue.object([("categories", .array(categories)), ("rules", .array(rules))]).serialized() + "\n"
    }

    /// Replaces what lies between the markers in `document` with `table`; nil when the markers are missing.
    public static func replacingTable(in document: String, with table: String) -> String? {
        guard let start = document.range(of: startMarker), let end = document.range(of: endMarker),
              start.upperBound <= end.lowerBound else { return nil }
        return String(document[..<start.upperBound]) + "\n" + table + String(document[end.lowerBound...])
    }

    public static let startMarker = "<!-- rules:start -->"
    public static let endMarker = "<!-- rules:end -->"
}
