import Foundation

/// A printed table in long form: one column names the metric of each row and the column right after
/// it holds the value, as benchmark runners and data frames print them:
///
///     benchmark        metric     mean     std
///     caco2_wang       MAE       0.289   0.007
///     hia_hou          AUROC     0.981   0.004
///
/// The header's "metric" (or "measure") word fixes the column; a row counts when a metric's name
/// starts at that column and a number follows it. A row whose name stands elsewhere ("auroc_mean"
/// in the first column) is no row of this table, and the block's other lines are read as before.
struct LongReport {
    static let headerWords: Set<UInt64> = Set(["metric", "metrics", "measure"].map { TextIndex.hash($0.utf8) })

    /// The byte column of the header's metric word, while the lines read follow the header.
    private var column: Int?
    private var lastLine = 0

    /// Reads one code line. Returns the value's token position for each row of a long table (empty
    /// for its header), or nil when the line is not part of one.
    mutating func read(line: Int, lineStart: Int, tokens: [Token], matches: [PhraseMatcher.Match],
                       isValue: (Token) -> Bool) -> [(label: String, position: Int)]? {
        if line != lastLine + 1 { column = nil }
        lastLine = line
        if let header = Self.headerColumn(tokens, matches: matches, lineStart: lineStart) {
            column = header
            return []
        }
        guard let column else { return nil }
        // A blank line inside the block keeps the header for the rows after it.
        if tokens.isEmpty { return [] }
        for match in matches where abs(Int(tokens[match.firstToken].start) - lineStart - column) <= 1 {
            let value = match.lastToken + 1
            guard value < tokens.count, tokens[value].isNumber, isValue(tokens[value]) else { return nil }
            return [(match.label, value)]
        }
        self.column = nil
        return nil
    }

    /// The header: a metric word among at least three words, no metric name and no number.
    private static func headerColumn(_ tokens: [Token], matches: [PhraseMatcher.Match], lineStart: Int) -> Int? {
        guard tokens.count >= 3, matches.isEmpty, !tokens.contains(where: \.isNumber),
              let word = tokens.first(where: { headerWords.contains($0.hash) }), word.hash != tokens[0].hash else { return nil }
        return Int(word.start) - lineStart
    }
}
