import Foundation

/// "Nothing here should be used to write real discharge summaries", "don't use it to make real
/// assignments", "not validated for use in live scheduling": a use of the project denied for the real
/// work, whatever that work is called, says it is not for use as plainly as a clinical word would.
/// What happened is no denial ("the tool was never used for real planning"), and neither is what the
/// project reads ("we did not use real patient data": no preposition between the use and "real").
extension DisclaimerScanner {
    /// "real-time" names a speed, not the real work.
    static let time = TextIndex.hash("time".utf8)

    func deniedRealUse(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for (negator, word) in words.enumerated() where word.contains(.negator) {
            let last = min(words.count - 1, negator + 8)
            guard negator + 1 <= last,
                  let use = ((negator + 1)...last).first(where: { words[$0].contains(.useVerb) }),
                  !words[(negator + 1)...use].contains(where: { $0.contains(.clauseStart) }) else { continue }
            // "for use in live scheduling" names the use as a noun, whatever the tense around it.
            let isNoun = words[use - 1].contains(.preposition)
            let told = word.contains(.pastTense) || negator > 0 && words[negator - 1].contains(.pastTense)
                || words[(negator + 1)..<use].contains { $0.contains(.pastTense) }
            if !isNoun && told { continue }
            guard let preposition = firstInClause(words, after: use, within: 4, where: .preposition),
                  let actual = firstInClause(words, after: preposition, within: 3, where: .actual),
                  actual + 1 < words.count, index.tokens[sentence.lowerBound + actual + 1].hash != Self.time else { continue }
            if isConditional(words, negator: negator, clinical: actual) { continue }
            return true
        }
        return false
    }

    /// The first word after `start`, at most `distance` words on and before the clause ends, with the class.
    private func firstInClause(_ words: [DisclaimerCues.Class], after start: Int, within distance: Int,
                               where wanted: DisclaimerCues.Class) -> Int? {
        var position = start + 1
        while position < words.count, position <= start + distance, !words[position].contains(.clauseStart) {
            if words[position].contains(wanted) { return position }
            position += 1
        }
        return nil
    }
}
