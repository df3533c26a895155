import Foundation

/// The machine-readable report; its keys are the contract of DESIGN.md §6.
public struct JSONReporter: Reporter {
    /// `score.rules`: every rule's outcome and the share of its weight it earned (`caselint score`).
    public var ruleBreakdown: Bool

    var scores = ScoreLookup()

    public init(ruleBreakdown: Bool = false) { self.ruleBreakdown = ruleBreakdown }

    public mutating func begin(_ ruleSet: RuleSet) -> String {
        scores = ScoreLookup(ruleSet: ruleSet)
        return Self.stream.opening
    }

    public func project(_ result: ProjectResult, index: Int) -> String {
        Self.stream.item(project(result, score: scores.score(of: result)), index: index)
    }

    public mutating func end(_ summary: ReportSummary) -> String { joinedEnd(summary) }

    /// A folder of thousands of projects lists thousands of members: each is written on its own,
    /// never held as one tree or one string.
    public func end(_ summary: ReportSummary, write: (String) throws -> Void) throws {
        try Self.stream.close(count: summary.projects.count, write: write) { hole in
            if hole == "portfolios" { try portfolios(summary, write: write) }
            if hole == "summary" { try write(JSONStream.text(.object(self.summary(summary)), level: 1)) }
        }
        try write("\n")
    }

    func summary(_ report: ReportSummary) -> [(String, JSONValue)] {
        var summary: [(String, JSONValue)] = [
            ("projects", .number(Double(report.projects.count))),
            ("errors", .number(Double(report.errors))),
            ("warnings", .number(Double(report.warnings))),
            ("infos", .number(Double(report.infos))),
        ]
        if !report.baselines.isEmpty {
            summary.append(("baselines", .array(report.baselines.map { baseline in
                .object([
                    ("file", .string(baseline.file)),
                    ("hidden", .number(Double(baseline.hidden))),
                    ("gone", .array(baseline.gone.map { entry in
                        .object([("path", .string(baseline.location(entry))), ("rule", .string(entry.rule)),
                                 ("fingerprint", .string(entry.fingerprint)), ("count", .number(Double(entry.count))),
                                 ("message", .string(entry.message))])
                    })),
                ])
            })))
        }
        return summary
    }

    /// `{rule, severity, message, file, line, column, fingerprint}`: the contract's keys, then the
    /// fingerprint that identifies the finding across commits (`FindingFingerprint`).
    static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("rule", .string(diagnostic.rule)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("file", .string(diagnostic.file)),
            ("line", .number(Double(diagnostic.line))),
            ("column", .number(Double(diagnostic.column))),
            ("fingerprint", .string(diagnostic.fingerprint)),
        ])
    }

    func project(_ result: ProjectResult, score: ReadinessScore) -> JSONValue {
        let project = result.project
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return .object([
            ("path", .string(project.path)),
            ("domain", optional(result.domain)),
            ("files", .object([
                ("readme", optional(project.readme ?? project.unsupportedReadme)),
                ("manifest", optional(project.manifest)),
                ("config", optional(project.config)),
            ])),
            ("facts", facts(result.facts)),
            ("diagnostics", .array(result.diagnostics.map(Self.diagnostic))),
            ("score", ruleBreakdown ? Self.score(score, rules: result) : Self.score(score)),
        ])
    }

    /// The score with `rules: {id: {outcome, credit}}` (credit: null for a rule that does not count).
    static func score(_ score: ReadinessScore, rules result: ProjectResult) -> JSONValue {
        guard case .object(var fields) = Self.score(score) else { return Self.score(score) }
        fields.append(("rules", .object(result.outcomes.keys.sorted().map { id in
            let outcome = result.outcomes[id] ?? .notApplicable
            let counts = outcome == .passed || outcome == .failed || outcome == .noResults
            let credit = result.credits[id] ?? (outcome == .passed ? 1 : 0)
            return (id, .object([("outcome", .string(outcome.rawValue)), ("credit", counts ? .number(credit) : .null)]))
        })))
        return .object(fields)
    }

    /// `score: {total, band, categories: {id: {...}}, actions, not_judged}`; a category with
    /// nothing applicable has `score: null`.
    static func score(_ score: ReadinessScore) -> JSONValue {
        .object([
            ("total", .number(Double(score.total))),
            ("band", .string(score.band.rawValue)),
            ("capped_by", score.cappedBy.map(JSONValue.string) ?? .null),
            ("thinned", .array(score.thinned.map(JSONValue.string))),
            ("categories", categories(score.categories)),
            ("actions", actions(score.actions)),
            ("not_judged", .array(score.notJudged.map(JSONValue.string))),
        ])
    }

    static func categories(_ categories: [CategoryScore]) -> JSONValue {
        .object(categories.map { category in
            (category.category.id, .object([
                ("title", .string(category.category.title)),
                ("weight", .number(Double(category.category.weight))),
                ("score", category.percent.map { .number(Double($0)) } ?? .null),
                ("passed", .number(Double(category.passed))),
                ("failed", .number(Double(category.failed))),
                ("not_applicable", .number(Double(category.notApplicable))),
            ]))
        })
    }

    static func actions(_ actions: [ScoreAction]) -> JSONValue {
        .array(actions.map { action in
            .object([
                ("rule", .string(action.rule)),
                ("category", .string(action.category)),
                ("points", .number((action.points * 10).rounded() / 10)),
                ("partial", .bool(action.partial)),
            ])
        })
    }

    func facts(_ facts: Facts) -> JSONValue {
        .object([
            ("sections", .object(CaseStudyPart.allCases.map { part in
                guard let section = facts.sections[part.rawValue] else { return (part.rawValue, .null) }
                return (part.rawValue, .object([
                    ("heading", .string(section.heading)),
                    ("line", .number(Double(section.line))),
                    ("status", .string(section.status)),
                    ("words", .number(Double(section.words))),
                ]))
            })),
            ("disclaimer", facts.disclaimer.map { .object([("line", .number(Double($0.line))), ("text", .string($0.text))]) } ?? .null),
            ("metrics", .array(facts.metrics.map { metric in
                .object([
                    ("name", .string(metric.name)),
                    ("value", .number(metric.value)),
                    ("unit", metric.percent ? .string("%") : .null),
                    ("line", .number(Double(metric.line))),
                ])
            })),
            ("keywords", .object(facts.keywordOrder.map { ($0, .number(Double(facts.keywords[$0] ?? 0))) })),
            ("domain", facts.domain.map { domain in
                .object([("id", .string(domain.id)), ("source", .string(domain.source.rawValue)),
                         ("evidence", .array(domain.evidence.map(JSONValue.string))), ("task", domain.task.map(JSONValue.string) ?? .null)])
            } ?? .null),
        ])
    }
}
