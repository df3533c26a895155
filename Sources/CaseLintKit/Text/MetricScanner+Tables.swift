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
            if let cell = concordanceCell(line, columns: columns) { columns[cell] = "c_index" }
            let shares = shareHeaderCells(line, named: columns)
            columns.merge(shares.names) { named, _ in named }
            var end = line + 1
            while end <= document.lineCount, document.kinds[end - 1] == .table { end += 1 }
            let caption = columns.isEmpty && !headerNamesRate(line) ? captionName(above: line) ?? captionName(below: end - 1) : nil
            for row in (line + 1)..<end {
                result += rowValues(row, columns: columns, names: byLine[row] ?? [],
                                    percentOnly: adjectiveCells.union(shares.counted).union(countCells(line)), caption: caption,
                                    differences: caption == nil ? [] : countCells(line, headers: Self.differenceHeaders))
            }
            line = end
        }
        return result
    }

    /// Cells of a table line that open or close with an accuracy adjective ("| Correct |", "| Correct and
    /// complete (clinician-judged) |", "| Main diagnosis correct |"): the share of answers graded right
    /// is an accuracy.
    func accuracyAdjectiveCells(_ line: Int) -> Set<Int> {
        guard !cues.accuracyAdjectives.isEmpty else { return [] }
        let tokens = index.tokens
        let range = index.tokenRange(line: line)
        var cells: Set<Int> = []
        for position in range where cues.accuracyAdjectives.contains(tokens[position].hash) {
            let cell = tokens[position].cell
            let opens = position == range.lowerBound || tokens[position - 1].cell != cell
            let closes = (position + 1 == range.upperBound || tokens[position + 1].cell != cell) && !opens
                && closesPlainly(position)
            if opens || closes { cells.insert(Int(cell)) }
        }
        return cells
    }

    /// "Main diagnosis correct" closes with what was judged; "Partially correct" and "A (clinically
    /// accurate)" grade something else: an adverb ending in -ly before the adjective, or a bracket around it.
    private func closesPlainly(_ position: Int) -> Bool {
        let tokens = index.tokens, bytes = index.lower
        if isAdverb(tokens[position - 1]) { return false }
        let before = bytes[Int(tokens[position - 1].end)..<Int(tokens[position].start)]
        let end = Int(tokens[position].end)
        return !before.contains(UInt8(ascii: "(")) && !(end < bytes.count && bytes[end] == UInt8(ascii: ")"))
    }

    /// "ROC-AUC on the test set (mean ± std, 3 seeds):" just above a table whose header names no metric:
    /// the one metric the caption names is what the table's scores are.
    func captionName(above line: Int) -> String? {
        let document = index.document
        var caption = line - 1
        while caption >= 1, caption >= line - 2, document.kinds[caption - 1] == .blank { caption -= 1 }
        // A bold line reads as a heading elsewhere; over a table it is as often its caption ("**Hourly (MAE)**").
        // A short heading right over the table captions it too ("### Accuracy (%), zero-shot").
        guard caption >= 1, document.kinds[caption - 1] == .prose || document.kinds[caption - 1] == .heading else { return nil }
        let isHeading = document.kinds[caption - 1] == .heading
        let isBold = isHeading && document.headings.contains(where: { $0.line == caption && $0.kind == .bold })
        let text = index.lower[document.lineRanges[caption - 1]]
        let last = text.last(where: { $0 != 0x20 && $0 != 0x0D && $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") })
        let tokens = index.tokens
        // "AUROC per site:", or a short label closed by its unit in brackets: "Error (MAE, beds/day)".
        // In the second form the name stands inside the brackets ("Sensitivity analysis (age)" names none).
        let short = index.tokenRange(line: caption).count <= 6
        let bracketed = last == UInt8(ascii: ")") && short
        // "### Sensitivity analysis" names a study design, not the table's measure.
        let shortHeading = isHeading && !isBold && short
            && !index.tokenRange(line: caption).contains { Self.analysisWords.contains(tokens[$0].hash) }
        let fragment = isHeading ? nil : captionFragment(caption)
        // "**Uno's C-index (95% CI) by model and cancer type**": a bold line over the table is its caption.
        let boldCaption = isBold && index.tokenRange(line: caption).count <= 10
            && !index.tokenRange(line: caption).contains { Self.analysisWords.contains(tokens[$0].hash) }
        // A longer heading captions the table by its bracketed qualifier ("### Response (AUROC on held-out
        // cohort, 95% CI by DeLong)"), unless a count or "all" comes first: "(all unsupported statements, n = 139)"
        // names what the rows share out, not their measure.
        let bracketOpening = isHeading && !isBold && !shortHeading && index.tokenRange(line: caption).count <= 10
            ? text.firstIndex(of: UInt8(ascii: "(")) : nil
        guard last == UInt8(ascii: ":") || bracketed || shortHeading || boldCaption || bracketOpening != nil
            || fragment != nil else { return nil }
        let opening = bracketOpening ?? (bracketed && !shortHeading ? text.firstIndex(of: UInt8(ascii: "(")) ?? text.endIndex : text.startIndex)
        let closing = fragment ?? Int.max
        let named = names.filter {
            tokens[$0.firstToken].line == caption && Int(tokens[$0.firstToken].start) >= opening && $0.firstToken < closing
        }
        if bracketOpening != nil, let first = named.map(\.firstToken).min(),
           index.tokenRange(line: caption).contains(where: { $0 < first && Int(tokens[$0].start) > opening
               && (tokens[$0].isNumber || tokens[$0].hash == Self.allWord) }) { return nil }
        let labels = Set(named.map(\.label))
        guard labels.count == 1, !namesTargetOrCutOff(caption) else { return nil }
        return labels.first
    }

    /// "Test ROC-AUC (scaffold split). GIN = mean ± std over 3 seeds.": a caption line that opens with a
    /// short phrase naming the measure (its name among the first two words, at most six words, no
    /// number, its bracketed qualifier closed by a full stop). Returns the token position where that phrase ends.
    func captionFragment(_ line: Int) -> Int? {
        let range = index.tokenRange(line: line)
        let tokens = index.tokens
        guard let start = names.first(where: { tokens[$0.firstToken].line == line })?.firstToken,
              start <= range.lowerBound + 1 else { return nil }
        var position = range.lowerBound
        while position < range.upperBound, position - range.lowerBound < 6 {
            if tokens[position].isNumber { return nil }
            let gapEnd = position + 1 < range.upperBound ? Int(tokens[position + 1].start) : index.document.lineRanges[line - 1].upperBound
            let gap = index.lower[Int(tokens[position].end)..<gapEnd]
            if let stop = gap.firstIndex(of: UInt8(ascii: ".")) {
                // The phrase closes with its bracketed qualifier: a sentence ("Accuracy matters less.") does not.
                let closed = gap[..<stop].last(where: { $0 != 0x20 && $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }) == UInt8(ascii: ")")
                return position >= start && closed ? position + 1 : nil
            }
            position += 1
        }
        return nil
    }

    /// "Table 1: AUROC per hospital." just below a table whose header names no metric: a numbered
    /// caption, as papers place it, or a note saying what the cells hold ("Values are C-index (95% CI)."),
    /// naming one metric.
    func captionName(below last: Int) -> String? {
        let document = index.document
        var caption = last + 1
        while caption <= document.lineCount, caption <= last + 2, document.kinds[caption - 1] == .blank { caption += 1 }
        guard caption <= document.lineCount, document.kinds[caption - 1] == .prose || document.kinds[caption - 1] == .html else { return nil }
        let tokens = index.tokens
        let range = index.tokenRange(line: caption)
        // Inline markup opening the line ("<p><i>Values are ...") is passed over.
        var start = range.lowerBound
        while start < range.upperBound, Int(tokens[start].start) > 0, index.lower[Int(tokens[start].start) - 1] == UInt8(ascii: "<") {
            start += 1
        }
        guard range.upperBound - start >= 3 else { return nil }
        // "Table 2: AUROC by site", or a note that says what the cells hold: "Values are C-index (95% CI)."
        let numbered = Self.tableWords.contains(tokens[start].hash) && tokens[start + 1].isNumber
        let note = Self.noteNouns.contains(tokens[start].hash) && Self.noteVerbs.contains(tokens[start + 1].hash)
        guard numbered || note else { return nil }
        let labels = Set(names.lazy.filter { tokens[$0.firstToken].line == caption }.map(\.label))
        guard labels.count == 1, !namesTargetOrCutOff(caption) else { return nil }
        return labels.first
    }

    /// "| Per 100 drafts (95% CI) |": a header that counts per so many is a rate, whatever a caption names.
    func headerNamesRate(_ line: Int) -> Bool {
        let range = index.tokenRange(line: line)
        let tokens = index.tokens
        return range.dropLast().contains { tokens[$0].hash == Self.per && tokens[$0 + 1].isNumber }
    }

    static let allWord = TextIndex.hash("all".utf8)
    static let analysisWords: Set<UInt64> = Set(["analysis", "analyses"].map { TextIndex.hash($0.utf8) })
    static let tableWords: Set<UInt64> = Set(["table", "tab"].map { TextIndex.hash($0.utf8) })
    static let noteNouns: Set<UInt64> = Set(["values", "numbers", "entries", "cells", "scores", "figures"].map { TextIndex.hash($0.utf8) })
    static let noteVerbs: Set<UInt64> = Set(["are", "show", "give", "report"].map { TextIndex.hash($0.utf8) })

    /// "+0.043", "−0.01": a signed number under a caption is a difference between two results, not one.
    func isSigned(_ token: Token) -> Bool { gluedSign(before: token) != nil }

    /// A caption that names a target or a cut-off ("Target AUROC per site:", "AUROC at least:") names no
    /// result; one that announces expectations marks the table itself (`MetricContext`).
    private func namesTargetOrCutOff(_ line: Int) -> Bool {
        let tokens = index.tokens
        // "(out-of-fold, after threshold)": values read after thresholding are results, not a cut-off's.
        return index.tokenRange(line: line).contains {
            cues.labels.contains(tokens[$0].hash)
                || Self.captionBounds.contains(tokens[$0].hash) && !($0 > 0 && tokens[$0 - 1].hash == Self.after)
        }
    }

    static let after = TextIndex.hash("after".utf8)

    /// Header cells of one word that name a count ("| Rating | n |", "| Finding | Letters |"): a row named
    /// by its first cell ("| Minor omission | 8 |") takes only a percentage from them, never the count.
    func countCells(_ header: Int, headers: Set<UInt64> = countHeaders) -> Set<Int> {
        let tokens = index.tokens
        var words: [Int: [Int]] = [:]
        for position in index.tokenRange(line: header) { words[Int(tokens[position].cell), default: []].append(position) }
        return Set(words.compactMap { cell, positions in
            positions.count == 1 && headers.contains(tokens[positions[0]].hash) ? cell : nil
        })
    }

    static let countHeaders: Set<UInt64> = Set(["n", "count", "counts", "number", "total", "letters", "notes", "cases", "patients",
                                                "images", "reports", "drafts", "pairs", "studies", "items", "outputs", "summaries"]
        .map { TextIndex.hash($0.utf8) })

    static let captionBounds: Set<UInt64> = Set(["threshold", "least", "most", "minimum", "maximum"].map { TextIndex.hash($0.utf8) })

    /// A body row's values: by its column's header, or else by the metric its first cell names, or
    /// else (scores only) by the metric the table's caption names.
    private func rowValues(_ row: Int, columns: [Int: String], names: [PhraseMatcher.Match], percentOnly: Set<Int>,
                           caption: String? = nil, differences: Set<Int> = []) -> [(String, Int)] {
        let tokens = index.tokens
        let range = index.tokenRange(line: row)
        guard let first = range.first else { return [] }
        let firstCell = Int(tokens[first].cell)
        let rowNamer = names.first { Int(tokens[$0.firstToken].cell) == firstCell }
        // "| Automated sensitivity 96% | −£42.20 | +0.001 |": a row whose label holds the metric's value is a
        // scenario, and its other cells are what follows from it.
        var rowName = rowNamer.flatMap { labelHoldsValue($0) ? nil : $0.label }
        let adjectiveRow = rowName == nil && accuracyAdjectiveCells(row).contains(firstCell)
        if adjectiveRow { rowName = "accuracy" }
        var taken: Set<Int> = []
        var result: [(String, Int)] = []
        for position in range {
            let token = tokens[position]
            let cell = Int(token.cell)
            guard cell != firstCell || columns[cell] != nil, !taken.contains(cell) else { continue }
            // "27 of 59 (46%)", "112 / 187 (60%)": a cell counting a count reports its bracketed share, or nothing.
            if let total = countOfCountTotal(position, tokens) {
                taken.insert(cell)
                if let share = bracketedShare(after: total, tokens) ?? equalsShare(after: total, tokens),
                   let name = columns[cell] ?? (cell != firstCell ? rowName : nil) { result.append((name, share)) }
                continue
            }
            guard isPlausible(token, at: position, tokens, distance: 1) else { continue }
            // A column or row named by "Correct" holds shares of answers, not counts: percentages only.
            if (percentOnly.contains(cell) || adjectiveRow && columns[cell] == nil) && !index.isPercent(token) { continue }
            let captioned = rowName == nil && cell != firstCell && index.isScoreShaped(token) && !isSigned(token)
                && !differences.contains(cell) ? caption : nil
            guard let name = columns[cell] ?? (cell != firstCell ? rowName ?? captioned : nil) else { continue }
            taken.insert(cell)
            result.append((name, position))
        }
        return result
    }
}
