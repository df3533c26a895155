/// Headings that ask, in plain speech, what real use would take: the next steps of a case study.
extension SectionHeadingMatcher {
    /// "What would have to happen before clinical use", "What is needed for a pilot", "Before anyone uses
    /// this", "If I had another month": what the work would still need, asked or put as a condition.
    static func asksWhatRealUseNeeds(_ tokens: [Token]) -> Bool {
        guard tokens.count > 1, let first = tokens.first else { return false }
        // A question put to the reader ("What you need") lists requirements for running the code; one
        // about the work needs a modal ("What would it take") or the real use it is for.
        if first.hash == whatWord {
            let mustHave = zip(tokens.dropFirst(), tokens.dropFirst(2)).contains { haveWords.contains($0.hash) && $1.hash == toWord }
            return (mustHave || tokens.dropFirst().contains { necessityWords.contains($0.hash) })
                && tokens.contains { futureModals.contains($0.hash) || realUseWords.contains($0.hash) }
                && !tokens.contains { pastTense.contains($0.hash) || readerWords.contains($0.hash) }
        }
        // "Before anyone uses this", "Before clinical use", "Before anything goes live"; "Before you start"
        // and "Before you use it" open a setup guide.
        if first.hash == beforeWord {
            return tokens.dropFirst().contains { realUseWords.contains($0.hash) || careSettings.contains($0.hash) }
                && !tokens.contains { readerWords.contains($0.hash) }
        }
        // "If I had another month", "If we had more data": a plan put as a condition.
        if first.hash == ifWord, tokens.count > 3, authors.contains(tokens[1].hash) && hadWords.contains(tokens[2].hash) { return true }
        // "If this were a real product", "If this were going to be used", "If someone wanted to use this for
        // real": real use put as a condition, a subject and a verb of supposing first.
        if first.hash == ifWord, tokens.count > 3, supposedSubjects.contains(tokens[1].hash), supposingVerbs.contains(tokens[2].hash) {
            return tokens.dropFirst(3).contains { realUseWords.contains($0.hash) || careSettings.contains($0.hash) || $0.hash == realWord || $0.hash == productWord }
        }
        return false
    }

    static let supposedSubjects: Set<UInt64> = Set(["this", "it", "someone", "anyone", "somebody", "anybody", "we", "they",
                                                    "the"].map { TextIndex.hash($0.utf8) })
    static let supposingVerbs: Set<UInt64> = Set(["were", "was", "wanted", "went", "ever", "is", "gets", "got",
                                                  "became"].map { TextIndex.hash($0.utf8) })
    static let realWord = TextIndex.hash("real".utf8)
    static let productWord = TextIndex.hash("product".utf8)
    static let planLabel = "\(CaseStudyPart.nextSteps.rawValue)|strong"
    static let beforeWord = TextIndex.hash("before".utf8)
    static let ifWord = TextIndex.hash("if".utf8)
    static let necessityWords: Set<UInt64> = Set(["need", "needs", "needed", "take", "takes", "must", "required",
                                                  "requires"].map { TextIndex.hash($0.utf8) })
    static let realUseWords: Set<UInt64> = Set(["use", "uses", "using", "used", "deployment", "deploying", "deploy", "clinical",
                                                "clinic", "clinics", "production", "patients", "pilot", "rollout", "trusting",
                                                "relying"].map { TextIndex.hash($0.utf8) })
    /// Where real use happens: "Before this goes anywhere near a ward", "Before anything goes live".
    static let careSettings: Set<UInt64> = Set(["live", "ward", "wards", "hospital", "hospitals", "bedside"].map { TextIndex.hash($0.utf8) })
    /// "What would have to happen", "What has to change".
    static let haveWords: Set<UInt64> = Set(["have", "has"].map { TextIndex.hash($0.utf8) })
    static let toWord = TextIndex.hash("to".utf8)
    static let futureModals: Set<UInt64> = Set(["would", "will", "must", "should"].map { TextIndex.hash($0.utf8) })
    /// Hashes drop apostrophes: "you'll" is "youll".
    static let readerWords: Set<UInt64> = Set(["you", "youll", "youd", "your", "yourself"].map { TextIndex.hash($0.utf8) })
    static let authors: Set<UInt64> = Set(["i", "we"].map { TextIndex.hash($0.utf8) })
    static let hadWords: Set<UInt64> = Set(["had", "were", "get", "got", "could"].map { TextIndex.hash($0.utf8) })
}
