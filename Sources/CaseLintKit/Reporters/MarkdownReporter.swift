import Foundation

/// A summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: per project its categories,
/// top actions and findings (folded), then a table of all projects with score and counts.
public struct MarkdownReporter: Reporter {
    public var actionLimit: Int

    var scores = ScoreLookup()

    public init(actionLimit: Int = 5) { self.actionLimit = actionLimit }

    public mutating func begin(_ ruleSet: RuleSet) -> String {
        scores = ScoreLookup(ruleSet: ruleSet)
        return "## caselint: case-study readiness\n"
    }

    /// Each project's section as it is linted; the table of all projects closes the report, since
    /// it needs them all (a streamed report cannot go back to the top).
    public func project(_ result: ProjectResult, index: Int) -> String {
        "\n" + project(result, scores.score(of: result))
    }

    public mutating func end(_ summary: ReportSummary) -> String { joinedEnd(summary) }

    /// The table of all projects row by row (it has one per project), then the rest at once.
    public func end(_ summary: ReportSummary, write: (String) throws -> Void) throws {
        try write("\n### Summary\n\n| Project | Score | Band | Errors | Warnings | Infos |\n| --- | ---: | --- | ---: | ---: | ---: |\n")
        for line in summary.projects {
            try write("| \(Self.code(line.path)) | **\(line.total)** | \(Self.badge(line.band)) | "
                + "\(line.errors) | \(line.warnings) | \(line.infos) |\n")
        }
        try write(closing(summary))
    }

    func closing(_ summary: ReportSummary) -> String {
        var out = ""
        for portfolio in summary.portfolioScores {
            if let path = portfolio.path {
                out += "\n**Portfolio \(Self.code(path)):** \(portfolio.projects) projects, **\(portfolio.total)**/100 "
                    + "(\(Self.badge(portfolio.band))); mean of the projects \(portfolio.mean)/100; "
                    + "weakest \(Self.code(portfolio.weakestPath)) (\(portfolio.weakestTotal)/100).\n"
            } else {
                out += "\n**Portfolio:** \(portfolio.projects) projects, mean \(portfolio.mean)/100 (\(portfolio.band.label)); "
                    + "weakest \(Self.code(portfolio.weakestPath)) (\(portfolio.weakestTotal)/100).\n"
            }
        }
        for result in summary.portfolios {
            guard let score = summary.score(of: result) else { continue }
            out += "\n" + portfolio(result, score)
        }
        for baseline in summary.baselines {
            out += "\n" + TextReporter.baselineNote(baseline).replacingOccurrences(of: "Baseline ", with: "**Baseline** ")
        }
        if !summary.ruleSet.notJudged.isEmpty {
            out += "\n> **Not judged by caselint** (no score, not even 100, is an approval):\n"
            out += summary.ruleSet.notJudged.map { "> - \(Self.escape($0))\n" }.joined()
        }
        return out
    }

    func project(_ result: ProjectResult, _ score: ReadinessScore) -> String {
        var out = "### \(Self.code(result.project.path)): \(score.total)/100, \(score.band.label)\n\n"
        out += categoryTable(score.categories) + actionList(score.actions)
        return out + findings(result.diagnostics) { ReportText.location(result, $0) }
    }

    /// A folder of projects: its coherence by category, the portfolio rules' actions and findings.
    func portfolio(_ result: PortfolioResult, _ score: PortfolioScore) -> String {
        var out = "### Portfolio \(Self.code(result.path)): \(score.total)/100, \(score.band.label)\n\n"
        guard let coherence = score.coherence else {
            return out + "The mean of its \(score.projects) projects; no portfolio rule applies.\n" + findings(result.diagnostics, result.location)
        }
        let share = min(PortfolioScore.weight(coherence), 100)
        out += "\(100 - share)% the mean of its \(score.projects) projects (\(score.mean)/100), "
            + "\(share)% its coherence (\(ScoreRounding.percent(coherence.exact))/100).\n\n"
        out += categoryTable(coherence.categories) + actionList(score.actions)
        return out + findings(result.diagnostics, result.location)
    }

    func categoryTable(_ categories: [CategoryScore]) -> String {
        var out = "| Category | Weight | Score |\n| --- | ---: | ---: |\n"
        for category in categories {
            out += "| \(Self.escape(category.category.title)) | \(category.category.weight) | \(category.percent.map(String.init) ?? "n/a") |\n"
        }
        return out
    }

    func actionList(_ actions: [ScoreAction]) -> String {
        let shown = actions.prefix(actionLimit)
        guard !shown.isEmpty else { return "" }
        var out = "\n**Top actions**\n\n"
        for (number, action) in shown.enumerated() {
            out += "\(number + 1). \(Self.code(action.rule)) \(Self.escape(action.title)) (+\(ReportText.points(action.points)) points)\n"
        }
        return out
    }

    func findings(_ diagnostics: [Diagnostic], _ location: (Diagnostic) -> String) -> String {
        guard !diagnostics.isEmpty else { return "\nNo findings.\n" }
        let count = diagnostics.count
        var out = "\n<details><summary>\(count) finding\(count == 1 ? "" : "s")</summary>\n\n"
        out += "| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n"
        for diagnostic in diagnostics {
            let place = "\(location(diagnostic)):\(diagnostic.line):\(diagnostic.column)"
            out += "| \(diagnostic.severity.rawValue) | \(Self.code(place)) | \(Self.code(diagnostic.rule)) | \(Self.escape(diagnostic.message)) |\n"
        }
        return out + "\n</details>\n"
    }

    static func badge(_ band: ScoreBand) -> String {
        switch band {
        case .ready: return "🟢 ready"
        case .needsWork: return "🟡 needs work"
        case .notReady: return "🔴 not ready"
        }
    }

    /// Text inside a table cell: one line, no pipes, no Markdown or HTML that would change the layout.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in ReportText.singleLine(text) {
            switch character {
            case "\\", "|", "*", "_", "[", "]", "`", "#": out += "\\\(character)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A code span that survives backticks and pipes in the text.
    static func code(_ text: String) -> String {
        let line = ReportText.singleLine(text).replacingOccurrences(of: "|", with: "\\|")
        return line.contains("`") ? "`` \(line) ``" : "`\(line)`"
    }
}
