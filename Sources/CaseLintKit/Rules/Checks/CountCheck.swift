import Foundation

/// `kind: count` — something is described with its size: a subject phrase ("test set", "held-out")
/// and, in the same paragraph and within a few words, a count of things ("5,829 patients",
/// "n = 1,204", or a `[[TODO]]` marker where the number goes). In a table, a row whose first cell
/// is the subject and that holds a whole number counts too (`| Test | 5,829 | 21,904 |`).
/// Works on the word tokens alone, no regex: it runs on every README of a domain, most of which
/// mention a test set somewhere. A subject in a negated clause ("there is no test set") does not count.
///
///     match:
///       subjects: [test set, held-out, holdout, ...]
///       units: [patients, images, notes, days, ...]   # what a count counts
///       window: 24                                    # words between subject and count, either way
///       requires_metrics: true                        # applies only when metrics are reported
public struct CountCheck: Check {
    let rule: RuleDefinition
    let subjects: PhraseMatcher
    let units: Set<UInt64>
    let window: Int
    let requiresMetrics: Bool
    static let todo = TextIndex.hash("todo".utf8)
    static let n = TextIndex.hash("n".utf8)

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        subjects = PhraseMatcher([("subject", try match.requiredStrings("subjects"))])
        units = Set(try match.requiredStrings("units").map { TextIndex.hash($0.lowercased().utf8) })
        window = try match.int("window") ?? 16
        requiresMetrics = try match.bool("requires_metrics") ?? false
    }

    public func applies(to context: LintContext) -> Bool { !requiresMetrics || !context.metrics.isEmpty }

    public var judgesResults: Bool { requiresMetrics }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard applies(to: context), let index = context.text, let paragraphs = context.paragraphs else { return [] }
        let tokens = index.tokens
        for match in subjects.matches(in: index, range: 0..<tokens.count) where hasCount(near: match, index, paragraphs) {
            // The negation test reads text, so it runs only for a subject that has a count.
            if !DomainProtocolCheck.isExcused(match, index) { return [] }
        }
        let line = context.outline?.parts["evaluation"]?.heading.line
        return [Finding(message: rule.message, file: context.readmeFile, line: line ?? 1, wholeFile: line == nil)]
    }

    func hasCount(near match: PhraseMatcher.Match, _ index: TextIndex, _ paragraphs: ParagraphIndex) -> Bool {
        let tokens = index.tokens
        let first = tokens[match.firstToken]
        if first.cell == 1, tableRowHasWholeNumber(index, after: match.lastToken) { return true }
        let paragraph = paragraphs.paragraph(atLine: Int(first.line))
        let low = max(0, match.firstToken - window), high = min(tokens.count, match.lastToken + window + 1)
        return (low..<high).contains { isCount(index, at: $0) && paragraphs.paragraph(atLine: Int(tokens[$0].line)) == paragraph }
    }

    /// A whole number (or a `[[TODO]]` marker) followed within four words by a unit, or "n = 1,204".
    func isCount(_ index: TextIndex, at position: Int) -> Bool {
        let tokens = index.tokens
        let token = tokens[position]
        if token.isNumber, position > 0, tokens[position - 1].hash == Self.n, tokens[position - 1].line == token.line { return true }
        guard isWholeNumber(index, token) || token.hash == Self.todo && isMarker(index, token) else { return false }
        var next = position + 1
        while next < tokens.count, next <= position + 4, tokens[next].line == token.line {
            if units.contains(tokens[next].hash) { return true }
            next += 1
        }
        return false
    }

    func isWholeNumber(_ index: TextIndex, _ token: Token) -> Bool {
        token.isNumber && !token.percent && !index.lower[Int(token.start)..<Int(token.end)].contains(UInt8(ascii: "."))
    }

    func isMarker(_ index: TextIndex, _ token: Token) -> Bool {
        let start = Int(token.start)
        return start >= 2 && index.lower[start - 1] == UInt8(ascii: "[") && index.lower[start - 2] == UInt8(ascii: "[")
    }

    func tableRowHasWholeNumber(_ index: TextIndex, after position: Int) -> Bool {
        let line = index.tokens[position].line
        var next = position + 1
        while next < index.tokens.count, index.tokens[next].line == line {
            if index.tokens[next].cell > 1, isWholeNumber(index, index.tokens[next]) { return true }
            next += 1
        }
        return false
    }
}
