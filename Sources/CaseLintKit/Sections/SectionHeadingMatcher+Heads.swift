import Foundation

/// A heading's head: the words that say what it is about, read the way English builds a heading.
/// A noun phrase ends in its head ("Model Evaluation"), a question asks about a noun ("What problem
/// are we solving?", "What's in the data"), a relative clause follows its noun ("Problem we are
/// solving"), and pronouns, generic tails and some verbs end a heading without being its head.
extension SectionHeadingMatcher {
    /// The parts whose words end a piece of the heading, as its head: "Scope and Limits", "What still
    /// goes wrong", "How we measured it" (pronouns and generic tails dropped first).
    func headWords(inPieces pieces: [[Token]]) -> Set<String> {
        var found: Set<String> = []
        // Read by the closures below, which copied the whole matcher (retaining each of its arrays) to reach it.
        let labelParts = mentionMatcher.labelParts
        // "Why we built this", "Why it matters": a heading that asks why states the motivation.
        // Its other words say what was motivated ("built" is not the method here).
        // "Why XGBoost over a neural network?" weighs one choice against another: the method's rationale.
        if let first = pieces.first?.first, first.hash == Self.why {
            let weighsChoices = pieces.joined().contains { Self.comparisons.contains($0.hash) }
            return weighsChoices ? [] : [CaseStudyPart.problem.rawValue]
        }
        // "What problem are we solving?", "Which data did we use?": the noun a question asks about is its head;
        // "What's in the data", "What is in our cohort": the place it asks about.
        if let piece = pieces.first, let lead = piece.indices.first, Self.asking.contains(piece[lead].hash),
           lead + 1 < piece.count {
            var asked = lead + 1
            if piece[asked].hash == Self.isWord, asked + 1 < piece.count { asked += 1 }
            if piece[asked].hash == Self.inWord {
                asked += 1
                while asked < piece.count - 1, Self.determiners.contains(piece[asked].hash) { asked += 1 }
            } else {
                asked = lead + 1
            }
            mentionMatcher.forEachMatch(in: piece, range: asked..<piece.count) { list, first, _ in
                guard first == asked else { return }
                for label in labelParts[list] { found.insert(label) }
            }
        }
        for piece in pieces {
            // "What I'd check next", "Left for later": an adverb of time closing the heading says what it
            // is about, even after the preposition that would cut its head.
            if piece.count > 1, let last = piece.last, Self.closingTimeWords.contains(last.hash) {
                found.insert(CaseStudyPart.nextSteps.rawValue)
            }
            var end = piece.count
            if let preposition = piece.firstIndex(where: { Self.prepositions.contains($0.hash) }), preposition > 0 { end = preposition }
            while end > 1, Self.pronouns.contains(piece[end - 1].hash) || Self.trailingVerbs.contains(piece[end - 1].hash)
                || generic.contains(piece[end - 1].hash) { end -= 1 }
            // "Problem we are solving", "Data I used": a relative clause follows the head.
            for limit in [relativeClauseStart(piece, before: end), end].compactMap({ $0 }) {
                var hasHead = false
                mentionMatcher.forEachMatch(in: piece, range: 0..<limit) { list, _, last in
                    guard last == limit - 1 else { return }
                    hasHead = true
                    for label in labelParts[list] { found.insert(label) }
                }
                if hasHead { break }
            }
        }
        return found
    }

    static let why = TextIndex.hash("why".utf8)
    static let closingTimeWords: Set<UInt64> = Set(["next", "later"].map { TextIndex.hash($0.utf8) })
    static let comparisons: Set<UInt64> = Set(["over", "vs", "versus", "instead", "rather"].map { TextIndex.hash($0.utf8) })
    /// Word hashes drop apostrophes, so "we're" is hashed as "were", "I'm" as "im" ("Accomplishments that we're proud of").
    static let subjects: Set<UInt64> = Set(["we", "i", "you", "they", "it", "were", "im", "weve", "ive", "theyre", "youre"]
        .map { TextIndex.hash($0.utf8) })
    /// Verbs that end a heading without being its head: "Where the data comes from", "What the cohort looks like".
    static let trailingVerbs: Set<UInt64> = Set(["comes", "come", "looks", "look", "lives"].map { TextIndex.hash($0.utf8) })

    /// Where a relative clause starts after a noun ("Problem | we are solving"), if before `end`.
    /// A question word before the subject opens a question instead: "How we measured it".
    func relativeClauseStart(_ piece: [Token], before end: Int) -> Int? {
        guard let subject = piece.firstIndex(where: { Self.subjects.contains($0.hash) }), subject > 0, subject < end,
              !piece[..<subject].contains(where: { Self.questionWords.contains($0.hash) }) else { return nil }
        // "Accomplishments that we're proud of": the noun ends before the relative pronoun.
        if subject > 1, Self.relativePronouns.contains(piece[subject - 1].hash) { return subject - 1 }
        return subject
    }

    static let relativePronouns: Set<UInt64> = Set(["that", "which"].map { TextIndex.hash($0.utf8) })
    /// Participles that close a heading's noun phrase after its head: "Failure modes seen in development".
    /// Not "found": "Ground Truth Gaps Found" under Key Findings reports what the evaluation found.
    static let postParticiples: Set<UInt64> = Set(["seen", "observed", "identified", "obtained", "noted", "encountered",
                                                   "reported", "measured", "achieved", "planned", "known"].map { TextIndex.hash($0.utf8) })

    static let questionWords: Set<UInt64> = Set(["how", "what", "why", "where", "when", "which", "who", "whats"].map { TextIndex.hash($0.utf8) })
    static let asking: Set<UInt64> = Set(["what", "which", "whats"].map { TextIndex.hash($0.utf8) })
    static let isWord = TextIndex.hash("is".utf8)
    static let inWord = TextIndex.hash("in".utf8)
    static let determiners: Set<UInt64> = Set(["the", "our", "this", "my", "your"].map { TextIndex.hash($0.utf8) })
    static let pronouns: Set<UInt64> = Set(["it", "this", "that", "these", "those", "them", "us", "me", "you", "here", "there",
                                            "today", "now", "so", "far", "yet"].map { TextIndex.hash($0.utf8) })
}
