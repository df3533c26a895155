import Foundation

/// `caselint score` for people: per project the total and band, a bar per category, the top
/// actions with the points each would add; then the portfolio line and what no linter can judge.
public struct ScoreTextReporter: Reporter {
    public var color: Bool
    /// How many actions to list per project.
    public var actionLimit: Int
    static let barWidth = 20

    public init(color: Bool = false, actionLimit: Int = 5) {
        self.color = color
        self.actionLimit = actionLimit
    }

    public func render(_ report: LintReport) -> String {
        let scores = report.scores
        var blocks = zip(report.projects, scores).map { project($0, $1) }
        if let portfolio = report.portfolio {
            blocks.append("Portfolio: \(portfolio.projects) projects, mean \(paint("\(portfolio.mean)/100 (\(portfolio.band.label))", portfolio.band)); "
                + "weakest: \(ReportText.singleLine(portfolio.weakestPath)) (\(portfolio.weakestTotal)/100)\n")
        }
        let caveats = report.ruleSet.notJudged
        if !caveats.isEmpty {
            blocks.append("Not judged by caselint (no score, not even 100, is an approval):\n"
                + caveats.map { "  - \($0)\n" }.joined())
        }
        return blocks.joined(separator: "\n")
    }

    func project(_ result: ProjectResult, _ score: ReadinessScore) -> String {
        var out = "\(ReportText.singleLine(result.project.path))\n"
        out += "  Score " + paint("\(score.total)/100  \(score.band.label)", score.band, bold: true)
        if let cap = score.cappedBy { out += "  (held at \(score.total) while \(cap) fails)" }
        out += "\n"
        let titleWidth = score.categories.map(\.category.title.count).max() ?? 0
        for category in score.categories {
            let title = ReportText.pad(category.category.title, titleWidth)
            let weight = "weight \(category.category.weight)"
            guard let fraction = category.fraction, let percent = category.percent else {
                let empty = dim(String(repeating: "·", count: Self.barWidth) + " n/a")
                out += "  \(title)  \(empty)  \(dim(weight))\n"
                continue
            }
            let band = ScoreBand(total: percent)
            let filled = min(Int((fraction * Double(Self.barWidth)).rounded()), fraction < 1 ? Self.barWidth - 1 : Self.barWidth)
            let bar = paint(String(repeating: "█", count: filled), band) + dim(String(repeating: "░", count: Self.barWidth - filled))
            let number = String(repeating: " ", count: max(0, 3 - String(percent).count)) + String(percent)
            out += "  \(title)  \(bar) \(number)  \(dim(weight))\n"
        }
        let actions = score.actions.prefix(actionLimit)
        if actions.isEmpty {
            out += score.isApplicable ? "  Top actions: none, every applicable rule passes.\n" : "  No rule applies to this project.\n"
        } else {
            out += "  Top actions (points each would add):\n"
            let idWidth = actions.map(\.rule.count).max() ?? 0
            for action in actions {
                let points = "+" + ReportText.points(action.points)
                out += "    \(ReportText.pad(points, 6)) \(ReportText.pad(action.rule, idWidth))  \(action.title)\n"
            }
        }
        return out
    }

    func paint(_ text: String, _ band: ScoreBand, bold: Bool = false) -> String {
        guard color else { return text }
        let code: String
        switch band {
        case .ready: code = "32"
        case .needsWork: code = "33"
        case .notReady: code = "31"
        }
        return "\u{1B}[\(bold ? "1;" : "")\(code)m\(text)\u{1B}[0m"
    }

    func dim(_ text: String) -> String { color ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
