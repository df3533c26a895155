import Foundation

/// `kind: forbid` — wording that must not appear; every occurrence is a finding at its line.
///
///     match:
///       patterns: [regex, ...]
///       skip_negated: true     # "not FDA approved" is fine: a negation just before the hit excuses it
public struct ForbidCheck: Check {
    let rule: RuleDefinition
    let patterns: [TextPattern]
    let skipNegated: Bool

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        guard let patterns = try match.patterns("patterns"), !patterns.isEmpty else {
            throw match.error("patterns", nil, "missing required key (a non-empty list of regular expressions)")
        }
        self.patterns = patterns
        skipNegated = try match.bool("skip_negated") ?? false
    }

    static let negations: Set<String> = ["not", "no", "never", "nor", "neither", "without", "isn't", "aren't", "wasn't", "hasn't", "haven't", "don't", "doesn't", "cannot"]

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let index = context.text, let paragraphs = context.paragraphs, let words = context.words else { return [] }
        var seen: Set<[Int]> = []
        var findings: [Finding] = []
        for pattern in patterns {
            for hit in pattern.hits(in: index, words: words, paragraphs: paragraphs) {
                guard seen.insert([hit.line, hit.column]).inserted else { continue }
                if skipNegated, isNegated(hit, paragraphs) { continue }
                findings.append(Finding(message: "\(rule.message) Found: \"\(hit.text)\".", file: context.readmeFile,
                                        line: hit.line, column: hit.column))
            }
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// A negation among the four words before the hit, within the same sentence.
    func isNegated(_ hit: TextPattern.Hit, _ paragraphs: ParagraphIndex) -> Bool {
        let text = paragraphs.nsText(hit.paragraph)
        let before = text.substring(to: hit.range.location)
        let sentence = before.split(whereSeparator: { ".!?;".contains($0) }).last.map(String.init) ?? before
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).suffix(4)
        return words.contains { Self.negations.contains(String($0)) || $0.hasSuffix("n't") }
    }
}
