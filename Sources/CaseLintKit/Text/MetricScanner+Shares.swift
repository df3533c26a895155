import Foundation

/// A sensitivity told as a share of the positives found, without the metric's name: "caught 74% of
/// real lows", "detects **100% of falls**", "captures 29.2% of readmissions". A verb of finding
/// (`metric_share_verbs` in the evidence pack), at most two hedging words, a percentage, then "of".
/// A share of everybody ("flags 12% of patients", `metric_share_populations`) is an alert rate, not
/// a sensitivity, and is passed over.
extension MetricScanner {
    /// Words that may stand between the verb and the percentage: "caught only 74%", "detects about 90%".
    static let shareHedges: Set<UInt64> = Set(["correctly", "only", "about", "around", "roughly", "nearly", "approximately", "almost",
                                              "just", "still", "successfully"].map { TextIndex.hash($0.utf8) })
    /// Words that may stand between "of" and the noun it counts: "of all real lows", "of the true cases".
    static let shareDeterminers: Set<UInt64> = Set(["the", "all", "our", "real", "true", "actual", "confirmed", "genuine"]
        .map { TextIndex.hash($0.utf8) })
    static let of = TextIndex.hash("of".utf8)
    /// Verbs that raise a flag rather than find a case: "flags 12% of patients with a prior visit" is an alert rate still.
    static let raisingVerbs: Set<UInt64> = Set(["flags", "flagged", "highlights", "highlighted"].map { TextIndex.hash($0.utf8) })

    /// Positions of the percentages that such clauses report, and the shares worked out from counts
    /// (`MetricScanner+Counts`) or told after a label (`MetricScanner+LabelledShares`).
    func shareValues(_ tokens: [Token]) -> (percents: [Int], fractions: [(position: Int, value: Double)]) {
        guard !tokens.isEmpty else { return ([], []) }
        var positions: [Int] = []
        let verbMatches = cues.shareVerbs.matches(in: index, range: 0..<tokens.count)
        for verb in verbMatches {
            let line = tokens[verb.lastToken].line
            let position = pastHedges(verb.lastToken, tokens)
            guard position + 1 < tokens.count, tokens[position].line == line, index.isPercent(tokens[position]),
                  !isBoundOrSpread(tokens[position]), !isMasked(tokens[position]), !isInsideMarker(tokens[position]),
                  tokens[position + 1].hash == Self.of, tokens[position + 1].line == line else { continue }
            var counted = position + 2
            while counted < tokens.count, counted - position <= 4, Self.shareDeterminers.contains(tokens[counted].hash) { counted += 1 }
            guard counted < tokens.count else { continue }
            // "would catch 46% of the patients who go on to stay 7+ days": a clause after everybody makes
            // them the positives, for a verb that finds (a flag may be raised for anybody).
            if cues.sharePopulations.contains(tokens[counted].hash),
               !(counted + 1 < tokens.count && Self.narrowingWords.contains(tokens[counted + 1].hash)
                 && !Self.raisingVerbs.contains(tokens[verb.firstToken].hash)) {
                continue
            }
            positions.append(position)
        }
        let counted = countedShares(tokens, verbs: verbMatches.map(\.lastToken))
        return (positions + counted.percents + labelledShares(tokens, verbs: verbMatches) + passiveShares(tokens), counted.fractions)
    }

    /// The position after the verb and at most three hedging words on its line ("caught only", "found about").
    func pastHedges(_ verb: Int, _ tokens: [Token]) -> Int {
        var position = verb + 1
        while position < tokens.count, position - verb <= 3, tokens[position].line == tokens[verb].line,
              Self.shareHedges.contains(tokens[position].hash) {
            position += 1
        }
        return position
    }
}
