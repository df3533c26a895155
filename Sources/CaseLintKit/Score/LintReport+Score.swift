import Foundation

/// A project whose score is under the threshold in force for it.
public struct ScoreShortfall: Sendable, Equatable {
    public var path: String
    public var total: Int
    public var minimum: Int
}

extension LintReport {
    public func score(of result: ProjectResult) -> ReadinessScore {
        result.score ?? ReadinessCalculator.score(result, ruleSet: ruleSet)
    }

    /// Every project's score, in report order.
    public var scores: [ReadinessScore] { projects.map(score(of:)) }

    /// A folder's portfolio score: its members' scores and its own rules.
    public func score(of portfolio: PortfolioResult) -> PortfolioScore? {
        let members = Set(portfolio.members)
        let scored = projects.filter { members.contains($0.project.path) }.map { (path: $0.project.path, score: score(of: $0)) }
        let coherence = ReadinessCalculator.score(outcomes: portfolio.outcomes, rules: ruleSet.portfolioDefinitions,
                                                  categories: ruleSet.portfolioCategories)
        return PortfolioScore(scored, path: portfolio.path, coherence: coherence)
    }

    /// One score per portfolio folder; without any, one for all the projects when there are two or more.
    public var portfolioScores: [PortfolioScore] {
        let folders = portfolios.compactMap(score(of:))
        if !folders.isEmpty { return folders }
        return allProjectsScore.map { [$0] } ?? []
    }

    /// The report's one portfolio line (the badge's "case studies" number): the portfolio when the
    /// report is one folder of projects, else all projects together.
    public var portfolio: PortfolioScore? {
        let folders = portfolios.compactMap(score(of:))
        if folders.count == 1, folders[0].projects == projects.count { return folders[0] }
        return allProjectsScore
    }

    var allProjectsScore: PortfolioScore? {
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
