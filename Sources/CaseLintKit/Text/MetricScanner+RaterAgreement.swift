import Foundation

/// "Inter-rater κ", "Fleiss' κ", "inter-annotator kappa": agreement between the people who judged the
/// outputs, which a README reports beside its results but which is not the model's own score.
extension MetricScanner {
    static let kappa = "kappa"
    /// Words that, before a kappa in its sentence, make it the raters' agreement.
    static let raterWords: Set<UInt64> = Set(["inter", "interrater", "interannotator", "interobserver", "intra", "rater", "raters",
                                             "annotator", "annotators", "reader", "readers", "observer", "observers", "fleiss",
                                             "fleisss", "coder", "coders", "labeller", "labellers", "labeler", "labelers", "grader",
                                             "graders"].map { TextIndex.hash($0.utf8) })
    static let sentenceReach = 16

    /// Whether the name is a kappa with one of `raterWords` before it in its sentence (and its cell).
    func isRaterAgreement(_ match: PhraseMatcher.Match) -> Bool {
        guard match.label == Self.kappa else { return false }
        let tokens = index.tokens, bytes = index.lower
        let name = tokens[match.firstToken]
        var position = match.firstToken - 1
        while position >= 0, position >= match.firstToken - Self.sentenceReach, tokens[position].line == name.line,
              tokens[position].cell == name.cell {
            if Self.raterWords.contains(tokens[position].hash) { return true }
            let gap = bytes[Int(tokens[position].end)..<Int(tokens[position + 1].start)]
            if gap.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") }) { return false }
            position -= 1
        }
        return false
    }
}
