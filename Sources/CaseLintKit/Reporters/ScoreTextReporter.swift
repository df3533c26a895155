import Foundation

/// `caselint score` for people: per project the total and band, a bar per category, the top
/// actions with the points each would add; then the portfolio line and what no linter can judge.
public struct ScoreTextReporter: Reporter {
    public var color: Bool
    /// How many actions to list per project.
    public var actionLimit: Int
    static let barWidth = 20
    var scores = ScoreLookup()

    public init(color: Bool = false, actionLimit: Int = 5) {
        self.color = color
        self.actionLimit = actionLimit
    }

    /// Blocks (a project's card, a portfolio's, the caveats) are separated by one blank line.
    public mutating func begin(_ ruleSet: RuleSet) -> String {
        scores = ScoreLookup(ruleSet: ruleSet)
        return ""
    }

    public func project(_ result: ProjectResult, index: Int) -> String {
        (index > 0 ? "\n" : "") + project(result, scores.score(of: result))
    }

    public func end(_ summary: ReportSummary) -> String {
        var blocks = summary.portfolioScores.map(portfolio)
        let caveats = summary.ruleSet.notJudged
        if !caveats.isEmpty {
            blocks.append("Not judged by caselint (no score, not even 100, is an approval):\n"
                + caveats.map { "  - \($0)\n" }.joined())
        }
        return blocks.enumerated().map { index, block in (index > 0 || !summary.projects.isEmpty ? "\n" : "") + block }.joined()
    }

    func project(_ result: ProjectResult, _ score: ReadinessScore) -> String {
        var out = "\(ReportText.singleLine(result.project.path))\n"
        out += "  Score " + paint("\(score.total)/100  \(score.band.label)", score.band, bold: true)
        if let cap = score.cappedBy { out += "  (held at \(score.total) while \(cap) fails)" }
        out += "\n"
        out += categoryLines(score.categories)
        if !score.thinned.isEmpty {
            out += "  Written thinly (part of their weight): \(score.thinned.joined(separator: ", "))\n"
        }
        let actions = score.actions.prefix(actionLimit)
        if actions.isEmpty {
            out += score.isApplicable ? "  Top actions: none, every applicable rule passes.\n" : "  No rule applies to this project.\n"
        } else {
            out += actionLines(actions)
        }
        return out
    }

    /// A folder of projects: its own score (the projects' mean and its coherence), the weakest
    /// project, and the portfolio rules' actions. Projects named one by one get the mean alone.
    func portfolio(_ score: PortfolioScore) -> String {
        let weakest = "\(ReportText.singleLine(score.weakestPath)) (\(score.weakestTotal)/100)"
        guard let path = score.path else {
            return "Portfolio: \(score.projects) projects, mean \(paint("\(score.mean)/100 (\(score.band.label))", score.band)); "
                + "weakest: \(weakest)\n"
        }
        var out = "Portfolio \(ReportText.singleLine(path)): \(score.projects) projects\n"
        out += "  Score " + paint("\(score.total)/100  \(score.band.label)", score.band, bold: true)
        guard let coherence = score.coherence else {
            return out + "  (the mean of its projects; no portfolio rule applies)\n  Weakest project: \(weakest)\n"
        }
        let share = min(PortfolioScore.weight(coherence), 100)
        out += "  (\(100 - share)% the projects' mean \(score.mean), \(share)% coherence \(ScoreRounding.percent(coherence.exact)))\n"
        out += categoryLines(coherence.categories)
        out += "  Weakest project: \(weakest)\n"
        let actions = score.actions.prefix(actionLimit)
        out += actions.isEmpty ? "  Top actions: none, every applicable portfolio rule passes.\n" : actionLines(actions)
        return out
    }

    func actionLines(_ actions: ArraySlice<ScoreAction>) -> String {
        var out = "  Top actions (points each would add):\n"
        let idWidth = actions.map(\.rule.count).max() ?? 0
        for action in actions {
            let points = "+" + ReportText.points(action.points)
            let title = action.partial ? "\(action.title): write more" : action.liftsCap ? "\(action.title): lifts the cap" : action.title
            out += "    \(ReportText.pad(points, 6)) \(ReportText.pad(action.rule, idWidth))  \(title)\n"
        }
        return out
    }

    func categoryLines(_ categories: [CategoryScore]) -> String {
        var out = ""
        let titleWidth = categories.map(\.category.title.count).max() ?? 0
        for category in categories {
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
