import Foundation

/// A folder of projects scored as a whole: the mean of its projects' scores and the project that
/// needs the most work, and, when the folder was linted as a portfolio, its coherence (the
/// portfolio rules: size, lane, duplicates) with the actions that would raise it.
///
/// total = round(((100 - W) · mean + W · coherence) / 100), where W is the summed weight of the
/// portfolio categories (`scope: portfolio`, 20 by default) with a rule that applies, and coherence
/// is their score, computed like a project's (`ReadinessCalculator`). With no portfolio rule
/// applicable, total = mean.
public struct PortfolioScore: Sendable, Equatable {
    /// The folder, for a portfolio; nil for projects named one by one (`lint a b`).
    public var path: String?
    public var projects: Int
    public var mean: Int
    public var weakestPath: String
    public var weakestTotal: Int
    public var total: Int
    /// The unrounded total.
    public var exact: Double
    /// The portfolio rules' score by category, nil when none applied.
    public var coherence: ReadinessScore?
    /// Failed portfolio rules, with the points of the portfolio total each would add.
    public var actions: [ScoreAction]

    public var band: ScoreBand { ScoreBand(total: total) }

    /// Nil for fewer than two projects: one project's score is its own line already.
    /// - scored: each project's path and total, in report order.
    public init?(_ scored: [(path: String, total: Int)], path: String? = nil, coherence: ReadinessScore? = nil) {
        guard scored.count > 1 else { return nil }
        self.path = path
        projects = scored.count
        let exactMean = scored.reduce(0.0) { $0 + Double($1.total) } / Double(scored.count)
        mean = ScoreRounding.percent(exactMean)
        // The first of equally weak projects, in report order.
        let weakest = scored.min { $0.total < $1.total }!
        weakestPath = weakest.path
        weakestTotal = weakest.total
        let share = Double(min(coherence.map(Self.weight) ?? 0, 100))
        if let coherence, coherence.isApplicable, share > 0 {
            self.coherence = coherence
            exact = ((100 - share) * exactMean + share * coherence.exact) / 100
            actions = coherence.actions.map { action in
                var scaled = action
                scaled.points = action.points * share / 100
                return scaled
            }
        } else {
            self.coherence = nil
            exact = exactMean
            actions = []
        }
        total = ScoreRounding.percent(exact)
    }

    /// W: the weight of the portfolio categories that have an applicable rule.
    public static func weight(_ coherence: ReadinessScore) -> Int {
        coherence.categories.filter { $0.fraction != nil }.reduce(0) { $0 + $1.category.weight }
    }
}
