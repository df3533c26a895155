import Foundation

/// "phi-redactor is a research tool.", "This is a personal learning project.": a sentence that says
/// no more than what the project is, a purpose and what it names, restricts it to that purpose as
/// plainly as "for research only". The sentence must end there: "a research tool for exploring
/// cohorts" goes on to say what it does.
extension DisclaimerScanner {
    func purposeIdentity(_ words: [DisclaimerCues.Class]) -> Bool {
        // The subject in at most four words, then "is a" (or "is just a").
        guard let verb = words.prefix(6).firstIndex(where: { $0.contains(.purposeVerb) }) else { return false }
        var position = verb + 1
        if position < words.count, !words[position].isDisjoint(with: [.emphasis, .marker]) { position += 1 }
        guard position < words.count, words[position].contains(.article) else { return false }
        position += 1
        // One word of its own may qualify the purpose: "a personal learning project", "a retrospective research project".
        guard let purpose = (position..<min(words.count, position + 2)).first(where: { words[$0].contains(.purpose) }),
              !words[purpose].contains(.modelStage) else { return false }
        var end = purpose + 1
        while end < words.count, words[end].contains(.purposeObject) { end += 1 }
        return end > purpose + 1 && end == words.count && !words[..<verb].contains { !$0.isDisjoint(with: [.negator, .nounNegator]) }
    }
}
