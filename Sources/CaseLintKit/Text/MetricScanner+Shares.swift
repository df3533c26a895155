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

    /// Positions of the percentages that such clauses report.
    func shareValues(_ tokens: [Token]) -> [Int] {
        guard !tokens.isEmpty else { return [] }
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
            guard counted < tokens.count, !cues.sharePopulations.contains(tokens[counted].hash) else { continue }
            positions.append(position)
        }
        return positions + countedShares(tokens, verbs: verbMatches.map(\.lastToken))
    }

    /// The position after the verb and at most three hedging words on its line ("caught only", "found about").
    private func pastHedges(_ verb: Int, _ tokens: [Token]) -> Int {
        var position = verb + 1
        while position < tokens.count, position - verb <= 3, tokens[position].line == tokens[verb].line,
              Self.shareHedges.contains(tokens[position].hash) {
            position += 1
        }
        return position
    }

    static let countVerbs: Set<UInt64> = Set(["found", "finds"].map { TextIndex.hash($0.utf8) })

    /// "found 47 of the 50 staged falls (94%)", "caught 19 of 20 hypos (95%)": a count of the positives
    /// found, out of all of them, with its percentage in brackets a few words on.
    private func countedShares(_ tokens: [Token], verbs shareVerbs: [Int]) -> [Int] {
        var positions: [Int] = []
        var verbs = shareVerbs
        // "found" from its filter bucket (`TokenFilterBuckets`), not a pass over every token.
        let buckets = index.filterBuckets
        for hash in Self.countVerbs {
            let word = PhraseMatcher.filterBit(hash).word
            for candidate in buckets.positions[Int(buckets.starts[word])..<Int(buckets.starts[word + 1])]
            where tokens[Int(candidate)].hash == hash {
                verbs.append(Int(candidate))
            }
        }
        for verb in verbs {
            let line = tokens[verb].line
            let position = pastHedges(verb, tokens)
            guard position + 2 < tokens.count, tokens[position].isNumber, !index.isScoreShaped(tokens[position]),
                  tokens[position + 1].hash == Self.of, tokens[position].line == line else { continue }
            var total = position + 2
            while total < tokens.count, total - position <= 4, Self.shareDeterminers.contains(tokens[total].hash) { total += 1 }
            guard total < tokens.count, tokens[total].line == line, tokens[total].isNumber, !index.isScoreShaped(tokens[total]) else { continue }
            // The counted noun (a few words) and then the bracketed percentage.
            var cursor = total + 1
            while cursor < tokens.count, cursor - total <= 4, tokens[cursor].line == line, !tokens[cursor].isNumber {
                if cues.sharePopulations.contains(tokens[cursor].hash) { break }
                cursor += 1
            }
            guard cursor < tokens.count, cursor > total + 1, tokens[cursor].line == line, index.isPercent(tokens[cursor]),
                  !cues.sharePopulations.contains(tokens[cursor - 1].hash),
                  Int(tokens[cursor].start) > 0, index.lower[Int(tokens[cursor].start) - 1] == UInt8(ascii: "(") else { continue }
            positions.append(cursor)
        }
        return positions
    }
}

