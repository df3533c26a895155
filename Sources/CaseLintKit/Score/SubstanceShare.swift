import Foundation

/// A rule that only looks for a fault (an over-claim, a patient identifier, a placeholder) passes
/// on a README that says almost nothing, and reviewers give such a README no credit for what it
/// did not get wrong. A rule with `substance_share: x` keeps `1 - x` of its passing credit and earns
/// the rest as far as the README writes its six case-study parts: the mean of what each part's text
/// earns (`SectionCheck.depth`, 0 for a part not written).
enum SubstanceShare {
    static func apply(to credits: inout [String: Double], outcomes: [String: RuleOutcome], rules: [CompiledRule],
                      context: LintContext) {
        guard rules.contains(where: { $0.definition.substanceShare > 0 }) else { return }
        let sections = rules.compactMap { $0.check as? SectionCheck }
        guard !sections.isEmpty else { return }
        let written = sections.reduce(0.0) { sum, check in
            guard let entry = context.outline?.parts[check.part], entry.status == .written else { return sum }
            return sum + check.depth(entry)
        } / Double(sections.count)
        for rule in rules where rule.definition.substanceShare > 0 && outcomes[rule.id] == .passed {
            let share = rule.definition.substanceShare
            credits[rule.id] = (credits[rule.id] ?? 1) * ((1 - share) + share * written)
        }
    }
}
