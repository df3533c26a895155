import Foundation

/// A table printed in a code block whose header mixes metric names with other columns and units
/// ("horizon   RMSE(mg/dL)   MAE(mg/dL)   Clarke A+B(%)"): words cannot be counted into columns, so
/// each row's number is given to the metric whose header cell stands above it, by position on the
/// line. Read only where the strict reading of `PrintedReport` found no header.
struct AlignedReport {
    /// Each named column's metric and its span of bytes from the start of the line.
    private var columns: [(name: String, span: Range<Int>)] = []
    private var lastLine = 0
    /// Whether the line read last is a row (its numbers are values), not the header.
    private(set) var isRow = false

    /// Reads one code line: a header (remembered), or a row under the header of the lines just above.
    /// Returns true when the line is a header or a row of one.
    mutating func read(line: Int, lineStart: Int, bytes: [UInt8], tokens: [Token], matches: [PhraseMatcher.Match]) -> Bool {
        if line != lastLine + 1 { columns = [] }
        lastLine = line
        isRow = false
        // One named column is enough under a label column's word ("model  retrieval  acc  faithful").
        let opensWithLabel = tokens.first.map { PrintedReport.labelColumns.contains($0.hash) } == true
            && matches.first.map { $0.firstToken > 0 } == true
            // "                    MAE (min)   % within 15 min": a header over a blank label column.
            || tokens.first.map { Int($0.start) - lineStart >= 8 } == true && matches.first.map { $0.firstToken == 0 } == true
        if matches.count >= 2 || matches.count == 1 && opensWithLabel,
           Self.numbersOnlyInsideNamesOrBrackets(tokens, matches, lineStart: lineStart, bytes: bytes) {
            columns = matches.map { match in
                var end = Int(tokens[match.lastToken].end)
                // The cell runs on to the next gap of two spaces: "RMSE(mg/dL)", "F1 (macro)".
                while end < bytes.count, bytes[end] != 0x0A, !(bytes[end] == 0x20 && end + 1 < bytes.count && bytes[end + 1] == 0x20) { end += 1 }
                // ... and back to the gap before it: "integrated Brier" heads one cell.
                var start = Int(tokens[match.firstToken].start)
                while start > lineStart, !(bytes[start - 1] == 0x20 && start - 2 >= lineStart && bytes[start - 2] == 0x20) { start -= 1 }
                return (match.label, (start - lineStart)..<(end - lineStart))
            }
            return true
        }
        // A rule under the header ("-----", "=====") keeps it for the rows below.
        if !columns.isEmpty, tokens.isEmpty, Self.isRule(bytes, from: lineStart) { return true }
        // A row holds two numbers at least, or one under a header of one named column ("model  acc").
        guard !columns.isEmpty, matches.isEmpty, tokens.filter(\.isNumber).count >= min(2, columns.count) else {
            columns = []
            return false
        }
        isRow = true
        return true
    }

    /// The row's values: for each named column, the one value (`isValue`: not a spread after "±") whose
    /// span meets the column's ("0.731 ± 0.041" under "c-index (mean ± sd)" is 0.731), or the one
    /// outside brackets.
    func values(_ tokens: [Token], lineStart: Int, bytes: [UInt8], isValue: (Token) -> Bool) -> [(String, Token)] {
        columns.compactMap { column in
            let under = tokens.filter { token in
                token.isNumber && (Int(token.start) - lineStart) < column.span.upperBound && (Int(token.end) - lineStart) > column.span.lowerBound
                    && isValue(token)
            }
            if under.count == 1 { return (column.name, under[0]) }
            // "0.652 (0.641-0.664)": the interval in brackets after the value is not another value.
            let outside = under.filter { !Self.isInsideBrackets($0, bytes: bytes, lineStart: lineStart) }
            return outside.count == 1 ? (column.name, outside[0]) : nil
        }
    }

    /// Whether an opening bracket, round or square ("[2.5%, 97.5%]"), before the token on its line is
    /// still open at the token.
    private static func isInsideBrackets(_ token: Token, bytes: [UInt8], lineStart: Int) -> Bool {
        var open = false
        for offset in lineStart..<Int(token.start) {
            switch bytes[offset] {
            case UInt8(ascii: "("), UInt8(ascii: "["): open = true
            case UInt8(ascii: ")"), UInt8(ascii: "]"): open = false
            default: break
            }
        }
        return open
    }

    static let headerUnits: Set<UInt64> = MetricScanner.horizonUnits.union(["min", "mins", "minute", "minutes", "mm", "cm", "kg"]
        .map { TextIndex.hash($0.utf8) })

    /// A line of dashes, equals signs, pluses and bars only (spaces allowed), at least three of them.
    private static func isRule(_ bytes: [UInt8], from lineStart: Int) -> Bool {
        var count = 0
        var offset = lineStart
        while offset < bytes.count, bytes[offset] != 0x0A {
            switch bytes[offset] {
            case UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "|"): count += 1
            case 0x20, 0x0D: break
            default: return false
            }
            offset += 1
        }
        return count >= 3
    }

    /// "R2  F1  RMSE@30", "integrated Brier (0-250d)": the header's numbers are glued to a name or sit in
    /// brackets (a unit, a range, a horizon), never a value of their own. So are a cut-off after "@"
    /// ("recall@0.5"), a horizon hyphenated to its unit ("10-y AUC") and an interval's level ("95% CI",
    /// "80% PI cover").
    private static func numbersOnlyInsideNamesOrBrackets(_ tokens: [Token], _ matches: [PhraseMatcher.Match], lineStart: Int,
                                                        bytes: [UInt8]) -> Bool {
        func isLetter(_ offset: Int) -> Bool {
            offset < bytes.count && (bytes[offset] | 0x20) >= UInt8(ascii: "a") && (bytes[offset] | 0x20) <= UInt8(ascii: "z")
        }
        return tokens.indices.allSatisfy { position in
            guard tokens[position].isNumber, !matches.contains(where: { $0.firstToken <= position && position <= $0.lastToken }) else { return true }
            let start = Int(tokens[position].start), end = Int(tokens[position].end)
            if start > lineStart, bytes[start - 1] == UInt8(ascii: "@") { return true }
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "-"), isLetter(end + 1) { return true }
            if end + 2 < bytes.count, bytes[end] == UInt8(ascii: "%"), bytes[end + 1] == 0x20, isLetter(end + 2) { return true }
            // "% within 15 min": a number with its unit word after it.
            if position + 1 < tokens.count, tokens[position + 1].line == tokens[position].line,
               Self.headerUnits.contains(tokens[position + 1].hash) { return true }
            // "IBS 0-36m": a span of time glued to its unit.
            if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "-") {
                var digit = end + 1
                while digit < bytes.count, bytes[digit] >= 0x30, bytes[digit] <= 0x39 { digit += 1 }
                if digit > end + 1, isLetter(digit) { return true }
            }
            return isInsideBrackets(tokens[position], bytes: bytes, lineStart: lineStart)
        }
    }
}
