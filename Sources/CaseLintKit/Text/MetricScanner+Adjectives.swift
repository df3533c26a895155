import Foundation

/// An accuracy told by an adjective: "generates notes that are 95% accurate", "answers were 84% correct".
/// Only a percentage right before the adjective (or one adverb before it: "82% fully correct") counts, and not one that a negation opens ("not 100%
/// accurate" is a caveat, not a result) nor a perfect 100% ("100% accurate translations" is a promise).
extension MetricScanner {
    static let negations: Set<UInt64> = Set(["not", "never", "isnt", "arent", "wasnt", "werent", "no"].map { TextIndex.hash($0.utf8) })

    func accuracyValues(_ tokens: [Token]) -> [Int] {
        guard !cues.accuracyAdjectives.isEmpty else { return [] }
        // Only the tokens in the adjectives' filter buckets (`TokenFilterBuckets`), in text order:
        // a look-up for every token of every README was 4% of a run.
        let buckets = index.filterBuckets
        let words = Set(cues.accuracyAdjectives.map { PhraseMatcher.filterBit($0).word })
        var candidates: [Int32] = []
        for word in words { candidates.append(contentsOf: buckets.positions[Int(buckets.starts[word])..<Int(buckets.starts[word + 1])]) }
        if words.count > 1 { candidates.sort() }
        var positions: [Int] = []
        for candidate in candidates where candidate >= 1 {
            let position = Int(candidate)
            guard cues.accuracyAdjectives.contains(tokens[position].hash) else { continue }
            // "82% fully correct": one adverb may stand between the percentage and the adjective.
            let value = index.isPercent(tokens[position - 1]) ? position - 1
                : position >= 2 && isAdverb(tokens[position - 1]) && index.isPercent(tokens[position - 2]) ? position - 2 : -1
            guard value >= 0 else { continue }
            let token = tokens[value]
            guard token.line == tokens[position].line, token.cell == tokens[position].cell,
                  !isBoundOrSpread(token), !isMasked(token), !isInsideMarker(token) else { continue }
            if value > 0, tokens[value - 1].line == token.line, Self.negations.contains(tokens[value - 1].hash) { continue }
            // "100% accurate translations" is a promise, not a measurement.
            if index.numberValue(token) == 100 { continue }
            positions.append(value)
        }
        return positions
    }

    /// A word ending in "ly" ("fully", "completely", "partially"), not a number.
    func isAdverb(_ token: Token) -> Bool {
        let end = Int(token.end)
        return !token.isNumber && end - Int(token.start) > 3 && index.lower[end - 2] == UInt8(ascii: "l") && index.lower[end - 1] == UInt8(ascii: "y")
    }
}
