import Foundation

/// The real work named as a setting after a denied status or purpose, with no use verb before it: "Not for
/// real-world use", "has not been validated in real clinical settings", "It is not ready for real-world
/// deployment". A history in the simple past ("I did not test the model in the real planning") and advice
/// ("not what you want for a real deployment") deny nothing.
extension DisclaimerScanner {
    static let simplePast: Set<UInt64> = Set(["did", "didnt", "was", "were", "wasnt", "werent"].map { TextIndex.hash($0.utf8) })
    static let worldWords: Set<UInt64> = Set(["world", "life"].map { TextIndex.hash($0.utf8) })

    /// "Not for real-world use", "has not been validated in real clinical settings": a status or purpose
    /// denied for the real work named as a noun of use or a place, a few words after the negator. "was
    /// never used in real-world settings" tells what happened.
    func deniedRealSetting(_ words: [DisclaimerCues.Class], negator: Int, sentence: Range<Int>) -> Bool {
        var preposition = negator + 1
        while preposition < words.count, preposition <= negator + 4, !words[preposition].contains(.preposition) {
            if words[preposition].contains(.clauseStart) { return false }
            preposition += 1
        }
        guard preposition < words.count, words[preposition].contains(.preposition), !words[preposition].contains(.clauseStart) else { return false }
        // Only a status, a purpose or a use between: "not what you want for a real deployment" is advice.
        guard words[(negator + 1)..<preposition].allSatisfy({ !$0.isDisjoint(with: [.use, .norm, .purposeVerb, .pastTense, .modal]) })
        else { return false }
        // A simple past tells what happened ("I did not test the model in the real planning", "was never
        // used in real-world settings"); a perfect states a status ("has not been validated in real settings").
        if negator > 0, Self.simplePast.contains(index.tokens[sentence.lowerBound + negator - 1].hash)
            || Self.simplePast.contains(index.tokens[sentence.lowerBound + negator].hash) { return false }
        var real = preposition + 1
        if real < words.count, words[real].contains(.article) { real += 1 }
        guard real < words.count, words[real].contains(.actual), isRealWork(words, at: real, sentence: sentence) else { return false }
        var noun = real + 1
        if noun < words.count, Self.worldWords.contains(index.tokens[sentence.lowerBound + noun].hash) { noun += 1 }
        guard noun < words.count, !words[noun].contains(.clauseStart) else { return false }
        // A noun of use or a place; "use" itself, a verb too, only closing the sentence ("Not for real-world use.").
        return words[noun].contains(.use) && !words[noun].contains(.useVerb) || words[noun].contains(.place)
            || words[noun].contains(.use) && words[noun].contains(.useVerb) && words[noun - 1].isDisjoint(with: [.useVerb])
                && noun + 1 == words.count
    }
}
