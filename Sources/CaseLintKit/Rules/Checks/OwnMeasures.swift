import Foundation

/// Results reported only in measures of the project's own: under the heading the outline gives the
/// evaluation, lines of prose, lists or tables holding shares or counts out of a total ("Must-capture
/// facts present | 91% (437/480)", "Errors flagged by checks | 10 / 11"), with no standard metric named.
/// Such a README has measured something: `metrics.reported` still asks for the standard names, but as
/// a warning, so that its score is not held at the cap meant for READMEs without a single result.
struct OwnMeasures {
    /// Lines with a percentage or a count out of a total in the evaluation part (its subsections
    /// included), outside code; zero when the outline gives no evaluation, or its heading announces
    /// expectations ("Expected results").
    static func lineCount(in context: LintContext) -> (lines: Int, headingLine: Int?) {
        guard let text = context.text, let entry = context.outline?.parts[CaseStudyPart.evaluation.rawValue] else { return (0, nil) }
        let heading = entry.heading
        let expectation = context.vocabulary.metricCues.expectation
        let headingTokens = text.tokenRange(line: heading.line)
        if headingTokens.contains(where: { expectation.contains(text.tokens[$0].hash) }) { return (0, heading.line) }
        let document = text.document
        // A section's body runs to the next heading at its level or above (`MarkdownDocument.sections`).
        guard let body = text.sections.first(where: { $0.heading.line == heading.line })?.bodyLines else { return (0, heading.line) }
        var count = 0
        for line in body where document.kinds[line - 1] == .prose || document.kinds[line - 1] == .table {
            let range = text.tokenRange(line: line)
            if range.contains(where: { text.isPercent(text.tokens[$0]) }) || hasCountOutOfTotal(range, in: text) { count += 1 }
        }
        return (count, heading.line)
    }

    /// "437/480", "10 / 11": two whole numbers joined by a slash, the first no larger than the second
    /// and the second no year (2023/11 and 11/2023 are dates).
    private static func hasCountOutOfTotal(_ range: Range<Int>, in text: TextIndex) -> Bool {
        for position in range.dropLast() {
            let first = text.tokens[position], second = text.tokens[position + 1]
            guard first.isNumber, second.isNumber,
                  text.lower[Int(first.end)..<Int(second.start)].filter({ $0 != 0x20 }) == [UInt8(ascii: "/")],
                  let part = text.numberValue(first), let whole = text.numberValue(second),
                  part == part.rounded(), whole == whole.rounded(), whole >= 1, part <= whole, !(1900...2100).contains(whole) else { continue }
            return true
        }
        return false
    }
}
