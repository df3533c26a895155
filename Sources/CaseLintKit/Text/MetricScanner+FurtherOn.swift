import Foundation

/// A metric's value stated past the usual few words after its name.
extension MetricScanner {
    /// "The AUROC of the final model on the held-out test set was 0.81", "Strict F1 on the i2b2 2009
    /// test set: 0.87": past the window, a verb that states the result, or a colon, in the same sentence
    /// and with no other metric between, still gives the name its value: a decimal or a percentage right
    /// after it (or after "about", "roughly" ...). Counts and years on the way ("across the 50 test
    /// volumes") are passed over; another decimal or percentage ends the search, since it belongs to
    /// something else.
    func valueFurtherOn(_ match: PhraseMatcher.Match, _ tokens: [Token], _ starts: [Int: Int]) -> Int? {
        let bytes = index.lower
        // The sentence may wrap by hand ("Cohen's kappa against the MURA\nlabel was 0.59"): the walk
        // stays within the name's run of wrapped prose lines, not its line.
        let run = runs[Int(tokens[match.lastToken].line)]
        func inRun(_ position: Int) -> Bool { runs[Int(tokens[position].line)] == run }
        func isValue(_ position: Int) -> Bool {
            position < tokens.count && inRun(position) && index.isScoreShaped(tokens[position])
        }
        var position = match.lastToken + 1
        var namesModel = false
        while position < tokens.count, position - match.lastToken <= Self.verbReach, inRun(position), starts[position] == nil {
            let gap = bytes[Int(tokens[position - 1].end)..<Int(tokens[position].start)]
            if gap.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") }) { return nil }
            if gap.contains(UInt8(ascii: ":")) {
                // "Time-dependent AUC at 5 years on METABRIC: clinical 0.70, elastic-net 0.76": a short label of
                // words (no number, no other metric) may open the list after the colon, on its line.
                var value = position
                while value < tokens.count, value - position < 3, tokens[value].line == tokens[position].line, !tokens[value].isNumber,
                      starts[value] == nil {
                    value += 1
                }
                return isValue(value) && tokens[value].line == tokens[position].line
                    && isPlausible(tokens[value], at: value, tokens, distance: value - match.lastToken) ? value : nil
            }
            // "MAE at 30 minutes is 13.7": a whole number with its time unit is the horizon, passed over.
            if isValue(position), !isHorizon(position, tokens) { return nil }
            // "rated 50 outputs for accuracy on a 1–5 scale: mean 4.2": a rating of the quality the name
            // names, not the metric.
            if Self.ratingScales.contains(tokens[position].hash) { return nil }
            // "The kappa between the two annotators was 0.81" measures the labels, not the model; "between
            // the model and the two graders" measures the model against them.
            if Self.modelWords.contains(tokens[position].hash) { namesModel = true }
            if Self.labellers.contains(tokens[position].hash), !namesModel { return nil }
            if Self.resultVerbs.contains(tokens[position].hash) {
                // "... after Platt scaling was\n0.048": the sentence wraps between the verb and its value.
                if let wrapped = wrappedValue(after: position, tokens, joinedBy: Self.approximately, names: starts),
                   isPlausible(tokens[wrapped], at: wrapped, tokens, distance: wrapped - match.lastToken) {
                    return wrapped
                }
                var value = position + 1
                if value < tokens.count, Self.approximately.contains(tokens[value].hash) { value += 1 }
                // The verb binds a decimal to the name as closely as adjacency would, its unit after it too:
                // "MAE at 30 minutes is 13.7 mg/dL".
                let isDecimal = value < tokens.count && index.lower[Int(tokens[value].start)..<Int(tokens[value].end)].contains(UInt8(ascii: "."))
                guard isValue(value), isPlausible(tokens[value], at: value, tokens, distance: isDecimal ? 2 : value - match.lastToken) else {
                    return nil
                }
                return value
            }
            position += 1
        }
        return nil
    }

    /// A whole number followed by a time unit on its line ("30 minutes", "60 min", "5 years").
    func isHorizon(_ position: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[position]
        guard position + 1 < tokens.count, tokens[position + 1].line == token.line, !token.percent,
              !index.lower[Int(token.start)..<Int(token.end)].contains(UInt8(ascii: ".")) else { return false }
        let next = tokens[position + 1].hash
        return Self.horizonUnits.contains(next) || Self.timeUnits.contains(next)
    }

    /// The units shorter than `horizonUnits` holds.
    static let timeUnits: Set<UInt64> = Set(["min", "mins", "minute", "minutes", "s", "sec", "seconds"].map { TextIndex.hash($0.utf8) })

    /// "the MAE difference gives 0.2", "The difference in AUC ... was 0.10": a difference of the metric is
    /// no value of it, however the value is reached.
    func namesDifference(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Bool {
        if match.lastToken + 1 < tokens.count, Self.differenceWords.contains(tokens[match.lastToken + 1].hash) { return true }
        return match.firstToken >= 2 && Self.differenceWords.contains(tokens[match.firstToken - 2].hash)
            && [Self.of, Self.inWord].contains(tokens[match.firstToken - 1].hash)
    }

    /// "from 22.1 to 18.7", "(0.979 → 0.953)", "(74% vs 71%)": a level the metric moved from or to.
    func isLevelOfChange(_ value: Int, _ tokens: [Token]) -> Bool {
        let bytes = index.lower
        func arrow(_ gap: ArraySlice<UInt8>) -> Bool {
            gap.contains(UInt8(ascii: ">")) || gap.indices.dropLast(2).contains { gap[$0] == 0xE2 && gap[$0 + 1] == 0x86 && gap[$0 + 2] == 0x92 }
        }
        if value > 0, Self.changeLinks.contains(tokens[value - 1].hash) || arrow(bytes[Int(tokens[value - 1].end)..<Int(tokens[value].start)]) {
            return true
        }
        guard value + 1 < tokens.count else { return false }
        return Self.changeLinks.contains(tokens[value + 1].hash) || arrow(bytes[Int(tokens[value].end)..<Int(tokens[value + 1].start)])
    }

    static let changeLinks: Set<UInt64> = Set(["from", "to", "vs", "versus"].map { TextIndex.hash($0.utf8) })

    static let differenceWords: Set<UInt64> = Set(["difference", "differences", "gap", "improvement", "reduction", "change", "delta",
                                                   "drop", "gain"].map { TextIndex.hash($0.utf8) })
    static let inWord = TextIndex.hash("in".utf8)

    static let verbReach = 16
    static let ratingScales: Set<UInt64> = Set(["scale", "likert"].map { TextIndex.hash($0.utf8) })
    static let resultVerbs: Set<UInt64> = Set(["was", "were", "is", "are", "reached", "reaches", "achieved", "achieves",
                                              "attained", "yielded", "yields", "gave", "gives", "scored", "scores",
                                              "equalled", "equaled", "equals"].map { TextIndex.hash($0.utf8) })
    static let labellers: Set<UInt64> = Set(["annotator", "annotators", "rater", "raters", "labeller", "labellers", "labeler",
                                            "labelers", "grader", "graders", "coders", "reviewers", "readers"].map { TextIndex.hash($0.utf8) })
    static let modelWords: Set<UInt64> = Set(["model", "models", "classifier", "algorithm", "predictions", "network",
                                              "ours"].map { TextIndex.hash($0.utf8) })
    static let approximately: Set<UInt64> = Set(["about", "around", "approximately", "roughly", "nearly", "almost", "only",
                                                "just"].map { TextIndex.hash($0.utf8) })
}
