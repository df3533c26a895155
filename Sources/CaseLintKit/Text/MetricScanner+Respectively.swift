import Foundation

/// "Sensitivity and specificity were 0.91 and 0.84, respectively": names listed together take the
/// values listed after them, in order, when "respectively" closes the list.
extension MetricScanner {
    static let respectively = TextIndex.hash("respectively".utf8)
    static let listJoiners: Set<UInt64> = Set(["and", "or"].map { TextIndex.hash($0.utf8) })

    /// Value position for the first token of each name so listed.
    func respectivelyPairs(_ tokens: [Token]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        // Only the tokens in the word's filter bucket (`TokenFilterBuckets`), as the accuracy adjectives
        // are read: no pass over every token of every README for one rare word.
        let buckets = index.filterBuckets
        let word = PhraseMatcher.filterBit(Self.respectively).word
        for candidate in buckets.positions[Int(buckets.starts[word])..<Int(buckets.starts[word + 1])] where candidate > 0 {
            let position = Int(candidate)
            let token = tokens[position]
            guard token.hash == Self.respectively else { continue }
            // The values, read backwards from "respectively" over "and" and commas.
            var values: [Int] = []
            var cursor = position - 1
            while cursor >= 0, tokens[cursor].line == token.line, cursor >= position - 12 {
                if index.isScoreShaped(tokens[cursor]) { values.append(cursor) } else if !Self.listJoiners.contains(tokens[cursor].hash) { break }
                cursor -= 1
            }
            guard values.count >= 2, let firstValue = values.last else { continue }
            // The names: the last one ends a few words before the first value; the others run back over "and" and commas.
            guard let lastName = names.lastIndex(where: { $0.lastToken < firstValue && firstValue - $0.lastToken <= 4 }),
                  tokens[names[lastName].lastToken].line == token.line,
                  !(names[lastName].lastToken + 1..<firstValue).contains(where: { index.isScoreShaped(tokens[$0]) }) else { continue }
            var listed = [names[lastName]]
            var earlier = lastName - 1
            while earlier >= 0, listed.count < values.count {
                let gap = (names[earlier].lastToken + 1)..<listed[listed.count - 1].firstToken
                guard gap.allSatisfy({ Self.listJoiners.contains(tokens[$0].hash) }), gap.count <= 1 else { break }
                listed.append(names[earlier])
                earlier -= 1
            }
            guard listed.count == values.count else { continue }
            for (name, value) in zip(listed, values) { result[name.firstToken] = value }
        }
        return result
    }
}
