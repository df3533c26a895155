import Foundation

/// HTML results tables read on their grid (`HTMLTableGrid`): a column whose header cell names a
/// metric, in any header row ("AUC" spanning "Macro" and "Micro" names both), or a row whose first
/// cell names one. Tables with every row on one line are read as pipe tables too; a value both
/// readings find is recorded once.
extension MetricScanner {
    func htmlTableValues(_ cells: [HTMLTableCell]) -> [(String, Int)] {
        guard !cells.isEmpty else { return [] }
        let tokens = index.tokens
        var labels: [Int: String] = [:]  // a name's first token -> its metric
        for match in names where labels[match.firstToken] == nil { labels[match.firstToken] = match.label }
        var result: [(String, Int)] = []
        var start = 0
        while start < cells.count {
            var end = start
            while end < cells.count, cells[end].table == cells[start].table { end += 1 }
            result += values(in: cells[start..<end], labels: labels, tokens)
            start = end
        }
        return result
    }

    private func values(in table: ArraySlice<HTMLTableCell>, labels: [Int: String], _ tokens: [Token]) -> [(String, Int)] {
        guard let first = table.first else { return [] }
        var rows: [Int: [HTMLTableCell]] = [:]
        for cell in table { rows[cell.row, default: []].append(cell) }
        // Header rows: those of `<th>` cells only; a table without any is headed by its first row.
        var heads = Set(rows.filter { $0.value.allSatisfy(\.isHeader) }.keys)
        if heads.isEmpty { heads = [first.row] }
        var columns: [Int: String] = [:]
        var shareColumns: Set<Int> = []
        for row in heads.sorted() {
            for cell in rows[row] ?? [] {
                guard let (label, shares) = name(in: cell, labels: labels, tokens) else { continue }
                for column in cell.column..<(cell.column + cell.span) {
                    columns[column] = label
                    if shares { shareColumns.insert(column) } else { shareColumns.remove(column) }
                }
            }
        }
        // "Mean absolute error in patients (occupancy), forecasts made at 14:00:" over a table whose
        // header names no metric: the caption names its scores, as over a pipe table.
        let last = table.map(\.line).max() ?? first.line
        let caption = columns.isEmpty ? captionName(above: tableLine(of: first)) ?? captionName(below: closingLine(after: last)) : nil
        var result: [(String, Int)] = []
        for row in rows.keys.sorted() where !heads.contains(row) {
            let cells = (rows[row] ?? []).sorted(by: { $0.column < $1.column })
            // A row for a reference or for other work ("Chance level", "Rajpurkar et al."), as in a pipe table.
            if let first = cells.first, first.column == 0, isReferenceRow(first, tokens) { continue }
            // A row named by a cell of its own: its first cell, or a later one without a value of its own
            // ("| hERG | AUROC ↑ | 0.82 | 0.88 |"); the cells after it hold its values.
            var rowName: (label: String, shares: Bool, column: Int)?
            for cell in cells {
                if columns[cell.column] == nil, rowName == nil, cell.column == 0 || value(in: cell, tokens) == nil,
                   let (label, shares) = name(in: cell, labels: labels, tokens) {
                    rowName = (label, shares, cell.column)
                    continue
                }
                guard cell.column > 0 else { continue }
                let byRow = rowName.flatMap { $0.column < cell.column ? $0 : nil }
                let captioned = rowName == nil ? caption : nil
                guard let label = columns[cell.column] ?? byRow?.label ?? captioned, let position = value(in: cell, tokens) else { continue }
                // A caption names scores, not counts (a caption exists only when no header cell names a metric).
                if label == captioned, !index.isScoreShaped(tokens[position]) { continue }
                // A column or row named by "Correct" holds shares of answers, not counts: percentages only.
                let shares = columns[cell.column] != nil ? shareColumns.contains(cell.column) : byRow?.shares ?? false
                if shares && !index.isPercent(tokens[position]) { continue }
                result.append((label, position))
            }
        }
        return result
    }

    /// The first line of the cell's table: the cell's own, or up to two lines above it that hold only
    /// tags (`<table>`, which the reading view blanks).
    /// The last line of a table whose last cell is on `line`: past up to two lines the index left blank
    /// (its closing tags, as `tableLine` passes its opening ones).
    private func closingLine(after line: Int) -> Int {
        let document = index.document
        var current = line
        while current < document.lineCount, current - line < 2, document.kinds[current] != .blank,
              index.lower[document.lineRanges[current]].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            current += 1
        }
        return current
    }

    private func tableLine(of cell: HTMLTableCell) -> Int {
        var line = cell.line
        let ranges = index.document.lineRanges
        while line > 1, cell.line - line < 2, index.document.kinds[line - 2] != .blank,
              index.lower[ranges[line - 2]].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            line -= 1
        }
        return line
    }

    private func isReferenceRow(_ cell: HTMLTableCell, _ tokens: [Token]) -> Bool {
        let inside = positions(in: cell, tokens)
        guard let low = inside.first, let high = inside.last else { return false }
        return !cues.reference.matches(in: tokens, range: low..<(high + 1)).isEmpty
            || !cues.literature.matches(in: tokens, range: low..<(high + 1)).isEmpty
    }

    /// The token positions inside a cell's text.
    private func positions(in cell: HTMLTableCell, _ tokens: [Token]) -> [Int] {
        // The text is on the tag's line, or on the next when the tag ends its own line.
        let ranges = index.document.lineRanges
        let line = cell.line < ranges.count && ranges[cell.line].lowerBound <= cell.content.lowerBound ? cell.line + 1 : cell.line
        return index.tokenRange(line: line).filter { cell.content.contains(Int(tokens[$0].start)) }
    }

    /// The metric the cell's first name names, or an accuracy told as the share of answers graded
    /// right when the cell opens with an accuracy adjective ("Correct and complete"); `shares` is true
    /// for the latter.
    private func name(in cell: HTMLTableCell, labels: [Int: String], _ tokens: [Token]) -> (String, shares: Bool)? {
        let inside = positions(in: cell, tokens)
        for position in inside { if let label = labels[position] { return (label, false) } }
        if let first = inside.first, cues.accuracyAdjectives.contains(tokens[first].hash) { return ("accuracy", true) }
        // "Share of all readmissions captured": a share of the positives found (`MetricScanner+HeaderNames`).
        if let first = inside.first, let last = inside.last, cell.isHeader, let label = shareHeaderName(first..<(last + 1)) {
            return (label, false)
        }
        return nil
    }

    /// The cell's value: its first number that can be a result.
    private func value(in cell: HTMLTableCell, _ tokens: [Token]) -> Int? {
        positions(in: cell, tokens).first { tokens[$0].isNumber && isPlausible(tokens[$0], at: $0, tokens, distance: 1) }
    }
}
