import Foundation

/// Results tables, read both ways: a column whose header cell names one metric ("| Model | AUROC |"),
/// and a row whose first cell names one ("| Final test accuracy | 0.965 |" under "| Metric | Value |").
extension MetricScanner {
    /// (metric id, token position) of every value found in a table.
    func tableValues() -> [(String, Int)] {
        let document = index.document
        let tokens = index.tokens
        // Keyed by Int, not the tokens' Int32 lines and Int16 cells: the first set or dictionary of a
        // key type has the runtime search every conformance record for its Hashable (a third of a
        // million instructions in each one-project run); Int's is found long before.
        var byLine: [Int: [PhraseMatcher.Match]] = [:]
        for match in names where document.kinds[Int(tokens[match.firstToken].line) - 1] == .table {
            byLine[Int(tokens[match.firstToken].line), default: []].append(match)
        }
        var result: [(String, Int)] = []
        var line = 1
        while line <= document.lineCount {
            guard document.kinds[line - 1] == .table else { line += 1; continue }
            // In a header cell only the first name counts: "Specificity (low-risk recall)" is specificity.
            var columns: [Int: String] = [:]
            var firstInCell: Set<Int> = []
            for match in byLine[line] ?? [] {
                let cell = Int(tokens[match.firstToken].cell)
                guard firstInCell.insert(cell).inserted else { continue }
                columns[cell] = match.label
            }
            let adjectiveCells = accuracyAdjectiveCells(line).subtracting(columns.keys)
            for cell in adjectiveCells { columns[cell] = "accuracy" }
            var row = line + 1
            while row <= document.lineCount, document.kinds[row - 1] == .table {
                result += rowValues(row, columns: columns, names: byLine[row] ?? [], percentOnly: adjectiveCells)
                row += 1
            }
            line = row
        }
        return result
    }

    /// Cells of a table line that open with an accuracy adjective ("| Correct |", "| Correct and
    /// complete (clinician-judged) |"): the share of answers graded right is an accuracy.
    func accuracyAdjectiveCells(_ line: Int) -> Set<Int> {
        guard !cues.accuracyAdjectives.isEmpty else { return [] }
        let tokens = index.tokens
        var cells: Set<Int> = []
        var previousCell = -1
        for position in index.tokenRange(line: line) {
            let cell = Int(tokens[position].cell)
            defer { previousCell = cell }
            if cell != previousCell, cues.accuracyAdjectives.contains(tokens[position].hash) { cells.insert(cell) }
        }
        return cells
    }

    /// A body row's values: by its column's header, or else by the metric its first cell names.
    private func rowValues(_ row: Int, columns: [Int: String], names: [PhraseMatcher.Match], percentOnly: Set<Int>) -> [(String, Int)] {
        let tokens = index.tokens
        let range = index.tokenRange(line: row)
        guard let first = range.first else { return [] }
        let firstCell = Int(tokens[first].cell)
        var rowName = names.first { Int(tokens[$0.firstToken].cell) == firstCell }?.label
        let adjectiveRow = rowName == nil && accuracyAdjectiveCells(row).contains(firstCell)
        if adjectiveRow { rowName = "accuracy" }
        var taken: Set<Int> = []
        var result: [(String, Int)] = []
        for position in range {
            let token = tokens[position]
            let cell = Int(token.cell)
            guard cell != firstCell || columns[cell] != nil, !taken.contains(cell),
                  isPlausible(token, at: position, tokens, distance: 1) else { continue }
            // A column or row named by "Correct" holds shares of answers, not counts: percentages only.
            if (percentOnly.contains(cell) || adjectiveRow && columns[cell] == nil) && !index.isPercent(token) { continue }
            guard let name = columns[cell] ?? (cell != firstCell ? rowName : nil) else { continue }
            taken.insert(cell)
            result.append((name, position))
        }
        return result
    }
}
