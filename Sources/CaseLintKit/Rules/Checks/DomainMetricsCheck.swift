import Foundation

/// `kind: domain-metrics` — the metric groups the project's domain requires (its profile's
/// `required:`) are reported with values. Reads the metrics the shared `MetricScanner` found, so
/// aliases ("ROC-AUC", "c-statistic") count as their metric. One finding per missing group, at
/// the evaluation heading, naming the group and an example of how to report it. A metric whose
/// value is still a `[[TODO]]` marker counts: the placeholder rule reports the marker.
///
/// With `groups: recommended`, it lists in one finding the profile's `recommended:` metrics that
/// are not reported (an info-level nudge; `{group}` is then the list of their names).
///
/// The message may use `{domain}` (the profile's title), `{group}` and `{example}`.
///
///     match:
///       groups: required     # required (default) | recommended
public struct DomainMetricsCheck: Check {
    let rule: RuleDefinition
    let recommended: Bool

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        let groups = try match.string("groups") ?? "required"
        guard ["required", "recommended"].contains(groups) else { throw match.error("groups", nil, "expected required or recommended") }
        recommended = groups == "recommended"
    }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let profile = context.domainProfile, let expected = context.domainExpectations, context.text != nil else { return [] }
        let reported = Set(context.metrics.map(\.name))
        if recommended { return missingRecommended(profile, reported, context) }
        func satisfied(_ group: DomainProfile.MetricGroup, _ known: Set<String>) -> Bool {
            group.alternatives.contains { $0.allSatisfy(known.contains) }
        }
        var missing = expected.required.filter { !satisfied($0, reported) }
        if !missing.isEmpty {
            let known = reported.union(context.metricSlots)
            missing = missing.filter { !satisfied($0, known) }
        }
        let line = context.outline?.parts["evaluation"]?.heading.line
        return missing.map { group in
            Finding(message: Self.fill(rule.message, domain: expected.title, group: group.name, example: group.example),
                    file: context.readmeFile, line: line ?? 1, wholeFile: line == nil)
        }
    }

    /// One finding naming every recommended metric not reported, by its first alias ("auprc").
    func missingRecommended(_ profile: DomainProfile, _ reported: Set<String>, _ context: LintContext) -> [Finding] {
        var missing = profile.recommended.filter { !reported.contains($0) }
        guard !missing.isEmpty, !context.metrics.isEmpty else { return [] }
        missing.removeAll(where: context.metricSlots.contains)
        guard !missing.isEmpty else { return [] }
        let names = missing.map { id in context.vocabulary.metricAliases.first { $0.label == id }?.phrases.first ?? id }
        let line = context.outline?.parts["evaluation"]?.heading.line
        return [Finding(message: Self.fill(rule.message, domain: profile.title, group: names.joined(separator: ", "), example: ""),
                        file: context.readmeFile, line: line ?? 1, wholeFile: line == nil)]
    }

    /// Replaces `{domain}`, `{group}` and `{example}`; other braces stay as written. (Foundation's
    /// replacingOccurrences costs tens of thousands of instructions a call: too much per finding.)
    static func fill(_ template: String, domain: String, group: String, example: String) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            out += rest[..<open]
            let after = rest[rest.utf8.index(after: open)...]
            guard let close = after.utf8.firstIndex(of: UInt8(ascii: "}")) else { return out + rest[open...] }
            let name = after[..<close].utf8
            if name.elementsEqual("domain".utf8) {
                out += domain
            } else if name.elementsEqual("group".utf8) {
                out += group
            } else if name.elementsEqual("example".utf8) {
                out += example
            } else {
                out += rest[open...close]
            }
            rest = after[after.utf8.index(after: close)...]
        }
        return out + rest
    }
}
