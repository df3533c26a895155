import Foundation

/// A project whose score is under the threshold in force for it.
public struct ScoreShortfall: Sendable, Equatable {
    public var path: String
    public var total: Int
    public var minimum: Int
}

/// The scores of a report held in memory; the portfolio lines come from its `ReportSummary`,
/// the same code a streamed report uses.
extension LintReport {
    public func score(of result: ProjectResult) -> ReadinessScore {
        result.score ?? ReadinessCalculator.score(result, ruleSet: ruleSet)
    }

    /// Every project's score, in report order.
    public var scores: [ReadinessScore] { projects.map(score(of:)) }

    public var summary: ReportSummary { ReportSummary(self) }

    public func score(of portfolio: PortfolioResult) -> PortfolioScore? { summary.score(of: portfolio) }

    public var portfolioScores: [PortfolioScore] { summary.portfolioScores }

    public var portfolio: PortfolioScore? { summary.portfolio }

    public func shortfalls(minimum: Int?) -> [ScoreShortfall] { summary.shortfalls(minimum: minimum) }
}
