import Foundation

/// Tables and cells whose numbers are not the project's results though a metric names them: a model's
/// inputs taken from elsewhere, a scenario row that sets the metric's value, a column of differences.
extension MetricScanner {
    /// The body rows of tables of a model's inputs, taken from elsewhere: not its results, by any reader.
    func inputTableRows() -> Set<Int> {
        let document = index.document
        var rows: Set<Int> = []
        var line = 1
        while line <= document.lineCount {
            guard document.kinds[line - 1] == .table else { line += 1; continue }
            var end = line + 1
            while end <= document.lineCount, document.kinds[end - 1] == .table { end += 1 }
            if namesInputs(line) { rows.formUnion((line + 1)..<end) }
            line = end
        }
        return rows
    }

    /// A header whose first cell is one word naming inputs: "| Parameter | Value | Source |", "| Assumption | ... |".
    func namesInputs(_ header: Int) -> Bool {
        guard let first = index.tokenRange(line: header).first else { return false }
        return countCells(header, headers: Self.inputHeaders).contains(Int(index.tokens[first].cell))
    }

    static let inputHeaders: Set<UInt64> = Set(["parameter", "parameters", "input", "inputs", "assumption", "assumptions"]
        .map { TextIndex.hash($0.utf8) })

    /// The metric's percentage right after its name, closing the cell or before a bracket: "Automated sensitivity
    /// 96%", "sensitivity 89% (lower CI)"; "Sensitivity @ 0.5" and "Precision@5" name an operating point instead.
    func labelHoldsValue(_ name: PhraseMatcher.Match) -> Bool {
        let tokens = index.tokens
        let next = name.lastToken + 1
        guard next < tokens.count, tokens[next].cell == tokens[name.lastToken].cell, tokens[next].line == tokens[name.lastToken].line,
              tokens[next].isNumber, index.isPercent(tokens[next]),
              index.lower[Int(tokens[name.lastToken].end)..<Int(tokens[next].start)].allSatisfy({ $0 == 0x20 }) else { return false }
        let after = next + 1
        if after >= tokens.count || tokens[after].cell != tokens[next].cell || tokens[after].line != tokens[next].line { return true }
        return index.lower[Int(tokens[next].end)..<Int(tokens[after].start)].contains(UInt8(ascii: "("))
    }

    /// "| Change |" beside two captioned columns holds their difference, unsigned where it is nil ("0.00").
    static let differenceHeaders: Set<UInt64> = Set(["change", "difference", "diff", "delta", "gain", "improvement", "uplift"]
        .map { TextIndex.hash($0.utf8) })
}
