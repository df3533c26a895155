import Foundation

/// `kind: metrics` — evaluation metrics reported with numbers. A metric counts only with a value
/// next to it (see `MetricScanner`); names are normalised through the pack vocabulary's
/// `metric_aliases`, shared with every rule that asks about metrics. Metrics whose values are still
/// `[[TODO]]` markers make a warning (a placeholder), not an error.
///
///     match:
///       min: 1              # distinct metrics with values needed to pass
///       not_alone: [accuracy]
///                           # or: fail when every metric reported is one of these (accuracy as
///                           # the only number on imbalanced data); pass when none is reported
public struct MetricsCheck: Check {
    let rule: RuleDefinition
    let minimum: Int
    let notAlone: Set<String>

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        notAlone = Set(try match.strings("not_alone") ?? [])
        minimum = try match.int("min") ?? (notAlone.isEmpty ? 1 : 0)
        guard minimum >= 1 || !notAlone.isEmpty else { throw match.error("min", nil, "must be 1 or more") }
    }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard context.text != nil else { return [] }
        let names = Set(context.metrics.map(\.name))
        if !notAlone.isEmpty, !names.isEmpty, names.isSubset(of: notAlone) {
            let first = context.metrics.first { notAlone.contains($0.name) }
            return [Finding(message: rule.message, file: context.readmeFile, line: first?.line ?? 1, wholeFile: first == nil)]
        }
        guard names.count < minimum else { return [] }
        // A scaffold's results table holds [[TODO]] where the numbers go: a placeholder to fill (a
        // warning, and still a failed rule in the score), not a missing evaluation.
        if notAlone.isEmpty, !context.metricSlots.isEmpty {
            let slots = context.metricSlots.sorted().joined(separator: ", ")
            return [Finding(message: "The metrics (\(slots)) are still placeholders: replace each [[TODO]] with the value measured on the test set. \(rule.message)",
                            file: context.readmeFile, wholeFile: true, severity: .warning)]
        }
        // Shares and counts of the project's own under its evaluation heading: something was measured.
        if notAlone.isEmpty {
            let own = OwnMeasures.lineCount(in: context)
            if own.lines >= Self.ownMeasureLines, let line = own.headingLine {
                return [Finding(message: "Results are given only in measures of the project's own (\(own.lines) lines of shares or counts under its evaluation heading): name the standard metric each one is, such as sensitivity for a share of the positives found, so that a reviewer can compare. \(rule.message)",
                                file: context.readmeFile, line: line, severity: .warning)]
            }
        }
        return [Finding(message: rule.message, file: context.readmeFile, wholeFile: true)]
    }

    /// Two lines at least: one percentage under a results heading is as often a split or a prevalence.
    static let ownMeasureLines = 2
}
