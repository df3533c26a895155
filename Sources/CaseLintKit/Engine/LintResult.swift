import Foundation

/// The outcome for one project: the data every reporter formats.
public struct ProjectResult: Sendable {
    public var project: Project
    public var domain: String?
    public var facts: Facts
    public var diagnostics: [Diagnostic]
    /// Every rule of the rule set, by id: passed, failed, not applicable or disabled.
    public var outcomes: [String: RuleOutcome] {
        get { tally?.outcomesByID ?? storedOutcomes }
        set { settleTally(); storedOutcomes = newValue }
    }
    /// The share of its weight a rule earns when it is not all or nothing (a thin section), by id.
    public var credits: [String: Double] {
        get { tally?.creditsByID ?? storedCredits }
        set { settleTally(); storedCredits = newValue }
    }
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
    /// Outcomes and credits by rule position, as the linter recorded them; the dictionaries above
    /// are built from it when asked for (see `RuleTally`).
    var tally: RuleTally?
    private var storedOutcomes: [String: RuleOutcome]
    private var storedCredits: [String: Double]

    init(project: Project, domain: String?, facts: Facts, diagnostics: [Diagnostic], outcomes: [String: RuleOutcome],
                credits: [String: Double] = [:], minScore: Int? = nil, identity: ProjectIdentity = ProjectIdentity(),
                baseline: URL? = nil, score: ReadinessScore? = nil, portfolioIndex: Int? = nil) {
        self.project = project
        self.domain = domain
        self.facts = facts
        self.diagnostics = diagnostics
        storedOutcomes = outcomes
        storedCredits = credits
        self.minScore = minScore
        self.identity = identity
        self.baseline = baseline
        self.score = score
        self.portfolioIndex = portfolioIndex
    }

    /// The linter's result: outcomes and credits by position.
    init(project: Project, domain: String?, facts: Facts, diagnostics: [Diagnostic], tally: RuleTally, minScore: Int?,
         identity: ProjectIdentity, baseline: URL?) {
        self.init(project: project, domain: domain, facts: facts, diagnostics: diagnostics, outcomes: [:], minScore: minScore,
                  identity: identity, baseline: baseline)
        self.tally = tally
    }

    /// Turns the tally into the dictionaries before one of them is replaced.
    private mutating func settleTally() {
        guard let tally else { return }
        storedOutcomes = tally.outcomesByID
        storedCredits = tally.creditsByID
        self.tally = nil
    }

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
