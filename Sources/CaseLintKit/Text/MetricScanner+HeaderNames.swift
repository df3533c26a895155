import Foundation

/// Header cells that name a metric without its name. A column whose header tells a share of the
/// positives found holds a sensitivity ("share of discharges caught", "Share of all readmissions
/// captured"); one that tells a share of the flagged holds a precision ("share of flagged"). A share of
/// everybody ("Share of patients flagged") is an alert rate and names nothing, as in
/// `MetricScanner+Shares`; only a verb of catching ("caught", "captured", "detected") makes events
/// such as discharges the positives. Beside an MSE column a cell that is only "CI" is the concordance index.
extension MetricScanner {
    static let shareNouns: Set<UInt64> = Set(["share", "proportion", "fraction", "percent", "percentage", "pct"]
        .map { TextIndex.hash($0.utf8) })
    /// Words for what a model raised: a share "of flagged" or "of alerts" is the share of them that were right.
    static let flaggedNouns: Set<UInt64> = Set(["flagged", "alerts", "alarms", "flags", "warnings", "alerted", "warned", "prompts"]
        .map { TextIndex.hash($0.utf8) })
    /// Verbs that say the counted were positives whatever they are: a discharge "caught" was one to find.
    static let catchVerbs: Set<UInt64> = Set(["caught", "captured", "detected", "recovered"].map { TextIndex.hash($0.utf8) })

    /// The metric a header cell's share names, from its tokens (`cell`: their positions, in order).
    func shareHeaderName(_ cell: Range<Int>) -> String? {
        let tokens = index.tokens
        if let name = caughtHeaderName(cell) { return name }
        guard cell.count >= 3, Self.shareNouns.contains(tokens[cell.lowerBound].hash), tokens[cell.lowerBound + 1].hash == Self.of
        else { return nil }
        var first = cell.lowerBound + 2
        while first < cell.upperBound, Self.shareDeterminers.contains(tokens[first].hash) { first += 1 }
        guard first < cell.upperBound else { return nil }
        if first == cell.upperBound - 1, Self.flaggedNouns.contains(tokens[first].hash) { return "ppv" }
        // The verb closes the cell, after the counted noun: "share of discharges caught".
        let last = cell.upperBound - 1
        guard last > first, cues.shareVerbs.matches(in: index, range: last..<cell.upperBound).contains(where: { $0.lastToken == last })
        else { return nil }
        let catches = Self.catchVerbs.contains(tokens[last].hash)
        for position in first..<last {
            let hash = tokens[position].hash
            if tokens[position].isNumber || Self.wholeSets.contains(hash) || Self.negativeClasses.contains(hash) { return nil }
            if !catches, cues.sharePopulations.contains(hash) { return nil }
        }
        return "sensitivity"
    }

    /// "Hypos warned ≥ 15 min ahead", "Episodes detected ≥ 3 days before event": the positives named
    /// first, then a participle of finding, then at most when (`MetricScanner+LabelledShares` reads the
    /// same label on a row). Patients or days flagged, and what a checker flags in text, name nothing.
    private func caughtHeaderName(_ cell: Range<Int>) -> String? {
        let tokens = index.tokens
        guard let participle = cell.first(where: { Self.shareParticiples.contains(tokens[$0].hash) }),
              participle > cell.lowerBound, participle - cell.lowerBound <= 3 else { return nil }
        for position in cell.lowerBound..<participle {
            let hash = tokens[position].hash
            if tokens[position].isNumber || cues.sharePopulations.contains(hash) || Self.labelStoppers.contains(hash)
                || Self.shareNouns.contains(hash) || Self.negativeClasses.contains(hash) { return nil }
        }
        let next = participle + 1
        if next < cell.upperBound, !tokens[next].isNumber, !Self.participleFollowers.contains(tokens[next].hash) { return nil }
        return "sensitivity"
    }

    /// Each cell of a pipe table's header line that names no metric but tells a share, with its metric;
    /// `counted` holds the cells whose header names the positives caught ("Falls captured / 351"), where
    /// a count sits beside the share and only a percentage is the value.
    func shareHeaderCells(_ line: Int, named columns: [Int: String]) -> (names: [Int: String], counted: Set<Int>) {
        let tokens = index.tokens
        let range = index.tokenRange(line: line)
        var result: [Int: String] = [:]
        var counted: Set<Int> = []
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start + 1
            while end < range.upperBound, tokens[end].cell == tokens[start].cell { end += 1 }
            let cell = Int(tokens[start].cell)
            if columns[cell] == nil {
                if let label = caughtHeaderName(start..<end) {
                    result[cell] = label
                    counted.insert(cell)
                } else if let label = shareHeaderName(start..<end) {
                    result[cell] = label
                }
            }
            start = end
        }
        return (result, counted)
    }

    /// "| Dataset | Model | MSE ↓ | CI ↑ | r²m ↑ |": beside an MSE column, a header cell that is only "CI"
    /// is the concordance index, as drug-target affinity benchmarks (Davis, KIBA) report it; elsewhere
    /// "CI" is an interval.
    func concordanceCell(_ line: Int, columns: [Int: String]) -> Int? {
        guard columns.values.contains("mse") else { return nil }
        let tokens = index.tokens
        let range = index.tokenRange(line: line)
        for position in range where tokens[position].hash == Self.ci {
            let cell = tokens[position].cell
            let alone = (position == range.lowerBound || tokens[position - 1].cell != cell)
                && (position + 1 == range.upperBound || tokens[position + 1].cell != cell)
            if alone, columns[Int(cell)] == nil { return Int(cell) }
        }
        return nil
    }

    static let ci = TextIndex.hash("ci".utf8)
}
