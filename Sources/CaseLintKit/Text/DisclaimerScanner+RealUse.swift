import Foundation

/// "Nothing here should be used to write real discharge summaries", "don't use it to make real
/// assignments", "not validated for use in live scheduling", "Please don't take anything here to a real
/// bedside": a use of the project denied for the real work, whatever that work is called, says it is
/// not for use as plainly as a clinical word would. What happened is no denial ("the tool was never
/// used for real planning"), and neither is what the project reads ("we did not use real patient
/// data": no preposition between the use and "real"; "Never paste real patient names into the prompt").
/// Three near kin are read here too, as they deny the same real use in other words: the reader's own
/// health ("Please don't ask this model about your own health"), the author refusing to let it near a
/// real patient, and a status denied for use in practice.
extension DisclaimerScanner {
    /// "real-time" names a speed, not the real work.
    static let time = TextIndex.hash("time".utf8)
    /// Words that may open an instruction before its negator: "Please don't", "So do not".
    static let instructionOpeners: Set<UInt64> = Set(["please", "do", "so", "and", "but"].map { TextIndex.hash($0.utf8) })
    static let doWord = TextIndex.hash("do".utf8)
    static let nobody = TextIndex.hash("nobody".utf8)
    /// Negators that make an instruction on their own ("Don't", "Never", "Nobody"); "not" needs "do" before it.
    static let instructionNegators: Set<UInt64> = Set(["dont", "never", "nobody"].map { TextIndex.hash($0.utf8) })

    func deniedRealUse(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for (negator, word) in words.enumerated() where word.contains(.negator) {
            if deniedUseReaches(words, negator: negator, sentence: sentence) || instructionReaches(words, negator: negator, sentence: sentence)
                || keepsFromReadersHealth(words, negator: negator, sentence: sentence) || refusesToLetNear(words, negator: negator, sentence: sentence)
                || deniedPractice(words, negator: negator) || deniedRealSetting(words, negator: negator, sentence: sentence) {
                return true
            }
        }
        return false
    }

    /// "should not be used to estimate prognosis for a real patient": the verb or noun "use" within eight
    /// words of the negator, then a preposition, and "real" at most three words after it.
    private func deniedUseReaches(_ words: [DisclaimerCues.Class], negator: Int, sentence: Range<Int>) -> Bool {
        let last = min(words.count - 1, negator + 8)
        guard negator + 1 <= last,
              let use = ((negator + 1)...last).first(where: { words[$0].contains(.useVerb) }),
              !words[(negator + 1)...use].contains(where: { $0.contains(.clauseStart) }) else { return false }
        // "for use in live scheduling" names the use as a noun, whatever the tense around it.
        let isNoun = words[use - 1].contains(.preposition)
        let told = words[negator].contains(.pastTense) || negator > 0 && words[negator - 1].contains(.pastTense)
            || words[(negator + 1)..<use].contains { $0.contains(.pastTense) }
        if !isNoun && told { return false }
        var preposition: Int?
        var position = use + 1
        while position < words.count, position <= use + 8, !words[position].contains(.clauseStart) {
            if words[position].contains(.preposition) { preposition = position }
            if words[position].contains(.actual), let preposition, position - preposition <= 3, isRealWork(words, at: position, sentence: sentence) {
                return !isConditional(words, negator: negator, clinical: position)
            }
            position += 1
        }
        return false
    }

    /// "Please don't take anything here to a real bedside", "please do not point this at a real patient's
    /// eyes": an instruction, its negator among the sentence's first words, that keeps the project from
    /// the real work within its clause; real data or records it must not be given ("Please don't add real
    /// patient reports to issues") are a privacy rule, not a disclaimer.
    private func instructionReaches(_ words: [DisclaimerCues.Class], negator: Int, sentence: Range<Int>) -> Bool {
        guard opensInstruction(words, negator: negator, sentence: sentence) else { return false }
        var position = negator + 1
        while position < words.count, position <= negator + 10, !words[position].contains(.clauseStart) {
            // "Please don't use the synthetic data to draw conclusions about real services": a rule for the data.
            if words[position].contains(.dataSubject) { return false }
            if words[position].contains(.actual) {
                let after = words[(position + 1)..<min(words.count, position + 3)]
                return isRealWork(words, at: position, sentence: sentence) && !after.contains { !$0.isDisjoint(with: [.dataSubject, .sharedRecord]) }
                    && !isConditional(words, negator: negator, clinical: position)
            }
            position += 1
        }
        return false
    }

    /// "Please don't ask this model about your own health", "Do not use it on your own medications", "Don't
    /// change your insulin because of anything in this repository": an instruction that keeps the project
    /// from the reader's own care, as a patient would use it.
    private func keepsFromReadersHealth(_ words: [DisclaimerCues.Class], negator: Int, sentence: Range<Int>) -> Bool {
        guard opensInstruction(words, negator: negator, sentence: sentence) else { return false }
        var position = negator + 1
        while position + 1 < words.count, position <= negator + 10, !words[position].contains(.clauseStart) {
            if index.tokens[sentence.lowerBound + position].hash == Self.your {
                // "your own health" reaches three words on; "your insulin" only the next word.
                let own = index.tokens[sentence.lowerBound + position + 1].hash == Self.own
                let first = position + (own ? 2 : 1)
                let after = words[min(first, words.count)..<min(words.count, first + (own ? 3 : 1))]
                // "Don't paste your own patient data into the prompt" is a privacy rule, as with real records;
                // "your patients" are the reader's patients, not the reader's care.
                if own {
                    return after.contains { $0.contains(.clinical) } && !after.contains { !$0.isDisjoint(with: [.dataSubject, .sharedRecord]) }
                }
                // "Never change your medication without talking to your doctor first" is the advice to consult
                // one, a false friend (rules/responsibility.yml, professionals).
                guard first < words.count, words[first].contains(.clinical),
                      !words.contains(where: { !$0.isDisjoint(with: [.condition, .professional]) }) else { return false }
                let isCare = !words[first].contains(.population) || Self.readersOwnCare.contains(index.tokens[sentence.lowerBound + first].hash)
                let namesRecords = first + 1 < words.count && !words[first + 1].isDisjoint(with: [.dataSubject, .sharedRecord])
                return isCare && !namesRecords
            }
            position += 1
        }
        return false
    }

    /// A population word that is also the reader's own care after "your" ("your insulin"); other
    /// populations after "your" are the reader's patients ("your patients").
    static let readersOwnCare: Set<UInt64> = Set(["insulin"].map { TextIndex.hash($0.utf8) })

    /// "I wouldn't let this near a real patient's film", "We would not let it decide for real patients": the
    /// author refusing the project the real work, patients named right after "real".
    private func refusesToLetNear(_ words: [DisclaimerCues.Class], negator: Int, sentence: Range<Int>) -> Bool {
        let hash = { self.index.tokens[sentence.lowerBound + $0].hash }
        guard let letWord = ((negator + 1)..<min(words.count, negator + 3)).first(where: { hash($0) == Self.letVerb }) else { return false }
        var position = letWord + 1
        while position + 1 < words.count, position <= letWord + 6, !words[position].contains(.clauseStart) {
            if words[position].contains(.actual) {
                return words[(position + 1)..<min(words.count, position + 3)].contains { $0.contains(.population) }
            }
            position += 1
        }
        return false
    }

    /// "It is not approved for use in any practice", "not validated for use in practice": a status denied
    /// for use where care happens, with no clinical word needed (a GP's practice is one).
    private func deniedPractice(_ words: [DisclaimerCues.Class], negator: Int) -> Bool {
        guard let norm = ((negator + 1)..<min(words.count, negator + 3)).first(where: { words[$0].contains(.norm) }) else { return false }
        var position = norm + 1
        guard position + 2 < words.count, words[position].contains(.preposition), words[position + 1].contains(.use),
              words[position + 2].contains(.preposition) else { return false }
        position += 3
        let last = min(words.count - 1, position + 2)
        guard position <= last else { return false }
        for word in words[position...last] {
            if word.contains(.clauseStart) { return false }
            if word.contains(.place) { return true }
        }
        return false
    }

    static let letVerb = TextIndex.hash("let".utf8)
    static let your = TextIndex.hash("your".utf8)
    static let own = TextIndex.hash("own".utf8)

    /// Whether the negator opens an instruction to the reader: "Please don't", "Do not", "Never", "So do
    /// not" at the start of the sentence or of a clause of its own ("not ophthalmologists — please do not ...").
    func opensInstruction(_ words: [DisclaimerCues.Class], negator: Int, sentence: Range<Int>) -> Bool {
        var start = negator
        while start > 0, !words[start].contains(.clauseStart) { start -= 1 }
        let hashes = (start...negator).map { index.tokens[sentence.lowerBound + $0].hash }
        guard negator - start <= 2, hashes.dropLast().allSatisfy(Self.instructionOpeners.contains),
              Self.instructionNegators.contains(hashes[hashes.count - 1]) || hashes.dropLast().contains(Self.doWord) else {
            return false
        }
        // "Nobody should ...", "Please nobody put this ..." instruct; "Nobody in the competition could check
        // which positives are real binders" tells what happened: alone, the subject needs a modal within a few words.
        return hashes != [Self.nobody] || words[(negator + 1)..<min(words.count, negator + 5)].contains(where: { $0.contains(.modal) })
    }

    /// "real" before the work it names: a word follows, and not "time" ("real-time").
    func isRealWork(_ words: [DisclaimerCues.Class], at position: Int, sentence: Range<Int>) -> Bool {
        position + 1 < words.count && index.tokens[sentence.lowerBound + position + 1].hash != Self.time
    }
}
