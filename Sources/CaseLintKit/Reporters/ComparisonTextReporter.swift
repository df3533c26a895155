import Foundation

/// `score --compare` for a terminal or CI log: a verdict line, then per project its total before
/// and after and every category's change; failures are marked and say why.
public struct ComparisonTextReporter: ComparisonReporter {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func render(_ comparison: ScoreComparison) -> String {
        let failing = comparison.projects.filter(\.fails).count
        var out = "Scores against \(ReportText.singleLine(comparison.base)) (a project fails on \(comparison.rule)): "
        out += failing == 0
            ? paint("no project fails", code: "32") + "\n"
            : paint("\(failing) of \(comparison.projects.count) project\(comparison.projects.count == 1 ? "" : "s") fail\(failing == 1 ? "s" : "")", code: "31;1") + "\n"
        for change in comparison.projects { out += "\n" + block(change) }
        for change in comparison.portfolios { out += "\n" + block(change, label: "Portfolio ") }
        return out
    }

    func block(_ change: ScoreComparison.Change, label: String = "") -> String {
        var out = label + ReportText.singleLine(change.path) + ": "
        switch (change.before, change.after) {
        case let (before?, after?): out += "\(before) → \(after) (\(ScoreComparison.signed(after - before)))"
        case let (nil, after?): out += "new, \(after)"
        case let (before?, nil): out += "removed (was \(before))"
        default: break
        }
        if change.fails { out += "  " + paint("FAIL: " + change.failures.joined(separator: "; "), code: "31;1") }
        out += "\n"
        guard change.status != .removed else { return out }
        let width = change.categories.map(\.title.count).max() ?? 0
        for category in change.categories {
            let after = pad(category.after.map(String.init) ?? "n/a", 3)
            var line = "  \(ReportText.pad(category.title, width))  "
            if change.before == nil {
                line += after
            } else {
                line += pad(category.before.map(String.init) ?? "n/a", 3) + " → " + after
                line += "  " + pad(category.change.map(ScoreComparison.signed) ?? "", 4)
            }
            out += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
        }
        return out
    }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    func paint(_ text: String, code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
