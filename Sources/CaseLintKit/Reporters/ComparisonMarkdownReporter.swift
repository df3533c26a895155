import Foundation

/// `score --compare --format markdown`: a pull-request comment. A verdict, a table of every
/// project's score before and after, then the change per category of each project that moved.
public struct ComparisonMarkdownReporter: ComparisonReporter {
    public init() {}

    public func render(_ comparison: ScoreComparison) -> String {
        let failing = comparison.projects.filter(\.fails).count
        var out = "## caselint: case-study scores against \(MarkdownReporter.code(comparison.base))\n\n"
        out += failing == 0
            ? "✅ No project fails (the gate: \(comparison.rule)).\n\n"
            : "❌ \(failing) of \(comparison.projects.count) projects fail (the gate: \(comparison.rule)).\n\n"
        out += "| Project | Before | After | Change | Gate |\n| --- | ---: | ---: | ---: | --- |\n"
        let rows = comparison.projects.map { ($0, false) } + comparison.portfolios.map { ($0, true) }
        for (change, portfolio) in rows {
            let name = (portfolio ? "Portfolio " : "") + MarkdownReporter.code(change.path)
            let delta = change.change.map { $0 < 0 ? "**\(ScoreComparison.signed($0))**" : ScoreComparison.signed($0) }
                ?? (change.status == .new ? "new" : "removed")
            let gate = portfolio ? "–" : change.fails ? "❌ " + MarkdownReporter.escape(change.failures.joined(separator: "; ")) : "✅"
            out += "| \(name) | \(change.before.map(String.init) ?? "–") | \(change.after.map(String.init) ?? "–") | \(delta) | \(gate) |\n"
        }
        let moved = comparison.projects.filter { change in
            change.status != .removed && (change.change != 0 || change.categories.contains { $0.change != 0 })
        }
        for change in moved {
            out += "\n### \(MarkdownReporter.code(change.path)): "
                + (change.before.map { "\($0) → \(change.after ?? 0)" } ?? "new, \(change.after ?? 0)") + "\n\n"
            out += "| Category | Before | After | Change |\n| --- | ---: | ---: | ---: |\n"
            for category in change.categories {
                let delta = category.change.map { $0 < 0 ? "**\(ScoreComparison.signed($0))**" : ScoreComparison.signed($0) } ?? "–"
                let before = change.before == nil ? "–" : category.before.map(String.init) ?? "n/a"
                out += "| \(MarkdownReporter.escape(category.title)) | \(before) | "
                    + "\(category.after.map(String.init) ?? "n/a") | \(delta) |\n"
            }
        }
        return out
    }
}
