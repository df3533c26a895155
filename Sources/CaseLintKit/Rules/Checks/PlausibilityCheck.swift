import Foundation

/// `kind: plausibility` — near-perfect results come with what makes them credible. When the
/// README's typical result (the median of the listed metrics' values) is `at_least` or above (0.95,
/// or 95%), it must name at least one guard against an optimistic number: a held-out test set, an
/// interval, a leakage check, external validation. Results near-perfect throughout, on a medical
/// task, read as leakage until shown otherwise; one perfect field among modest ones does not.
/// Guards in a negated or hypothetical clause ("no leakage check was done", "would need external
/// validation") or under a plan's heading ("Next steps") do not count: they are not done yet.
/// Passes when no metric is that high, or when nothing is reported at all (`metrics.reported`).
///
///     match:
///       metrics: [accuracy, auroc, f1, sensitivity]   # canonical names from metric_aliases
///       at_least: 0.95                                # a share; percentages are divided by 100
///       guards: {held-out test: [held-out, test set], uncertainty: [confidence interval], ...}
///       skip_sections: [next, future, roadmap]      # not under a heading holding one of these words
public struct PlausibilityCheck: Check {
    let rule: RuleDefinition
    let metrics: Set<String>
    let threshold: Double
    let guards: PhraseMatcher
    let guardNames: [String]
    let skippedSections: [[UInt8]]

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        metrics = Set(try match.requiredStrings("metrics"))
        guard let value = try match.number("at_least") else {
            throw match.error("at_least", nil, "missing required key (a share between 0 and 1)")
        }
        guard value > 0, value <= 1 else { throw match.error("at_least", nil, "must be a share above 0 and at most 1") }
        threshold = value
        guard let table = try match.phraseTable("guards"), !table.isEmpty else {
            throw match.error("guards", nil, "missing required key (a mapping of guard: [phrases])")
        }
        guards = PhraseMatcher(table)
        guardNames = table.map(\.label)
        skippedSections = ByteText.cues((try match.strings("skip_sections") ?? []).map { $0.lowercased() })
    }

    /// The median of the listed metrics' values as shares of 1, and the highest of them, when the
    /// median reaches the threshold.
    func nearPerfect(_ reported: [MetricFact]) -> (median: Double, highest: MetricFact)? {
        let listed = reported.filter { metrics.contains($0.name) && Self.share($0) <= 1 }.sorted { Self.share($0) < Self.share($1) }
        guard let highest = listed.last else { return nil }
        let middle = listed.count / 2
        let median = listed.count % 2 == 1 ? Self.share(listed[middle]) : (Self.share(listed[middle - 1]) + Self.share(listed[middle])) / 2
        return median >= threshold ? (median, highest) : nil
    }

    static func share(_ metric: MetricFact) -> Double {
        metric.percent || metric.value > 1 ? metric.value / 100 : metric.value
    }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let index = context.text, let (median, high) = nearPerfect(context.metrics) else { return [] }
        let skipped = skippedSections.isEmpty ? nil : index.document.lines(underHeadingsWith: skippedSections)
        let guarded = guards.matches(in: index, range: 0..<index.tokens.count).contains { match in
            skipped?[Int(index.tokens[match.firstToken].line) - 1] != true && !DomainProtocolCheck.isExcused(match, index)
        }
        guard !guarded else { return [] }
        let shown = high.percent || high.value > 1 ? "\(Self.format(high.value))%" : Self.format(high.value)
        let typical = Self.format((median * 1000).rounded() / 1000)
        return [Finding(message: "\(rule.message) (median \(typical), up to \(high.name) \(shown); name one of: \(guardNames.joined(separator: ", ")))",
                        file: high.file, line: high.line)]
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
