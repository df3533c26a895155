import Foundation

/// The outcome for one project: the data every reporter formats.
public struct ProjectResult: Sendable {
    public var project: Project
    public var domain: String?
    public var facts: Facts
    public var diagnostics: [Diagnostic]
    /// Every rule of the rule set, by id: passed, failed, not applicable or disabled.
    public var outcomes: [String: RuleOutcome]
    /// `min_score` from the project's configuration; `--min-score` wins over it.
    public var minScore: Int? = nil

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
}

public struct LintReport: Sendable {
    public var projects: [ProjectResult]
    public var ruleSet: RuleSet

    public init(projects: [ProjectResult], ruleSet: RuleSet) {
        self.projects = projects
        self.ruleSet = ruleSet
    }

    public var errors: Int { projects.reduce(0) { $0 + $1.count(.error) } }
    public var warnings: Int { projects.reduce(0) { $0 + $1.count(.warning) } }
    public var infos: Int { projects.reduce(0) { $0 + $1.count(.info) } }
}
