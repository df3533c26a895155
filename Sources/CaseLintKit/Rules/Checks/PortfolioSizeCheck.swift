import Foundation

/// `kind: portfolio-size` — a folder of projects reads as a focused portfolio when it holds
/// between `min` and `max` of them (DOMAIN §7: 3-5 coherent projects, not 15 random notebooks).
/// The finding is about the selection, so it points at the folder; with too many projects it
/// names the weakest by score, the first candidates to move out.
///
///     match: {min: 3, max: 5}
public struct PortfolioSizeCheck: PortfolioCheck {
    let rule: RuleDefinition
    let minimum: Int
    let maximum: Int

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        minimum = try match.int("min") ?? 3
        maximum = try match.int("max") ?? 5
        guard minimum >= 2, minimum <= maximum else {
            throw match.error("min", nil, "needs 2 <= min <= max (a folder with one project is no portfolio)")
        }
    }

    public func evaluate(_ portfolio: PortfolioContext) -> [Finding] {
        let count = portfolio.members.count
        if count < minimum {
            return [Finding(message: "The folder holds \(count) projects: add one in your role lane before you present it as a "
                                + "portfolio (\(minimum) to \(maximum) read as focused).",
                            file: "", wholeFile: true)]
        }
        guard count > maximum else { return [] }
        let ranked = portfolio.members.enumerated().compactMap { index, member in member.score.map { (index, member.folder, $0) } }
            .sorted { ($0.2, $0.0) < ($1.2, $1.0) }
            .prefix(count - maximum).map { "\($0.1) (\($0.2))" }
        // Five names are enough to start with; when every project scores the same, none is weaker.
        let weakest = ranked.prefix(5).joined(separator: ", ") + (ranked.count > 5 ? " and \(ranked.count - 5) more" : "")
        let scores = portfolio.members.compactMap(\.score)
        let candidates = ranked.isEmpty || scores.min() == scores.max() ? "" : " The weakest by score: \(weakest)."
        return [Finding(message: "The folder holds \(count) projects: keep the \(maximum) strongest at most and move the others out "
                            + "(to archive/, listed under ignore: in the folder's .caselint.yml); \(minimum) to \(maximum) read as "
                            + "a focused portfolio, \(count) as a collection.\(candidates)",
                        file: "", wholeFile: true)]
    }
}
