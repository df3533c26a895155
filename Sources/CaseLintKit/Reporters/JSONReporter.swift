import Foundation

/// The machine-readable report; its keys are the contract of DESIGN.md §6.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport) -> String {
        let document: JSONValue = .object([
            ("tool", .object([("name", .string("caselint")), ("version", .string(CaseLint.version))])),
            ("projects", .array(report.projects.map { project($0, score: report.score(of: $0)) })),
            ("summary", .object([
                ("projects", .number(Double(report.projects.count))),
                ("errors", .number(Double(report.errors))),
                ("warnings", .number(Double(report.warnings))),
                ("infos", .number(Double(report.infos))),
            ])),
        ])
        return document.serialized() + "\n"
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
            ("diagnostics", .array(result.diagnostics.map { diagnostic in
                .object([
                    ("rule", .string(diagnostic.rule)),
                    ("severity", .string(diagnostic.severity.rawValue)),
                    ("message", .string(diagnostic.message)),
                    ("file", .string(diagnostic.file)),
                    ("line", .number(Double(diagnostic.line))),
                    ("column", .number(Double(diagnostic.column))),
                ])
            })),
            ("score", Self.score(score)),
        ])
    }

    /// `score: {total, band, categories: {id: {...}}, actions, not_judged}`; a category with
    /// nothing applicable has `score: null`.
    static func score(_ score: ReadinessScore) -> JSONValue {
        .object([
            ("total", .number(Double(score.total))),
            ("band", .string(score.band.rawValue)),
            ("capped_by", score.cappedBy.map(JSONValue.string) ?? .null),
            ("categories", .object(score.categories.map { category in
                (category.category.id, .object([
                    ("title", .string(category.category.title)),
                    ("weight", .number(Double(category.category.weight))),
                    ("score", category.percent.map { .number(Double($0)) } ?? .null),
                    ("passed", .number(Double(category.passed))),
                    ("failed", .number(Double(category.failed))),
                    ("not_applicable", .number(Double(category.notApplicable))),
                ]))
            })),
            ("actions", .array(score.actions.map { action in
                .object([
                    ("rule", .string(action.rule)),
                    ("category", .string(action.category)),
                    ("points", .number((action.points * 10).rounded() / 10)),
                ])
            })),
            ("not_judged", .array(score.notJudged.map(JSONValue.string))),
        ])
    }

    func facts(_ facts: Facts) -> JSONValue {
        .object([
            ("sections", .object(CaseStudyPart.allCases.map { part in
                guard let section = facts.sections[part.rawValue] else { return (part.rawValue, .null) }
                return (part.rawValue, .object([
                    ("heading", .string(section.heading)),
                    ("line", .number(Double(section.line))),
                    ("status", .string(section.status)),
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
