import Foundation

/// An accuracy told by an adjective: "generates notes that are 95% accurate", "answers were 84% correct".
/// Only a percentage right before the adjective counts, and not one that a negation opens ("not 100%
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
            guard cues.accuracyAdjectives.contains(tokens[position].hash), index.isPercent(tokens[position - 1]) else { continue }
            let value = position - 1
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
}
