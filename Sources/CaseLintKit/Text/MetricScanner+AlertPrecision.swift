import Foundation

/// A precision told as the share of alerts that came true, without the metric's name: a row or list
/// item labelled "Alerts followed by an exacerbation within 7 days" with "73 (11.3%)" after it, or
/// "24.8% of alerts were followed by an exacerbation". The share is the value; a bare count is none.
extension MetricScanner {
    static let alertNouns: Set<UInt64> = Set(["alerts", "flags", "alarms", "warnings", "alert", "flag", "alarm", "warning"]
        .map { TextIndex.hash($0.utf8) })
    static let followed = TextIndex.hash("followed".utf8)
    static let by = TextIndex.hash("by".utf8)

    func alertPrecisionValues(_ tokens: [Token]) -> [Int] {
        let document = index.document
        var result: [Int] = []
        // Labels: the row's or the item's first words.
        for line in 1...max(document.lineCount, 1) where line <= document.lineCount {
            let range = index.tokenRange(line: line)
            // "Red alerts followed by ...": up to two words may qualify the alerts.
            guard let first = range.first, document.kinds[line - 1] == .table || document.kinds[line - 1] == .prose else { continue }
            // A plain loop: a lazy chain's closure captured a copy of the scanner for every line.
            var followed: Int?
            for position in first..<min(range.upperBound, first + 3) {
                guard tokens[position].cell == tokens[first].cell, !tokens[position].isNumber else { break }
                if let found = followedBy(from: position, tokens, reach: 3) { followed = found; break }
            }
            guard let followed else { continue }
            let values = labelValues(tokens, after: followed + 1).filter { tokens[$0].percent }
            result += values
        }
        // Prose: "24.8% of alerts were followed by an exacerbation".
        for position in tokens.indices where tokens[position].percent && position + 2 < tokens.count
            && tokens[position + 1].hash == Self.of && tokens[position + 1].line == tokens[position].line {
            var noun = position + 2
            while noun < tokens.count, noun - position <= 4, Self.shareDeterminers.contains(tokens[noun].hash) { noun += 1 }
            if noun < tokens.count, tokens[noun].line == tokens[position].line, followedBy(from: noun, tokens, reach: 2) != nil {
                result.append(position)
            }
        }
        return result + flaggedGroupShares(tokens)
    }

    static let groupOpeners: Set<UInt64> = Set(["among", "of"].map { TextIndex.hash($0.utf8) })
    static let groupOpenerTable = TokenHashTable(groupOpeners)
    static let flaggedWords: Set<UInt64> = Set(["flagged", "alerted"].map { TextIndex.hash($0.utf8) })
    static let groupFillers: Set<UInt64> = Set(["the", "those", "these", "patients", "people", "cases", "ones", "admissions",
                                                "children", "visits"].map { TextIndex.hash($0.utf8) })
    static let estimateWords: Set<UInt64> = Set(["about", "around", "roughly", "nearly", "approximately", "only", "just"]
        .map { TextIndex.hash($0.utf8) })
    static let missNegations: Set<UInt64> = Set(["not", "no", "false", "never"].map { TextIndex.hash($0.utf8) })

    /// "Among the flagged, 51% died within 6 months", "Of those alerted, 38% deteriorated": the share of
    /// the flagged group that had the outcome is the PPV ("40% were false alarms" or "were not" is not).
    private func flaggedGroupShares(_ tokens: [Token]) -> [Int] {
        var result: [Int] = []
        // Every token is tested: the open-addressing table, held in a local, spares a Hasher per token.
        let openers = Self.groupOpenerTable
        for opener in tokens.indices where openers.contains(tokens[opener].hash) {
            var position = opener + 1
            var flagged = false
            while position < tokens.count, position - opener <= 4, tokens[position].line == tokens[opener].line,
                  Self.groupFillers.contains(tokens[position].hash) || Self.flaggedWords.contains(tokens[position].hash) {
                if Self.flaggedWords.contains(tokens[position].hash) { flagged = true }
                position += 1
            }
            // "Among the flagged patients about 17% were readmitted": a comma or a word of estimate parts them.
            guard flagged, position + 1 < tokens.count else { continue }
            let estimated = Self.estimateWords.contains(tokens[position].hash)
            if estimated { position += 1 }
            guard position + 1 < tokens.count, tokens[position].percent, tokens[position].line == tokens[opener].line,
                  estimated || index.lower[Int(tokens[position - 1].end)..<Int(tokens[position].start)].contains(UInt8(ascii: ",")),
                  !(position + 1..<min(tokens.count, position + 3)).contains(where: { Self.missNegations.contains(tokens[$0].hash) })
            else { continue }
            result.append(position)
        }
        return result
    }

    /// The position of "followed" when the alert noun at `start` is followed by it within `reach` words
    /// ("Alerts followed by", "flags that were followed by", "alerts raised and followed by").
    private func followedBy(from start: Int, _ tokens: [Token], reach: Int) -> Int? {
        guard Self.alertNouns.contains(tokens[start].hash) else { return nil }
        var position = start + 1
        while position + 1 < tokens.count, position - start <= reach, tokens[position].line == tokens[start].line,
              tokens[position].cell == tokens[start].cell {
            if tokens[position].hash == Self.followed, tokens[position + 1].hash == Self.by { return position }
            position += 1
        }
        return nil
    }
}
