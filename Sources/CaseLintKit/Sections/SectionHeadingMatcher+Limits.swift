/// Headings that ask about a project's limits in plain speech, with no listed word for them.
extension SectionHeadingMatcher {
    /// "What this benchmark cannot tell you", "Where I would not trust it": a question about what the
    /// work cannot do, or where not to rely on it, is about its limits, whatever its other words are.
    /// In the past tense it tells the story of the work instead: a write-up's "What didn't work" lists
    /// the experiments that were dropped. "Why not a transformer?" weighs a choice and is left alone.
    static func asksWhatItCannot(_ tokens: [Token]) -> Bool {
        guard tokens.count > 2, let first = tokens.first, limitQuestionWords.contains(first.hash),
              !tokens.contains(where: { pastTense.contains($0.hash) }) else { return false }
        return tokens.dropFirst().contains { negations.contains($0.hash) }
    }

    /// "Things that went wrong" says what "What went wrong" says: "things that" has no head noun of
    /// its own, so the heading is read with "what" in its place.
    static func thingsThatAsWhat(_ tokens: [Token]) -> [Token]? {
        guard tokens.count > 2, genericThings.contains(tokens[0].hash), relativePronouns.contains(tokens[1].hash) else { return nil }
        var rest = Array(tokens.dropFirst())
        rest[0].hash = whatWord
        return rest
    }

    static let pastTense: Set<UInt64> = Set(["did", "didnt", "was", "wasnt", "were", "werent"].map { TextIndex.hash($0.utf8) })
    static let limitsLabel = "\(CaseStudyPart.risks.rawValue)|strong"
    static let whatWord = TextIndex.hash("what".utf8)
    static let genericThings: Set<UInt64> = Set(["things", "stuff"].map { TextIndex.hash($0.utf8) })
    static let limitQuestionWords: Set<UInt64> = Set(["what", "whats", "where", "when", "which"].map { TextIndex.hash($0.utf8) })
    /// Word hashes drop apostrophes: "can't" is hashed as "cant", "doesn't" as "doesnt".
    static let negations: Set<UInt64> = Set(["not", "cannot", "cant", "dont", "doesnt", "wont", "isnt", "arent",
                                             "shouldnt", "wouldnt", "couldnt", "never"].map { TextIndex.hash($0.utf8) })
}
