import Foundation

/// One self-contained HTML page (inline CSS and SVG, no scripts, no external assets): a score
/// gauge and category bars per project, its top actions, and its findings with rule ids and hints.
public struct HTMLReporter: Reporter {
    public var actionLimit: Int

    var scores = ScoreLookup()
    var ruleSet: RuleSet?

    public init(actionLimit: Int = 5) { self.actionLimit = actionLimit }

    public mutating func begin(_ ruleSet: RuleSet) -> String {
        scores = ScoreLookup(ruleSet: ruleSet)
        self.ruleSet = ruleSet
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>caselint report</title>
        <style>
        \(HTML.stylesheet)</style>
        </head>
        <body>
        <main>
        <header><div class="brand">caselint</div><h1>Case-study readiness report</h1></header>

        """
    }

    public func project(_ result: ProjectResult, index: Int) -> String {
        guard let ruleSet else { preconditionFailure("a reporter begins (begin(_:)) before its first project") }
        return project(result, scores.score(of: result), ruleSet: ruleSet)
    }

    /// The counts and portfolio lines come last in the file (the stylesheet shows them first).
    public func end(_ summary: ReportSummary) -> String {
        var body = counts(summary)
        for portfolio in summary.portfolioScores {
            let label = portfolio.path.map { "Portfolio <code>\(HTML.escape($0))</code>" } ?? "Portfolio"
            let total = portfolio.path == nil ? "mean \(portfolio.mean)" : "\(portfolio.total)"
            body += "<section class=\"portfolio\"><strong>\(label)</strong> \(portfolio.projects) projects · "
                + "<span class=\"band-\(portfolio.band.rawValue)\">\(total)/100 (\(portfolio.band.label))</span>"
                + (portfolio.path == nil ? "" : " · mean of the projects \(portfolio.mean)/100")
                + " · weakest <code>\(HTML.escape(portfolio.weakestPath))</code> (\(portfolio.weakestTotal)/100)</section>\n"
        }
        for result in summary.portfolios {
            guard let score = summary.score(of: result) else { continue }
            body += portfolio(result, score, ruleSet: summary.ruleSet)
        }
        for baseline in summary.baselines {
            body += "<p class=\"muted\">\(HTML.escape(TextReporter.baselineNote(baseline)))</p>\n"
        }
        body += footer(summary.ruleSet.notJudged)
        return body + "</main>\n</body>\n</html>\n"
    }

    func counts(_ summary: ReportSummary) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "<p class=\"muted counts\">\(plural(summary.projects.count, "project")) · \(plural(summary.errors, "error")) · "
            + "\(plural(summary.warnings, "warning")) · \(plural(summary.infos, "info")) · caselint \(CaseLint.version)</p>\n"
    }

    func project(_ result: ProjectResult, _ score: ReadinessScore, ruleSet: RuleSet) -> String {
        var out = "<section class=\"project\">\n<div class=\"summary\">\(HTML.gauge(score))\n<div class=\"overview\">"
        out += "<h2><code>\(HTML.escape(result.project.path))</code></h2>"
        if let domain = result.domain { out += "<p class=\"muted\">Domain: \(HTML.escape(domain))</p>" }
        out += explanation(score, ruleSet: ruleSet)
        out += "<div class=\"categories\">\n"
        for category in score.categories { out += HTML.bar(category) }
        out += "</div></div></div>\n"
        out += actions(score.actions, applicable: score.isApplicable)
        return out + findings(result.diagnostics, ruleSet: ruleSet) { $0.file } + "</section>\n"
    }

    /// A folder of projects: its score, its coherence bars, the portfolio rules' actions and findings.
    func portfolio(_ result: PortfolioResult, _ score: PortfolioScore, ruleSet: RuleSet) -> String {
        var out = "<section class=\"project\">\n<div class=\"summary\">\(HTML.gauge(total: score.total))\n<div class=\"overview\">"
        out += "<h2>Portfolio <code>\(HTML.escape(result.path))</code></h2>"
        guard let coherence = score.coherence else {
            out += "<p class=\"muted\">The mean of its \(score.projects) projects; no portfolio rule applies.</p></div></div>\n"
            return out + findings(result.diagnostics, ruleSet: ruleSet) { $0.file.isEmpty ? result.path : $0.file } + "</section>\n"
        }
        let share = min(PortfolioScore.weight(coherence), 100)
        out += "<p class=\"muted\">\(100 - share)% the mean of its \(score.projects) projects (\(score.mean)/100), "
            + "\(share)% its coherence (\(ScoreRounding.percent(coherence.exact))/100)</p>"
        out += "<div class=\"categories\">\n"
        for category in coherence.categories { out += HTML.bar(category) }
        out += "</div></div></div>\n"
        out += actions(score.actions, applicable: true)
        return out + findings(result.diagnostics, ruleSet: ruleSet) { $0.file.isEmpty ? result.path : $0.file } + "</section>\n"
    }

    /// What held the total down: the rule whose cap applies, and the parts written thinly.
    func explanation(_ score: ReadinessScore, ruleSet: RuleSet) -> String {
        var out = ""
        if let cap = score.cappedBy {
            let title = ruleSet.rule(cap)?.definition.title ?? cap
            out += "<p class=\"capped\">Held at \(score.total) while <code>\(HTML.escape(cap))</code> fails (\(HTML.escape(title))).</p>"
        }
        if !score.thinned.isEmpty {
            out += "<p class=\"muted\">Written thinly, earning part of their weight: "
                + score.thinned.map { "<code>\(HTML.escape($0))</code>" }.joined(separator: ", ") + ".</p>"
        }
        return out
    }

    func actions(_ all: [ScoreAction], applicable: Bool) -> String {
        let actions = all.prefix(actionLimit)
        if !actions.isEmpty {
            var out = "<h3>Top actions</h3>\n<ol class=\"actions\">\n"
            for action in actions {
                out += "<li><span class=\"points\">+\(ReportText.points(action.points))</span> <code>\(HTML.escape(action.rule))</code> "
                    + "\(HTML.escape(action.title))\(action.partial ? ": write more" : action.liftsCap ? ": lifts the cap" : "")</li>\n"
            }
            return out + "</ol>\n"
        }
        return applicable ? "<h3>Top actions</h3>\n<p class=\"muted\">None: every applicable rule passes.</p>\n" : ""
    }

    func findings(_ diagnostics: [Diagnostic], ruleSet: RuleSet, _ location: (Diagnostic) -> String) -> String {
        var out = "<h3>Findings</h3>\n"
        guard !diagnostics.isEmpty else { return out + "<p class=\"muted\">No findings.</p>\n" }
        out += "<ul class=\"findings\">\n"
        for diagnostic in diagnostics {
            out += finding(diagnostic, at: location(diagnostic), rule: ruleSet.rule(diagnostic.rule)?.definition)
        }
        return out + "</ul>\n"
    }

    func finding(_ diagnostic: Diagnostic, at location: String, rule: RuleDefinition?) -> String {
        let severity = diagnostic.severity.rawValue
        var out = "<li class=\"finding\"><div class=\"finding-head\"><span class=\"pill \(severity)\">\(severity)</span> "
        out += "<code class=\"rule\">\(HTML.escape(diagnostic.rule))</code>"
        if let rule { out += " <span class=\"title\">\(HTML.escape(rule.title))</span>" }
        out += "<span class=\"location\">\(HTML.escape(location)):\(diagnostic.line):\(diagnostic.column)</span></div>"
        out += "<p class=\"message\">\(HTML.escape(diagnostic.message))</p>"
        if let rule, !rule.why.isEmpty {
            out += "<p class=\"why\"><strong>Why it matters:</strong> \(HTML.escape(rule.why))"
            out += " <span class=\"muted\">Run <code>caselint explain \(HTML.escape(rule.id))</code> for examples.</span></p>"
        }
        return out + "</li>\n"
    }

    func footer(_ notJudged: [String]) -> String {
        guard !notJudged.isEmpty else { return "" }
        return "<aside class=\"caveats\"><h3>Not judged by caselint</h3><p>A score measures how a project is written up. "
            + "No score, not even 100, is an approval. These need a qualified human reviewer:</p><ul>"
            + notJudged.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul></aside>\n"
    }
}
