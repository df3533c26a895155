import Foundation

/// A calibration reported as its parts after the word: "Calibration on test: slope 0.94, intercept
/// −0.05". "Slope" and "intercept" alone are too common to be names (a heart-disease dataset's ST
/// slope, a regression's intercept); after "calibration" in the same clause they are its slope and
/// intercept.
extension MetricScanner {
    static let calibration = TextIndex.hash("calibration".utf8)
    static let calibrationParts: [UInt64: String] = [TextIndex.hash("slope".utf8): "calibration_slope",
                                                     TextIndex.hash("intercept".utf8): "calibration_intercept"]

    /// (metric id, token position) of each slope or intercept value after "calibration".
    func calibrationPartValues(_ tokens: [Token]) -> [(String, Int)] {
        var result: [(String, Int)] = []
        // Within one line, or one run of hand-wrapped prose (`WrappedLines`).
        func sameRun(_ first: Token, _ second: Token) -> Bool {
            first.line == second.line || runs[Int(first.line)] == runs[Int(second.line)]
        }
        // Only the tokens in the word's filter bucket (`TokenFilterBuckets`): not a pass over every token.
        let buckets = index.filterBuckets
        let word = PhraseMatcher.filterBit(Self.calibration).word
        for candidate in buckets.positions[Int(buckets.starts[word])..<Int(buckets.starts[word + 1])] {
            let position = Int(candidate)
            guard tokens[position].hash == Self.calibration else { continue }
            var next = position + 1
            while next + 1 < tokens.count, next - position <= 8, sameRun(tokens[position], tokens[next]) {
                if let name = Self.calibrationParts[tokens[next].hash] {
                    let value = next + 1
                    if tokens[value].line == tokens[next].line, isPlausible(tokens[value], at: value, tokens, distance: 1),
                       index.isScoreShaped(tokens[value]) {
                        result.append((name, value))
                    }
                }
                next += 1
            }
        }
        return result
    }
}
