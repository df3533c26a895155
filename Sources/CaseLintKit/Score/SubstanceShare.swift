import Foundation

/// A rule that only looks for a fault (an over-claim, a patient identifier, a placeholder) passes
/// on a README that says almost nothing, and reviewers give such a README no credit for what it
/// did not get wrong. A rule with `substance_share: x` keeps `1 - x` of its passing credit and earns
/// the rest as far as the README writes its six case-study parts: the mean of what each part's text
/// earns (`SectionCheck.depth`, 0 for a part not written).
///
/// Which rules have a share and which checks judge the parts depend only on the rule set: they are
/// picked out once (`RuleSet.substanceShare`), not from every rule of every project, where copying
/// each rule was a retain and release of each of its strings.
struct SubstanceShare: Sendable {
    /// The rules with a share, by position among the project rules.
    let shares: [(position: Int, share: Double)]
    /// Every section check among the project rules, in rule order.
    let sections: [SectionCheck]

    init(rules: [CompiledRule]) {
        shares = rules.indices.filter { rules[$0].definition.substanceShare > 0 }
            .map { ($0, rules[$0].definition.substanceShare) }
        sections = rules.compactMap { $0.check as? SectionCheck }
    }

    /// What the parts written earn, the mean over the section checks; nil when no rule has a share.
    private func written(_ context: LintContext) -> Double? {
        guard !shares.isEmpty, !sections.isEmpty else { return nil }
        return sections.reduce(0.0) { sum, check in
            guard let entry = context.outline?.parts[check.part], entry.status == .written else { return sum }
            return sum + check.depth(entry)
        } / Double(sections.count)
    }

    /// Scales the passing credit of each rule with a share, in the tally the linter keeps.
    func apply(to tally: inout RuleTally, context: LintContext) {
        guard let written = written(context) else { return }
        for (position, share) in shares where tally.outcomes[position] == .passed {
            tally.credits[position] = (tally.credits[position] ?? 1) * ((1 - share) + share * written)
        }
    }
}
