import Foundation

/// A project whose score is under the threshold in force for it.
public struct ScoreShortfall: Sendable, Equatable {
    public var path: String
    public var total: Int
    public var minimum: Int
}

extension LintReport {
    public func score(of result: ProjectResult) -> ReadinessScore {
        ReadinessCalculator.score(result, ruleSet: ruleSet)
    }

    /// Every project's score, in report order.
    public var scores: [ReadinessScore] { projects.map(score(of:)) }

    public var portfolio: PortfolioScore? {
        PortfolioScore(zip(projects, scores).map { (path: $0.project.path, score: $1) })
    }

    /// Projects below `minimum` (from --min-score), or below their configuration's `min_score`
    /// when no minimum is given on the command line.
    public func shortfalls(minimum: Int?) -> [ScoreShortfall] {
        zip(projects, scores).compactMap { result, score in
            guard let threshold = minimum ?? result.minScore, score.total < threshold else { return nil }
            return ScoreShortfall(path: result.project.path, total: score.total, minimum: threshold)
        }
    }
}
