import Foundation

/// A sensitivity told by a label that names the positives and a verb of finding, its share after it:
/// - a table row or a list item opening with the label, the share in each value cell or after the
///   colon: "| Hypos caught | 78% (95% CI 71–84) | 64% |", "- Exacerbations flagged in the 3 days
///   before onset: 47 / 97 (48%)";
/// - counts before the verb, the bracketed share right after it: "187 of 214 crowding evenings warned
///   (87.4%)", "50 simulated falls → **47 detected** (94%)".
/// Patients, days or images flagged (`metric_share_populations`) are an alert rate, not a sensitivity.
/// Only a participle after its noun counts ("Films flagged" and "Share of flagged sentences" tell an
/// alert rate or a precision, "Must-capture facts" no finding at all), and not what a language model's
/// checker flags in text ("Unsupported claims flagged by cite_check": a check of its own) or a failure
/// ("D (failure to detect)").
extension MetricScanner {
    static let shareParticiples: Set<UInt64> = Set(["caught", "detected", "flagged", "captured", "identified", "warned", "alerted", "picked",
                                                    "recovered", "recognised", "recognized"].map { TextIndex.hash($0.utf8) })
    /// Words that may follow the participle in its label: "flagged in the 3 days before onset", "caught early".
    static let participleFollowers: Set<UInt64> = Set(["in", "within", "at", "before", "ahead", "early", "by", "on", "up", "during",
                                                       "correctly", "over"].map { TextIndex.hash($0.utf8) })
    /// Text a checker reads, and words that make the label a failure or a share of the flagged.
    static let labelStoppers: Set<UInt64> = Set(["facts", "fact", "items", "claims", "statements", "sentences", "errors", "words",
                                                 "lines", "films", "radiographs", "exams", "reports", "alerts", "failure", "failed", "missed",
                                                 "not", "no", "among", "of", "which", "share"].map { TextIndex.hash($0.utf8) })

    func labelledShares(_ tokens: [Token], verbs: [PhraseMatcher.Match]) -> [Int] {
        var result: [Int] = []
        for verb in verbs where verb.firstToken == verb.lastToken || tokens[verb.firstToken].hash == Self.picked {
            let line = tokens[verb.lastToken].line
            guard Self.shareParticiples.contains(tokens[verb.firstToken].hash) else { continue }
            var first = verb.firstToken
            while first > 0, tokens[first - 1].line == line { first -= 1 }
            let label = tokens[first..<verb.firstToken]
            guard !label.contains(where: { cues.sharePopulations.contains($0.hash) }) else { continue }
            // The participle closes its noun's phrase: nothing but a preposition or an adverb after it in its cell.
            let next = verb.lastToken + 1
            if next < tokens.count, tokens[next].line == line, tokens[next].cell == tokens[verb.lastToken].cell, !tokens[next].isNumber,
               !Self.participleFollowers.contains(tokens[next].hash) {
                continue
            }
            // With no noun before it, a participle told with its lead time names events caught before they
            // happened: "- Warned at least 10 min before: 81 (68.6%)".
            let aheadOfEvents = label.isEmpty && tokens[(verb.lastToken + 1)..<min(tokens.count, verb.lastToken + 7)]
                .prefix { $0.line == line }.contains { Self.leadTimeWords.contains($0.hash) }
            if !label.isEmpty || aheadOfEvents, label.count <= 4, !label.contains(where: \.isNumber),
               tokens[first].cell == tokens[verb.firstToken].cell,
               !label.contains(where: { Self.labelStoppers.contains($0.hash) }) {
                result += labelValues(tokens, after: verb.lastToken)
            } else if let share = shareRightAfter(tokens, after: verb.lastToken), countsBefore(tokens, verb: verb.firstToken, from: first) {
                result.append(share)
            } else if let share = foundCountShare(tokens, after: verb.lastToken), tokens[first].isNumber, !index.isScoreShaped(tokens[first]),
                      !label.contains(where: { Self.labelStoppers.contains($0.hash) }) {
                // "- 50 falls on a mattress -> detected 47 (94%)": the total opens the line, the count found follows the verb.
                result.append(share)
            }
        }
        return result
    }

    static let picked = TextIndex.hash("picked".utf8)
    static let leadTimeWords: Set<UInt64> = Set(["before", "ahead", "early", "earlier", "advance"].map { TextIndex.hash($0.utf8) })

    /// After a label: in a table, the share each later cell opens with; elsewhere the share after the
    /// label's colon. A count before it ("47 / 97 (48%)") gives the bracketed share.
    func labelValues(_ tokens: [Token], after verb: Int) -> [Int] {
        let line = tokens[verb].line
        let isTable = index.document.kinds[Int(line) - 1] == .table
        var values: [Int] = []
        var position = verb + 1
        var seenCells: Set<Int16> = [tokens[verb].cell]
        // Outside a table the label ends at its colon, at most eight words on.
        if !isTable {
            func afterColon(_ position: Int) -> Bool {
                index.lower[Int(tokens[position - 1].end)..<Int(tokens[position].start)].contains(UInt8(ascii: ":"))
            }
            while position < tokens.count, tokens[position].line == line, position - verb <= 8, !afterColon(position) { position += 1 }
            guard position < tokens.count, tokens[position].line == line, afterColon(position) else { return [] }
        }
        while position < tokens.count, tokens[position].line == line {
            let token = tokens[position]
            if isTable, seenCells.contains(token.cell) { position += 1; continue }
            seenCells.insert(token.cell)
            if let value = share(tokens, at: position) { values.append(value) }
            if !isTable { break }
            position += 1
        }
        return values
    }

    /// The share a value opens with: the percentage itself, or a count ("47 / 97", "47 of 97") and its bracketed share.
    private func share(_ tokens: [Token], at position: Int) -> Int? {
        let token = tokens[position]
        guard token.isNumber, !isBoundOrSpread(token), !isMasked(token) else { return nil }
        if index.isPercent(token) { return position }
        // "81 (68.6%)": a count and its bracketed share.
        if !index.isScoreShaped(token), let bracketed = shareRightAfter(tokens, after: position) { return bracketed }
        var next = position + 1
        if next < tokens.count, tokens[next].hash == Self.of { next += 1 }
        guard next < tokens.count, tokens[next].line == token.line, tokens[next].cell == token.cell, tokens[next].isNumber,
              !index.isScoreShaped(token) else { return nil }
        return shareRightAfter(tokens, after: next)
    }

    /// "detected 47 (94%)": a count right after the verb, then its bracketed share.
    private func foundCountShare(_ tokens: [Token], after verb: Int) -> Int? {
        let count = verb + 1
        guard count < tokens.count, tokens[count].line == tokens[verb].line, tokens[count].isNumber, !index.isScoreShaped(tokens[count])
        else { return nil }
        return shareRightAfter(tokens, after: count)
    }

    /// A percentage in brackets right after `position` on its line ("detected** (94%)").
    private func shareRightAfter(_ tokens: [Token], after position: Int) -> Int? {
        let next = position + 1
        guard next < tokens.count, tokens[next].line == tokens[position].line, tokens[next].cell == tokens[position].cell,
              index.isPercent(tokens[next]), !isBoundOrSpread(tokens[next]) else { return nil }
        let gap = index.lower[Int(tokens[position].end)..<Int(tokens[next].start)]
        guard gap.contains(UInt8(ascii: "(")), !gap.contains(where: { TextIndex.isWordByte($0) }) else { return nil }
        return next
    }

    /// A count right before the verb ("47 detected"), or "N of M" and at most four words naming the
    /// positives before it ("187 of 214 crowding evenings warned").
    private func countsBefore(_ tokens: [Token], verb: Int, from first: Int) -> Bool {
        guard verb > first else { return false }
        if tokens[verb - 1].isNumber { return !index.isScoreShaped(tokens[verb - 1]) }
        var position = verb - 1
        while position > first, verb - position <= 4, !tokens[position].isNumber {
            if Self.labelStoppers.contains(tokens[position].hash) { return false }
            position -= 1
        }
        guard tokens[position].isNumber, !index.isScoreShaped(tokens[position]), position >= first + 2,
              tokens[position - 1].hash == Self.of, tokens[position - 2].isNumber else { return false }
        return true
    }
}
