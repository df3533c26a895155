import Foundation

/// `score --compare --format json`: the gate's settings, every project's change by category, and
/// counts, for scripts and dashboards.
public struct ComparisonJSONReporter: ComparisonReporter {
    public init() {}

    public func render(_ comparison: ScoreComparison) -> String {
        func count(_ status: ScoreComparison.Status) -> JSONValue {
            .number(Double(comparison.projects.filter { $0.status == status }.count))
        }
        let document: JSONValue = .object([
            ("tool", .object([("name", .string("caselint")), ("version", .string(CaseLint.version))])),
            ("base", .string(comparison.base)),
            ("max_drop", .number(Double(comparison.maxDrop))),
            ("min_score", comparison.minScore.map { .number(Double($0)) } ?? .null),
            ("projects", .array(comparison.projects.map(change))),
            ("portfolios", .array(comparison.portfolios.map(change))),
            ("summary", .object([
                ("projects", .number(Double(comparison.projects.count))),
                ("improved", count(.improved)), ("dropped", count(.dropped)), ("unchanged", count(.unchanged)),
                ("new", count(.new)), ("removed", count(.removed)),
                ("failed", .number(Double(comparison.projects.filter(\.fails).count))),
            ])),
        ])
        return document.serialized() + "\n"
    }

    func change(_ change: ScoreComparison.Change) -> JSONValue {
        func number(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }
        return .object([
            ("path", .string(change.path)),
            ("status", .string(change.status.rawValue)),
            ("before", number(change.before)),
            ("after", number(change.after)),
            ("change", number(change.change)),
            ("categories", .object(change.categories.map { category in
                (category.id, .object([("title", .string(category.title)), ("before", number(category.before)),
                                       ("after", number(category.after)), ("change", number(category.change))]))
            })),
            ("fails", .bool(change.fails)),
            ("failures", .array(change.failures.map(JSONValue.string))),
        ])
    }
}
