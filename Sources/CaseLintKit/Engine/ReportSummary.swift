import Foundation

/// What a report still needs once its projects have streamed past: the counts, one line per project
/// (path, score, threshold, counts), the portfolios and the baselines. It holds no finding and no
/// fact of a project: about 60 bytes per project (`ProjectLines`), however many findings a run has.
public struct ReportSummary: Sendable {
    public struct ProjectLine: Sendable, Equatable {
        public var path: String
        public var total: Int
        /// `min_score` from the project's configuration.
        public var minScore: Int?
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// The run's portfolio the project is a member of (`PortfolioResult.index`).
        public var portfolio: Int? = nil
        /// No error and no warning.
        public var clean: Bool { errors == 0 && warnings == 0 }
        public var band: ScoreBand { ScoreBand(total: total) }
    }

    public let ruleSet: RuleSet
    public private(set) var projects = ProjectLines()
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var infos = 0
    /// The folders linted as portfolios, in report order.
    public private(set) var portfolios: [PortfolioResult] = []
    public var baselines: [BaselineOutcome] = []

    /// - expected: how many projects the run has, so the lines are allocated once.
    public init(ruleSet: RuleSet, expected: Int = 0) {
        self.ruleSet = ruleSet
        projects.reserveCapacity(expected)
    }

    /// The summary of a report held in memory.
    public init(_ report: LintReport) {
        self.init(ruleSet: report.ruleSet)
        for result in report.projects { add(result) }
        for portfolio in report.portfolios { add(portfolio) }
        baselines = report.baselines
    }

    public mutating func add(_ result: ProjectResult) {
        let counts = Self.counts(result.diagnostics)
        errors += counts.errors
        warnings += counts.warnings
        infos += counts.infos
        let total = (result.score ?? ReadinessCalculator.score(result, ruleSet: ruleSet)).total
        projects.append(ProjectLine(path: result.project.path, total: total, minScore: result.minScore,
                                    errors: counts.errors, warnings: counts.warnings, infos: counts.infos,
                                    portfolio: result.portfolioIndex))
    }

    public mutating func add(_ portfolio: PortfolioResult) {
        let counts = Self.counts(portfolio.diagnostics)
        errors += counts.errors
        warnings += counts.warnings
        infos += counts.infos
        portfolios.append(portfolio)
    }

    static func counts(_ diagnostics: [Diagnostic]) -> (errors: Int, warnings: Int, infos: Int) {
        var counts = (errors: 0, warnings: 0, infos: 0)
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .info: counts.infos += 1
            }
        }
        return counts
    }

    public var clean: Int { projects.filter(\.clean).count }

    /// A folder's portfolio score: its members' totals and its own rules.
    public func score(of portfolio: PortfolioResult) -> PortfolioScore? {
        var lines: [ProjectLine] = []
        if portfolio.index == nil || !portfolio.members.isEmpty {
            let members = Set(portfolio.members)
            lines = projects.filter { members.contains($0.path) }
        }
        let coherence = ReadinessCalculator.score(outcomes: portfolio.outcomes, rules: ruleSet.portfolioDefinitions,
                                                  categories: ruleSet.portfolioCategories)
        guard let index = portfolio.index, portfolio.members.isEmpty else {
            return PortfolioScore(Self.scored(lines), path: portfolio.path, coherence: coherence)
        }
        return PortfolioScore(Self.scored(projects.lazy.filter { $0.portfolio == index }, capacity: projects.count), path: portfolio.path, coherence: coherence)
    }

    /// Each member's path in report order: those a hand-built portfolio lists, else the lines of its
    /// members (one by one, never all paths at once).
    public func forEachMember(of portfolio: PortfolioResult, _ body: (String) throws -> Void) rethrows {
        guard let index = portfolio.index, portfolio.members.isEmpty else { return try portfolio.members.forEach(body) }
        for line in projects where line.portfolio == index { try body(line.path) }
    }

    /// What `PortfolioScore` reads of each line, in order: the total, and the path of the first of
    /// the weakest (the one it names); the other paths are left empty rather than held by thousands.
    /// - capacity: how many lines there may be, so the list is allocated once.
    static func scored<Lines: Sequence>(_ lines: Lines, capacity: Int = 0) -> [(path: String, total: Int)] where Lines.Element == ProjectLine {
        var scored: [(path: String, total: Int)] = []
        scored.reserveCapacity(Swift.max(capacity, lines.underestimatedCount))
        var weakest: (index: Int, total: Int)?
        for line in lines {
            if weakest == nil || line.total < weakest!.total {
                if let weakest { scored[weakest.index].path = "" }
                weakest = (scored.count, line.total)
                scored.append((line.path, line.total))
            } else {
                scored.append(("", line.total))
            }
        }
        return scored
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

    var allProjectsScore: PortfolioScore? { PortfolioScore(Self.scored(projects)) }

    /// Projects below `minimum` (from --min-score), or below their configuration's `min_score`
    /// when no minimum is given on the command line.
    public func shortfalls(minimum: Int?) -> [ScoreShortfall] {
        projects.compactMap { line in
            guard let threshold = minimum ?? line.minScore, line.total < threshold else { return nil }
            return ScoreShortfall(path: line.path, total: line.total, minimum: threshold)
        }
    }
}
