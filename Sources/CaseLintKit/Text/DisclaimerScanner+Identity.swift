import Foundation

/// What the project says it is, or is not:
/// - "phi-redactor is a research tool.", "This is a personal learning project.": a sentence that says
///   no more than what the project is, a purpose and what it names, restricts it to that purpose as
///   plainly as "for research only". The sentence must end there: "a research tool for exploring
///   cohorts" goes on to say what it does.
/// - "AskNurseBot is not a nurse, or a doctor.", "Dr.X isn't a doctor": a project that denies being a
///   clinician denies the clinical use. Only in the present ("The annotator was not a radiologist" is
///   about the labels), and not as a condition ("If the user is not a clinician, ...").
extension DisclaimerScanner {
    static let presentBe: Set<UInt64> = Set(["is", "are"].map { TextIndex.hash($0.utf8) })
    static let presentDenials: Set<UInt64> = Set(["isnt", "arent"].map { TextIndex.hash($0.utf8) })
    static let conditionOpeners: Set<UInt64> = Set(["if", "when", "unless", "whether"].map { TextIndex.hash($0.utf8) })

    func deniesBeingClinician(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        let tokens = index.tokens
        let hash = { (position: Int) in tokens[sentence.lowerBound + position].hash }
        guard !words.isEmpty, !Self.conditionOpeners.contains(hash(0)) else { return false }
        for (position, word) in words.enumerated() where word.contains(.negator) && position > 0 {
            // "isn't a", or "is not a".
            let denial = Self.presentDenials.contains(hash(position)) || Self.presentBe.contains(hash(position - 1))
            guard denial, position + 2 < words.count, words[position + 1].contains(.article) else { continue }
            // "not a doctor", "not a qualified doctor".
            if words[position + 2].contains(.professional) || position + 3 < words.count && words[position + 3].contains(.professional) {
                return true
            }
        }
        return false
    }

    /// "It's a nurse's learning project, not a device, and ...", "It is not a device.": in a README about
    /// health a project that is not a device (medical or not) denies the clinical use; the device must
    /// close its clause ("not a device driver", "not a device we tested" go on to name another thing).
    func deniesBeingDevice(_ words: [DisclaimerCues.Class]) -> Bool {
        for position in words.indices.dropLast(2) where words[position].contains(.negator) && words[position + 1].contains(.article) {
            let noun = position + 2
            guard words[noun].contains(.identity) else { continue }
            if noun + 1 == words.count || words[noun + 1].contains(.clauseStart) { return true }
        }
        return false
    }

    func purposeIdentity(_ words: [DisclaimerCues.Class]) -> Bool {
        // The subject in at most four words, then "is a" (or "is just a").
        guard let verb = words.prefix(6).firstIndex(where: { $0.contains(.purposeVerb) }) else { return false }
        var position = verb + 1
        if position < words.count, !words[position].isDisjoint(with: [.emphasis, .marker]) { position += 1 }
        guard position < words.count, words[position].contains(.article) else { return false }
        position += 1
        // One word of its own may qualify the purpose: "a personal learning project", "a retrospective research project".
        guard var purpose = (position..<min(words.count, position + 2)).first(where: { words[$0].contains(.purpose) }) else { return false }
        // "a training project", "a personal project" say what the work is or whose, not what it is for; such a
        // word only qualifies a purpose after it ("a personal learning project").
        if words[purpose].contains(.modelStage) {
            guard purpose + 1 < words.count, words[purpose + 1].contains(.purpose), !words[purpose + 1].contains(.modelStage) else { return false }
            purpose += 1
        }
        var end = purpose + 1
        while end < words.count, words[end].contains(.purposeObject) { end += 1 }
        return end > purpose + 1 && end == words.count && !words[..<verb].contains { !$0.isDisjoint(with: [.negator, .nounNegator]) }
    }
}
