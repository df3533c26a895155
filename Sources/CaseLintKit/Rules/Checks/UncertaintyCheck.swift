import Foundation

/// `kind: uncertainty` — reported metrics come with their uncertainty: a confidence interval, a
/// bootstrap, a standard deviation, a `±`, or a range right after a value ("0.83 (0.80–0.86)",
/// "0.83 [0.80, 0.86]"). Words in a negated clause ("no confidence intervals were computed") do
/// not count. Runs only when the README reports metrics.
///
/// Short forms that mean other things too ("CI" is also continuous integration) count only with a
/// number on their line within a few words ("95% CI 0.80-0.86", "SD 0.02") or as a table header,
/// and not when the README defines them as a metric's name ("Concordance Index (CI)").
///
///     match:
///       terms: [confidence interval, bootstrap, standard deviation, ...]
///       near_numbers: [ci, cis, sd, std]
public struct UncertaintyCheck: Check {
    let rule: RuleDefinition
    let matcher: PhraseMatcher
    let shortFormMatcher: PhraseMatcher
    /// How many words from a short form its number may be.
    static let shortFormReach = 4

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        matcher = PhraseMatcher([("uncertainty", try match.requiredStrings("terms"))])
        shortFormMatcher = PhraseMatcher([("short", try match.strings("near_numbers") ?? [])])
    }

    public func applies(to context: LintContext) -> Bool { !context.metrics.isEmpty }

    public var judgesResults: Bool { true }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let index = context.text, !context.metrics.isEmpty else { return [] }
        let range = 0..<index.tokens.count
        let named = matcher.matches(in: index, range: range).contains { !DomainProtocolCheck.isExcused($0, index) }
            || shortFormMatcher.matches(in: index, range: range).contains { match in
                hasNumber(near: match, index) && !DomainProtocolCheck.isExcused(match, index)
                    && context.abbreviations?.meanings[index.tokens[match.firstToken].hash] == nil   // "Concordance Index (CI)"
            }
        if named || hasSpreadSymbol(index) || hasValueRange(index) { return [] }
        let line = context.outline?.parts["evaluation"]?.heading.line
        return [Finding(message: rule.message, file: context.readmeFile, line: line ?? 1, wholeFile: line == nil)]
    }

    /// `±` (C2 B1) or `+/-` between two tokens of readable text (never in code).
    func hasSpreadSymbol(_ index: TextIndex) -> Bool {
        let bytes = index.lower
        let tokens = index.tokens
        guard tokens.count > 1 else { return false }
        for position in 1..<tokens.count where tokens[position].line == tokens[position - 1].line {
            let start = Int(tokens[position - 1].end), end = Int(tokens[position].start)
            guard end - start >= 2 else { continue }
            for offset in start..<(end - 1) {
                let plusMinus = bytes[offset] == 0xC2 && bytes[offset + 1] == 0xB1
                    || bytes[offset] == UInt8(ascii: "+") && bytes[offset + 1] == UInt8(ascii: "/") && offset + 2 < end
                        && bytes[offset + 2] == UInt8(ascii: "-")
                if plusMinus, !isInCodeSpan(offset, line: Int(tokens[position].line), index) { return true }
            }
        }
        return false
    }

    /// A number within reach on the line, or a table header cell ("| AUROC | 95% CI |", "| SD |"),
    /// whose numbers are in the rows below.
    func hasNumber(near match: PhraseMatcher.Match, _ index: TextIndex) -> Bool {
        let tokens = index.tokens
        let line = tokens[match.firstToken].line
        if tokens[match.firstToken].cell > 0, isTableHeader(Int(line), index.document) { return true }
        let low = max(0, match.firstToken - Self.shortFormReach), high = min(tokens.count, match.lastToken + Self.shortFormReach + 1)
        return (low..<high).contains { tokens[$0].isNumber && tokens[$0].line == line }
    }

    /// The first line of a table the scanner recognised (header row, then its delimiter row).
    func isTableHeader(_ line: Int, _ document: MarkdownDocument) -> Bool {
        document.kinds[line - 1] == .table && (line == 1 || document.kinds[line - 2] != .table)
    }

    /// An odd number of backticks before the offset on its line: the symbol is inside `code`.
    func isInCodeSpan(_ offset: Int, line: Int, _ index: TextIndex) -> Bool {
        let start = index.document.lineRanges[line - 1].lowerBound
        return index.lower[start..<offset].reduce(0) { $0 + ($1 == UInt8(ascii: "`") ? 1 : 0) } % 2 == 1
    }

    /// A value followed by a bracketed range of two numbers: "0.83 (0.80–0.86)", "91% [88, 94]".
    func hasValueRange(_ index: TextIndex) -> Bool {
        let tokens = index.tokens
        guard tokens.count >= 3 else { return false }
        for position in 0..<(tokens.count - 2) {
            let (value, low, high) = (tokens[position], tokens[position + 1], tokens[position + 2])
            guard value.isNumber, low.isNumber, high.isNumber, value.line == high.line else { continue }
            let opening = gap(index, value, low)
            let separator = gap(index, low, high)
            guard opening.contains("(") || opening.contains("[") else { continue }
            if ["-", "–", "—", ",", "to", "−"].contains(separator.trimmingCharacters(in: CharacterSet(charactersIn: " %"))) { return true }
        }
        return false
    }

    func gap(_ index: TextIndex, _ first: Token, _ second: Token) -> String {
        guard second.start >= first.end, second.start - first.end <= 12 else { return "" }
        return String(decoding: index.lower[Int(first.end)..<Int(second.start)], as: UTF8.self)
    }
}
