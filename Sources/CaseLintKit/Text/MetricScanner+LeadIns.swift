import Foundation

/// "AUROC for each outcome:" over a list ("- in-hospital death: 0.88", "- ICU transfer: 0.79"): a
/// line that names one metric, holds no value and ends in a colon hands its name to the value of
/// each list item right below it. An item that names a metric of its own keeps its own reading.
extension MetricScanner {
    static let leadInItemLimit = 12

    /// Values of list items under a lead-in line; `unresolved` are the names the sentence readers gave no value.
    func leadInListValues(_ unresolved: [PhraseMatcher.Match], _ tokens: [Token], context: MetricContext) -> [(String, Int)] {
        let document = index.document
        var result: [(String, Int)] = []
        for match in unresolved {
            let line = Int(tokens[match.firstToken].line)
            guard document.kinds[line - 1] == .prose, endsWithColon(line), !isIdentifierPart(match, tokens) else { continue }
            let lineTokens = index.tokenRange(line: line)
            // One name, no number on the line: "Sensitivity by site:", not "AUROC and AUPRC (n = 412):".
            guard !lineTokens.contains(where: { tokens[$0].isNumber || Self.hedges.contains(tokens[$0].hash) }),
                  !isHedged(match, tokens, context: context),
                  !names.contains(where: { $0.firstToken != match.firstToken && Int(tokens[$0.firstToken].line) == line }) else { continue }
            var next = line + 1
            if next <= document.lineCount, document.kinds[next - 1] == .blank { next += 1 }
            var items = 0
            while next <= document.lineCount, document.kinds[next - 1] == .prose, WrappedLines.opensListItem(document.bytes[document.lineRanges[next - 1]]), items < Self.leadInItemLimit {
                if let value = itemValue(next, tokens) { result.append((match.label, value)) }
                items += 1
                next += 1
            }
        }
        return result
    }

    /// The item's value: the first decimal or percentage after its label's colon, or its only one,
    /// when the item names no metric itself.
    private func itemValue(_ line: Int, _ tokens: [Token]) -> Int? {
        let range = index.tokenRange(line: line)
        guard !names.contains(where: { Int(tokens[$0.firstToken].line) == line }) else { return nil }
        let scores = range.filter { index.isScoreShaped(tokens[$0]) }
        guard let first = scores.first else { return nil }
        let colon = index.lower[index.document.lineRanges[line - 1]].firstIndex(of: UInt8(ascii: ":"))
        let value = colon.flatMap { offset in scores.first { Int(tokens[$0].start) > offset } } ?? (scores.count == 1 ? first : nil)
        // "- REM vs Wake: -1.716" is a coefficient or a difference, not a score.
        guard let value, !isSigned(tokens[value]), isPlausible(tokens[value], at: value, tokens, distance: 1) else { return nil }
        return value
    }

    /// "`ACC_MAG_std`": a name inside an identifier is not the metric.
    private func isIdentifierPart(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Bool {
        let bytes = index.lower
        let start = Int(tokens[match.firstToken].start), end = Int(tokens[match.lastToken].end)
        return start > 0 && bytes[start - 1] == UInt8(ascii: "_") || end < bytes.count && bytes[end] == UInt8(ascii: "_")
    }

    private func endsWithColon(_ line: Int) -> Bool {
        let bytes = index.lower[index.document.lineRanges[line - 1]]
        guard let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }) else { return false }
        return bytes[last] == UInt8(ascii: ":")
    }
}
