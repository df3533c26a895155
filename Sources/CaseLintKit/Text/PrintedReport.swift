import Foundation

/// A report printed as columns in a code block, the way scikit-learn's classification report looks:
/// a header line of metric names only ("precision  recall  f1-score  support"), then rows that end
/// in one number per column ("AF  0.91  0.88  0.89  120"). Each row's numbers belong to the header's
/// metrics, read from the right, since a row's label may be several words ("macro avg").
struct PrintedReport {
    /// Words a header may hold besides metric names: counts, not metrics.
    static let countColumns: Set<UInt64> = Set(["support", "n", "count"].map { TextIndex.hash($0.utf8) })
    /// Words that may head the rows' label column before the metric names ("model  AUROC  AUPRC").
    static let labelColumns: Set<UInt64> = Set(["model", "models", "method", "methods", "name", "split", "dataset", "fold",
                                                "site", "class", "label", "outcome", "task", "cohort", "setting", "experiment",
                                                "run", "config", "approach", "classifier", "algorithm", "hospital", "horizon",
                                                "subset", "baseline", "variant"].map { TextIndex.hash($0.utf8) })

    /// The header's columns, left to right (nil: a count column), and the last code line read.
    private var columns: [String?] = []
    private var lastLine = 0

    /// Reads one code line: a header (remembered), or a row under the header of the lines just above.
    /// Returns true when the line is part of a printed report.
    mutating func read(line: Int, tokens: [Token], matches: [PhraseMatcher.Match]) -> Bool {
        // A report lasts as long as its code block: the lines this scanner sees are code lines only.
        if line != lastLine + 1 { columns = [] }
        lastLine = line
        if let header = Self.header(tokens, matches) {
            columns = header
            return true
        }
        guard !columns.isEmpty, tokens.count > columns.count else { return false }
        return tokens.suffix(columns.count).allSatisfy { $0.isNumber && !$0.percent }
    }

    /// The row's values under each named column.
    func values(_ tokens: [Token]) -> [(String, Token)] {
        guard tokens.count > columns.count else { return [] }
        return zip(columns, tokens.suffix(columns.count)).compactMap { name, token in name.map { ($0, token) } }
    }

    /// At least two metric names and nothing else but count columns, after a word that may head the
    /// label column.
    private static func header(_ tokens: [Token], _ matches: [PhraseMatcher.Match]) -> [String?]? {
        guard matches.count >= 2 else { return nil }
        var columns: [String?] = []
        var position = tokens.first.map { labelColumns.contains($0.hash) } == true && matches[0].firstToken == 1 ? 1 : 0
        var matchIndex = 0
        while position < tokens.count {
            if matchIndex < matches.count, matches[matchIndex].firstToken == position {
                columns.append(matches[matchIndex].label)
                position = matches[matchIndex].lastToken + 1
                matchIndex += 1
            } else if countColumns.contains(tokens[position].hash) {
                columns.append(nil)
                position += 1
            } else {
                return nil
            }
        }
        return columns
    }
}
