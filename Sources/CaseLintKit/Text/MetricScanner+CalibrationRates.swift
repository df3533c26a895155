import Foundation

/// Calibration told in prose, by the rates it compares: "slightly over-confident at the top
/// (predicted 80%, observed about 70%)", "observed 3-year survival in the top tertile was 71%
/// against a predicted 58%", "over-confident above 0.7 (observed rate 0.63 in that bin)". A share
/// or a probability right after "observed" or "predicted" (`metric_calibration_rates`) is the
/// calibration's figure when its sentence speaks of calibration (`metric_calibration_cues`);
/// elsewhere "observed 12% of admissions" is a base rate and "predicted 30% risk" a prediction.
extension MetricScanner {
    /// Words that may stand between the rate word and its figure: "observed rate of about 0.63".
    static let rateFillers: Set<UInt64> = Set(["rate", "rates", "risk", "probability", "proportion", "share", "of", "was", "is",
                                              "about", "around", "approximately", "roughly", "a", "an", "only"].map { TextIndex.hash($0.utf8) })

    /// Positions of the figures that report a calibration in the README's prose.
    func calibrationRateValues(_ tokens: [Token], context: MetricContext) -> [Int] {
        guard !cues.calibrationRates.isEmpty else { return [] }
        let buckets = index.filterBuckets
        let words = Set(cues.calibrationRates.map { PhraseMatcher.filterBit($0).word })
        var result: [Int] = []
        for word in words.sorted() {
            for candidate in buckets.positions[Int(buckets.starts[word])..<Int(buckets.starts[word + 1])] {
                let position = Int(candidate)
                guard cues.calibrationRates.contains(tokens[position].hash),
                      index.document.kinds[Int(tokens[position].line) - 1] == .prose,
                      let value = rateFigure(after: position, tokens), inCalibrationSentence(position, tokens, context: context) else { continue }
                result.append(value)
            }
        }
        return result.sorted()
    }

    /// The share or probability at most three words after the rate word, on its line.
    private func rateFigure(after position: Int, _ tokens: [Token]) -> Int? {
        var next = position + 1
        while next < tokens.count, next - position <= 3, tokens[next].line == tokens[position].line {
            let token = tokens[next]
            if token.isNumber {
                let isShare = index.isPercent(token) || index.isFraction(token) && (index.numberValue(token).map { $0 <= 1 } ?? false)
                return isShare && isPlausible(token, at: next, tokens, distance: 1) ? next : nil
            }
            guard Self.rateFillers.contains(token.hash) else { return nil }
            next += 1
        }
        return nil
    }

    /// Whether a calibration cue stands in the sentence around `position`.
    private func inCalibrationSentence(_ position: Int, _ tokens: [Token], context: MetricContext) -> Bool {
        var start = position
        while start > 0, position - start < 40, !context.endsSentence(between: start - 1, and: start) { start -= 1 }
        var end = position + 1
        while end < tokens.count, end - position < 40, !context.endsSentence(between: end - 1, and: end) { end += 1 }
        return !cues.calibration.matches(in: tokens, range: start..<end).isEmpty
    }
}
