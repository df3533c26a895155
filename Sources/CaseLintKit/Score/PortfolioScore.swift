import Foundation

/// The line a folder of projects adds: the mean score and the project that needs the most work.
public struct PortfolioScore: Sendable, Equatable {
    public var projects: Int
    public var mean: Int
    public var weakestPath: String
    public var weakestTotal: Int

    public var band: ScoreBand { ScoreBand(total: mean) }

    /// Nil for fewer than two projects: one project's score is its own line already.
    public init?(_ scored: [(path: String, score: ReadinessScore)]) {
        guard scored.count > 1 else { return nil }
        projects = scored.count
        let exactMean = scored.reduce(0.0) { $0 + Double($1.score.total) } / Double(scored.count)
        mean = ScoreRounding.percent(exactMean)
        // The first of equally weak projects, in report order.
        let weakest = scored.min { $0.score.total < $1.score.total }!
        weakestPath = weakest.path
        weakestTotal = weakest.score.total
    }
}
