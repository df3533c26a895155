import Foundation

/// `kind: metrics` — evaluation metrics reported with numbers. A metric counts only with a value
/// next to it (see `MetricScanner`); names are normalised through the pack vocabulary's
/// `metric_aliases`, shared with every rule that asks about metrics.
///
///     match:
///       min: 1          # distinct metrics with values needed to pass
public struct MetricsCheck: Check {
    let rule: RuleDefinition
    let minimum: Int

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        minimum = try match.int("min") ?? 1
        guard minimum >= 1 else { throw match.error("min", nil, "must be 1 or more") }
    }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard context.text != nil else { return [] }
        let names = Set(context.metrics.map(\.name))
        guard names.count < minimum else { return [] }
        return [Finding(message: rule.message, file: context.readmeFile, wholeFile: true)]
    }
}
