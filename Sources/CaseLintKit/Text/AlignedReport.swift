import Foundation

/// A table printed in a code block whose header mixes metric names with other columns and units
/// ("horizon   RMSE(mg/dL)   MAE(mg/dL)   Clarke A+B(%)"): words cannot be counted into columns, so
/// each row's number is given to the metric whose header cell stands above it, by position on the
/// line. Read only where the strict reading of `PrintedReport` found no header.
struct AlignedReport {
    /// Each named column's metric and its span of bytes from the start of the line.
    private var columns: [(name: String, span: Range<Int>)] = []
    private var lastLine = 0

    /// Reads one code line: a header (remembered), or a row under the header of the lines just above.
    /// Returns true when the line is a header or a row of one.
    mutating func read(line: Int, lineStart: Int, bytes: [UInt8], tokens: [Token], matches: [PhraseMatcher.Match]) -> Bool {
        if line != lastLine + 1 { columns = [] }
        lastLine = line
        if matches.count >= 2, !tokens.contains(where: \.isNumber) || Self.numbersOnlyInsideNames(tokens, matches) {
            columns = matches.map { match in
                var end = Int(tokens[match.lastToken].end)
                // The cell runs on to the next gap of two spaces: "RMSE(mg/dL)", "F1 (macro)".
                while end < bytes.count, bytes[end] != 0x0A, !(bytes[end] == 0x20 && end + 1 < bytes.count && bytes[end + 1] == 0x20) { end += 1 }
                return (match.label, (Int(tokens[match.firstToken].start) - lineStart)..<(end - lineStart))
            }
            return true
        }
        guard !columns.isEmpty, matches.isEmpty, tokens.filter(\.isNumber).count >= 2 else {
            columns = []
            return false
        }
        return true
    }

    /// The row's values: for each named column, the one number whose span meets the column's.
    func values(_ tokens: [Token], lineStart: Int) -> [(String, Token)] {
        columns.compactMap { column in
            let under = tokens.filter { token in
                token.isNumber && (Int(token.start) - lineStart) < column.span.upperBound && (Int(token.end) - lineStart) > column.span.lowerBound
            }
            return under.count == 1 ? (column.name, under[0]) : nil
        }
    }

    /// "R2  F1  RMSE@30": the only numbers are glued to a name, not values.
    private static func numbersOnlyInsideNames(_ tokens: [Token], _ matches: [PhraseMatcher.Match]) -> Bool {
        tokens.indices.allSatisfy { position in
            !tokens[position].isNumber || matches.contains { $0.firstToken <= position && position <= $0.lastToken }
        }
    }
}
