import Foundation

/// "Do not use SpotCheck to make decisions about your own skin or anyone else's", "should not be used
/// to make staffing decisions", "must not be used to decide whether anyone's mole gets looked at": the
/// project denied as the ground for a decision, whatever the decision is about. Of the 108 labelled
/// sentences near these shapes (corpus-dev and sets 1-56), 106 stand in a README its labeller says has
/// a disclaimer, 96 of them its quoted one; the two others are a rule for data ("should not be used to
/// judge anything about performance": "judge" is no verb of deciding here) and an operations forecast's
/// description, which neither form reads. Two forms only: the verb "use", "to"
/// and a verb of deciding ("We do not use the 5-class output for any decision" tells how the model is
/// built), or an instruction opening the sentence with the verb of deciding right after its negator
/// ("Please do not make any insulin or food decisions from this code"; "The model does not make
/// decisions about staffing" describes it).
extension DisclaimerScanner {
    func deniedDecisions(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for (negator, word) in words.enumerated() where word.contains(.negator) {
            // "Please do not make any insulin or food decisions from this code": an instruction, its verb of
            // deciding right after the negator and the decision a few words on.
            if opensInstruction(words, negator: negator, sentence: sentence), negator + 1 < words.count, words[negator + 1].contains(.decisionVerb) {
                let end = min(words.count - 1, negator + 7)
                if negator + 2 <= end, words[(negator + 2)...end].contains(where: { $0.contains(.decision) }) { return true }
            }
            // The verb "use" within three words of the negator, in its clause: "do not use it", "must not be used".
            var verb = negator + 1
            while verb < words.count, verb <= negator + 3, !words[verb].contains(.useVerb), !words[verb].contains(.clauseStart) { verb += 1 }
            guard verb < words.count, verb <= negator + 3, words[verb].contains(.useVerb) else { continue }
            // Then "to" (with at most the object between), a verb of deciding, and the decision a few words on.
            var position = verb + 1
            while position < words.count, position <= verb + 4, !words[position].contains(.clauseStart) {
                // "to decide whether ...", "to choose anyone's dose": the verb is the decision.
                if words[position].contains(.deciding), words[position - 1].contains(.preposition) { return true }
                if words[position].contains(.decisionVerb), words[position - 1].contains(.preposition) || words[position - 1].contains(.joiner) {
                    let end = min(words.count - 1, position + 4)
                    if position + 1 <= end, words[(position + 1)...end].contains(where: { $0.contains(.decision) }) { return true }
                }
                position += 1
            }
        }
        return false
    }
}
