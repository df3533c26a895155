import Foundation

/// "We measured sensitivity on the 412 test radiographs. It came out at 0.93": a sentence that names
/// one metric without a value, and a next sentence of the same paragraph whose "it" (after a short
/// opening phrase at most) states a value in a few linking words, gives the name that value. Not "this"
/// or "that": "This is 0.5 for a random model" explains a number more often than it reports one.
extension MetricScanner {
    static let pronouns: Set<UInt64> = Set(["it"].map { TextIndex.hash($0.utf8) })
    static let pronounLinks: Set<UInt64> = Set(["was", "is", "came", "comes", "out", "at", "reached", "stood", "landed", "ended",
                                               "up", "about", "around", "approximately", "roughly", "only", "just", "nearly",
                                               "of", "to", "be", "turned", "works"].map { TextIndex.hash($0.utf8) })
    /// Words that make a sentence about a metric something other than its measurement: a negation, a
    /// plan, a wish ("We did not compute the AUROC.", "We hope to reach this AUROC per site:").
    static let hedges: Set<UInt64> = Set(["not", "no", "never", "nor", "didn", "wasn", "weren", "isn", "aren", "don", "doesn",
                                         "haven", "hasn", "cannot", "will", "would", "should", "could", "might", "may", "hope",
                                         "hoping", "plan", "plans", "aim", "aims", "want", "wish", "intend", "intends",
                                         "expect", "expects", "target", "targets", "goal", "goals", "reported", "published"]
                                        .map { TextIndex.hash($0.utf8) })

    /// Whether the sentence holding the name, from its start to the name's end, carries a hedge or an
    /// expectation cue, or attributes the figure to other work.
    func isHedged(_ match: PhraseMatcher.Match, _ tokens: [Token], context: MetricContext) -> Bool {
        if context.isLiterature(match.firstToken) { return true }
        let bytes = index.lower
        var position = match.firstToken
        while position > 0, match.firstToken - position < 30 {
            let gap = bytes[Int(tokens[position - 1].end)..<Int(tokens[position].start)]
            if gap.contains(UInt8(ascii: ".")) || runs[Int(tokens[position - 1].line)] != runs[Int(tokens[position].line)] { break }
            position -= 1
            let hash = tokens[position].hash
            if Self.hedges.contains(hash) || cues.expectation.contains(hash) || cues.labels.contains(hash) { return true }
        }
        return false
    }

    func valueInNextSentence(_ match: PhraseMatcher.Match, _ tokens: [Token], _ starts: [Int: Int], context: MetricContext) -> Int? {
        let bytes = index.lower
        let run = runs[Int(tokens[match.lastToken].line)]
        var position = match.lastToken + 1
        // The rest of the name's sentence: no decimal or percentage (counts pass) and no other name before its full stop.
        while position < tokens.count, position - match.lastToken <= Self.verbReach {
            let token = tokens[position]
            guard runs[Int(token.line)] == run, starts[position] == nil, !index.isScoreShaped(token) else { return nil }
            let gap = bytes[Int(tokens[position - 1].end)..<Int(token.start)]
            if gap.contains(UInt8(ascii: ";")) || gap.contains(UInt8(ascii: ":")) { return nil }
            if gap.contains(UInt8(ascii: ".")) { break }
            if Self.hedges.contains(token.hash) { return nil }
            position += 1
        }
        // "On the test set it was 97.4%": a short phrase may open the sentence before the pronoun.
        var opening = 0
        while opening < 5, position < tokens.count, runs[Int(tokens[position].line)] == run, !Self.pronouns.contains(tokens[position].hash),
              !tokens[position].isNumber, starts[position] == nil {
            position += 1
            opening += 1
            // The opening phrase stays in the next sentence: "The set was small. It was 0.93" is not it.
            if position < tokens.count, bytes[Int(tokens[position - 1].end)..<Int(tokens[position].start)].contains(UInt8(ascii: ".")) {
                return nil
            }
        }
        guard position < tokens.count, runs[Int(tokens[position].line)] == run, Self.pronouns.contains(tokens[position].hash),
              !isHedged(match, tokens, context: context) else { return nil }
        var value = position + 1
        while value < tokens.count, value - position <= 5, runs[Int(tokens[value].line)] == run, Self.pronounLinks.contains(tokens[value].hash) {
            value += 1
        }
        guard value > position + 1, value < tokens.count, runs[Int(tokens[value].line)] == run, index.isScoreShaped(tokens[value]),
              starts[value + 1] == nil || runs[Int(tokens[value + 1].line)] != run,
              isPlausible(tokens[value], at: value, tokens, distance: 1) else { return nil }
        return value
    }
}
