import Foundation

/// The outcome for one project: the data every reporter formats.
public struct ProjectResult: Sendable {
    public var project: Project
    public var domain: String?
    public var facts: Facts
    public var diagnostics: [Diagnostic]
    /// Every rule of the rule set, by id: passed, failed, not applicable or disabled.
    public var outcomes: [String: RuleOutcome]
    /// The share of its weight a rule earns when it is not all or nothing (a thin section), by id.
    public var credits: [String: Double] = [:]
    /// `min_score` from the project's configuration; `--min-score` wins over it.
    public var minScore: Int? = nil
    /// What the portfolio checks compare: title, domain and task, lane.
    public var identity = ProjectIdentity()
    /// `baseline:` from the project's configuration, resolved against the configuration's folder.
    public var baseline: URL? = nil
    /// The readiness score, computed once where the project was linted (every report reads it).
    public var score: ReadinessScore? = nil
    /// The run's portfolio this project is a member of (`PortfolioResult.index`), nil for none.
    public var portfolioIndex: Int? = nil

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}

public struct LintReport: Sendable {
    public var projects: [ProjectResult]
    public var ruleSet: RuleSet
    /// The folders of projects linted as portfolios (two members or more), in report order.
    public var portfolios: [PortfolioResult] = []
    /// The baselines that hid findings from this report (`lint --baseline`), one per file.
    public var baselines: [BaselineOutcome] = []

    public init(projects: [ProjectResult], ruleSet: RuleSet, portfolios: [PortfolioResult] = []) {
        self.projects = projects
        self.ruleSet = ruleSet
        self.portfolios = portfolios
    }

    public var errors: Int { count(.error) }
    public var warnings: Int { count(.warning) }
    public var infos: Int { count(.info) }

    /// Findings of the projects and of the portfolios.
    public func count(_ severity: Severity) -> Int {
        projects.reduce(0) { $0 + $1.count(severity) } + portfolios.reduce(0) { $0 + $1.count(severity) }
    }

    /// Every finding with the folder its file is relative to: projects first, then portfolios.
    public var locatedDiagnostics: [(diagnostic: Diagnostic, root: URL)] {
        var located: [(diagnostic: Diagnostic, root: URL)] = []
        for result in projects {
            for diagnostic in result.diagnostics { located.append((diagnostic, result.project.root)) }
        }
        for portfolio in portfolios {
            for diagnostic in portfolio.diagnostics { located.append((diagnostic, portfolio.root)) }
        }
        return located
    }
}
