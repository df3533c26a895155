import Foundation

/// "HR" is a hazard ratio in a survival analysis and a heart rate nearly everywhere else, so it
/// names the metric only where nothing else fits: right before a value with its confidence interval
/// ("HR 2.00 (95% CI 1.5-2.7)"), or anywhere in a README that is explicitly about survival (it names
/// Cox, Kaplan-Meier, censoring, hazards or a C-index). Even there a value in beats per minute
/// ("HR 72 bpm") is a heart rate. A README that defines the short form itself ("Hazard Ratio (HR)")
/// is read by `DefinedAbbreviations` already.
enum HazardRatioShortForm {
    static let label = "hazard_ratio"
    static let short = TextIndex.hash("hr".utf8)
    static let survivalCues: Set<UInt64> = Set(["survival", "cox", "kaplan", "censored", "censoring", "hazard", "hazards",
                                                "proportional"].map { TextIndex.hash($0.utf8) })
    static let survivalMetrics: Set<String> = [label, "c_index"]
    static let intervalCues: Set<UInt64> = Set(["ci", "confidence"].map { TextIndex.hash($0.utf8) })
    static let heartRateUnits: Set<UInt64> = Set(["bpm", "beats", "min"].map { TextIndex.hash($0.utf8) })
    /// How many tokens after "HR" the value, and after the value the interval, may stand.
    static let reach = 4

    /// Every "HR" that names a hazard ratio, as a match of the metric.
    static func matches(in index: TextIndex, names: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        let tokens = index.tokens
        let positions = tokens.indices.filter { tokens[$0].hash == short }
        guard !positions.isEmpty else { return [] }
        let survival = names.contains { survivalMetrics.contains($0.label) } || tokens.contains { survivalCues.contains($0.hash) }
        return positions.filter { position in
            let after = following(position, in: tokens)
            guard !after.contains(where: { heartRateUnits.contains(tokens[$0].hash) }) else { return false }
            let value = after.first { tokens[$0].isNumber }
            // A hazard ratio of 20 or more is all but unheard of; a heart rate below 20 is no heart rate.
            if let value, let number = index.numberValue(tokens[value]), number >= 20 { return false }
            if survival { return true }
            guard let value else { return false }
            return following(value, in: tokens).contains { intervalCues.contains(tokens[$0].hash) }
        }.map { PhraseMatcher.Match(label: label, firstToken: $0, lastToken: $0) }
    }

    /// The positions of the next few tokens on the same line and in the same table cell.
    static func following(_ position: Int, in tokens: [Token]) -> [Int] {
        let token = tokens[position]
        return Array((position + 1)..<min(tokens.count, position + 1 + reach))
            .prefix { tokens[$0].line == token.line && tokens[$0].cell == token.cell }
    }
}
