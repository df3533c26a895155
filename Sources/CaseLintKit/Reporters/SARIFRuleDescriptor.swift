import Foundation

/// A SARIF `reportingDescriptor`: what a rule checks, why, and how to fix it, as code-scanning
/// viewers show it next to each alert.
struct SARIFRuleDescriptor {
    var id: String
    var json: JSONValue
}

extension SARIFReporter {
    /// Every rule of the rule set in pack order, then the checks that report while reading files,
    /// such as `file.encoding`, which belong to no pack: all known before the first result.
    static func descriptors(_ ruleSet: RuleSet) -> [SARIFRuleDescriptor] {
        var descriptors = ruleSet.rules.map { descriptor(for: $0.definition) }
        let known = ruleSet.ruleIDs
        for check in InputCheck.all where !known.contains(check.id) {
            descriptors.append(SARIFRuleDescriptor(id: check.id, json: .object([
                ("id", .string(check.id)),
                ("shortDescription", .object([("text", .string(check.title))])),
                ("help", .object([("text", .string("Reported while reading the project's files; the message says what to change."))])),
                ("properties", .object([("tags", .array([.string("input")]))])),
            ])))
        }
        return descriptors
    }

    static func descriptor(for rule: RuleDefinition) -> SARIFRuleDescriptor {
        var help = "\(rule.message)"
        var markdown = "**\(rule.title)**\n\n\(rule.message)"
        if !rule.why.isEmpty {
            help += "\n\nWhy: \(rule.why)"
            markdown += "\n\n*Why:* \(rule.why)"
        }
        if !rule.references.isEmpty {
            help += "\n\nReferences: \(rule.references.joined(separator: "; "))"
            markdown += "\n\n*References:* \(rule.references.joined(separator: "; "))"
        }
        help += "\n\nRun `caselint explain \(rule.id)` for examples."
        markdown += "\n\nRun `caselint explain \(rule.id)` for examples."
        var configuration: [(String, JSONValue)] = [("level", .string(level(rule.severity)))]
        if !rule.enabledByDefault { configuration.insert(("enabled", .bool(false)), at: 0) }
        return SARIFRuleDescriptor(id: rule.id, json: .object([
            ("id", .string(rule.id)),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(rule.why.isEmpty ? rule.message : rule.why))])),
            ("help", .object([("text", .string(help)), ("markdown", .string(markdown))])),
            ("defaultConfiguration", .object(configuration)),
            ("properties", .object([
                ("tags", .array([.string("case-study"), .string(rule.category)])),
                ("category", .string(rule.category)),
                ("weight", .number(Double(rule.weight))),
            ])),
        ]))
    }
}
