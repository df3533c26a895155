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
/// decisions about staffing" describes it). A clinical act (`clinical_acts`: dose, prescribe, diagnose)
/// serves as the verb of deciding in both ("Please do not dose anyone with this", "should not be used
/// to dose"), and a treatment or care as the decision ("to assign a subtype or guide treatment").
/// Advice denied on its own closes the file (`deniedAdvice`).
extension DisclaimerScanner {
    func deniedDecisions(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for (negator, word) in words.enumerated() where word.contains(.negator) {
            // "Please do not make any insulin or food decisions from this code": an instruction, its verb of
            // deciding right after the negator and the decision a few words on.
            if opensInstruction(words, negator: negator, sentence: sentence), negator + 1 < words.count {
                // "Please do not dose anyone with this": the clinical act itself.
                if isClinicalAct(words, at: negator + 1, sentence: sentence) { return true }
                if words[negator + 1].contains(.decisionVerb) {
                    let end = min(words.count - 1, negator + 7)
                    if negator + 2 <= end, words[(negator + 2)...end].contains(where: { $0.contains(.decision) }) { return true }
                }
            }
            if modalDecisionAboutCare(words, negator: negator) { return true }
            // The verb "use" within four words of the negator, in its clause: "do not use it", "must not be
            // used", "Nothing here should be used".
            // "None of these compounds should be used": a modal carries the negation two words further.
            let reach = words[(negator + 1)..<min(words.count, negator + 5)].contains { $0.contains(.modal) } ? 6 : 4
            var verb = negator + 1
            while verb < words.count, verb <= negator + reach, !words[verb].contains(.useVerb), !words[verb].contains(.clauseStart) { verb += 1 }
            guard verb < words.count, verb <= negator + reach, words[verb].contains(.useVerb) else { continue }
            // Then "to" (with at most the object between), a verb of deciding, and the decision a few words on;
            // a second verb after "or" may carry it ("to assign a subtype or guide treatment").
            var position = verb + 1
            while position < words.count, position <= verb + 6, !words[position].contains(.clauseStart) {
                // "to decide whether ...", "to choose anyone's dose", "to dose anyone": the verb is the decision.
                if words[position].contains(.deciding) || isClinicalAct(words, at: position, sentence: sentence),
                   words[position - 1].contains(.preposition) {
                    return true
                }
                if words[position].contains(.decisionVerb), words[position - 1].contains(.preposition) || words[position - 1].contains(.joiner) {
                    let end = min(words.count - 1, position + 4)
                    if position + 1 <= end, words[(position + 1)...end].contains(where: { $0.contains(.decision) }) { return true }
                }
                position += 1
            }
        }
        return false
    }

    /// "nothing this code produces should inform a decision about an individual patient's treatment": the
    /// negated subject, a modal within six words, a verb of deciding right after it, and a decision with a
    /// clinical word in or after it ("No single feature should drive the decision" names no care).
    private func modalDecisionAboutCare(_ words: [DisclaimerCues.Class], negator: Int) -> Bool {
        guard let modal = ((negator + 1)..<min(words.count, negator + 7)).first(where: { words[$0].contains(.modal) }),
              !words[negator...modal].contains(where: { $0.contains(.clauseStart) }),
              modal + 2 < words.count, words[modal + 1].contains(.decisionVerb),
              let decision = ((modal + 2)..<min(words.count, modal + 5)).first(where: { words[$0].contains(.decision) }) else { return false }
        let about = words[(modal + 2)..<min(words.count, decision + 7)]
        return about.contains { $0.contains(.clinical) } && !about.contains { $0.contains(.clauseStart) }
    }

    /// A clinical act; "treat" only with a person after it ("to treat anybody"; "do not treat missing values
    /// as zero" is an instruction about data).
    func isClinicalAct(_ words: [DisclaimerCues.Class], at position: Int, sentence: Range<Int>) -> Bool {
        guard words[position].contains(.clinicalAct) else { return false }
        guard index.tokens[sentence.lowerBound + position].hash == Self.treat else { return true }
        return position + 1 < words.count && Self.persons.contains(index.tokens[sentence.lowerBound + position + 1].hash)
    }

    static let here = TextIndex.hash("here".utf8)
    static let treat = TextIndex.hash("treat".utf8)
    static let persons: Set<UInt64> = Set(["anybody", "anyone", "someone", "somebody", "patients", "people", "humans", "children"]
        .map { TextIndex.hash($0.utf8) })

    /// "Nothing here is advice", "This is not advice.": advice denied on its own, closing its clause, with
    /// at most a verb and an article between ("does not give advice"); "no advice on installing" goes on.
    func deniedAdvice(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for (position, word) in words.enumerated() where word.contains(.advice) && position > 0 {
            guard position + 1 == words.count || words[position + 1].contains(.clauseStart) else { continue }
            var negator = position - 1
            while negator >= 0, position - negator <= 3,
                  !words[negator].isDisjoint(with: [.purposeVerb, .article, .delivery, .doer]) || index.tokens[sentence.lowerBound + negator].hash == Self.here {
                negator -= 1
            }
            if negator >= 0, position - negator <= 3, !words[negator].isDisjoint(with: [.negator, .nounNegator]) { return true }
        }
        return false
    }
}
