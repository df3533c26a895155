/// A statement frame and its question: "Where the model fails" is asked as "Where does it fail?",
/// "Where the forecasts go wrong" as "Where do they go wrong?". Listing one form gives both, as a
/// singular gives its plural (SectionHeadingMatcher+Plurals.swift).
extension SectionHeadingMatcher {
    /// The question forms of a frame that opens with a question word and whose words after the gap
    /// open with a verb in the third person ("where * fails" gives "where does * fail" and
    /// "where do * fail"); none for any other frame.
    static func questionForms(ofFrame phrase: String) -> [String] {
        let sides = phrase.split(separator: "*", maxSplits: 1, omittingEmptySubsequences: false)
        guard sides.count == 2 else { return [] }
        let opening = sides[0].split(separator: " ")
        var after = sides[1].split(separator: " ").map(String.init)
        guard opening.count == 1, let wh = opening.first, statementQuestionWords.contains(String(wh)),
              let verb = after.first, let base = baseForm(ofThirdPerson: verb) else { return [] }
        after[0] = base
        let tail = after.joined(separator: " ")
        return ["\(wh) does * \(tail)", "\(wh) do * \(tail)"]
    }

    static let statementQuestionWords: Set<String> = ["where", "when", "how"]

    /// "fails" -> "fail", "goes" -> "go", "falls" -> "fall"; nil for a word that is not such a verb form
    /// (a listed frame ends in a noun or an adjective as often as in a verb: "how * works" but "where * is").
    static func baseForm(ofThirdPerson word: String) -> String? {
        if word == "goes" || word == "does" { return String(word.dropLast(2)) }
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("es") || word.hasSuffix("kes") else { return nil }
        return String(word.dropLast())
    }
}
