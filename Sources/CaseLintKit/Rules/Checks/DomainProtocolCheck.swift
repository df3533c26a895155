import Foundation

/// `kind: domain-protocol` — the evaluation design the project's domain depends on is stated in
/// words (its profile's `protocol:` groups): a forecast horizon and rolling origins, false alarms
/// per patient-day, a scaffold split and an applicability domain. A phrase in a negated or
/// hypothetical clause ("we did not use a rolling origin", "future work: a scaffold split") does
/// not count. Runs only when the README reports metrics: without results there is no evaluation
/// to describe, and `metrics.reported` says so once.
///
/// The message may use `{domain}`, `{group}` and `{example}`, as in `domain-metrics`.
///
///     match: {}
public struct DomainProtocolCheck: Check {
    let rule: RuleDefinition

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
    }

    public func applies(to context: LintContext) -> Bool { !context.metrics.isEmpty }

    public var judgesResults: Bool { true }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard applies(to: context), let profile = context.domainExpectations, !profile.protocolGroups.isEmpty,
              let index = context.text else { return [] }
        var stated: Set<String> = []
        for match in profile.protocolMatcher.matches(in: index, range: 0..<index.tokens.count)
        where !stated.contains(match.label) && !Self.isExcused(match, index) {
            stated.insert(match.label)
        }
        let line = context.outline?.parts["evaluation"]?.heading.line
        return profile.protocolGroups.filter { !stated.contains($0.name) }.map { group in
            Finding(message: DomainMetricsCheck.fill(rule.message, domain: profile.title, group: group.name, example: group.example),
                    file: context.readmeFile, line: line ?? 1, wholeFile: line == nil)
        }
    }

    /// The words before the phrase on its line take it back ("not", "would", "future"). Only the last
    /// 160 bytes are read: a negation reaches a few words back, and long lines would cost the most.
    static func isExcused(_ match: PhraseMatcher.Match, _ index: TextIndex) -> Bool {
        let token = index.tokens[match.firstToken]
        let bytes = index.document.bytes
        var start = max(index.document.lineRanges[Int(token.line) - 1].lowerBound, Int(token.start) - 160)
        while start < Int(token.start), bytes[start] & 0xC0 == 0x80 { start += 1 }   // not inside a character
        return Negation.excuses(before: String(decoding: bytes[start..<Int(token.start)], as: UTF8.self))
    }
}
