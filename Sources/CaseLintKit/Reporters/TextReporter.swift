import Foundation

/// Compiler-style lines (`path:line:col: severity: message [rule.id]`) that editors and CI logs
/// recognise, then a one-line summary, then each project's readiness score, so a log that is read
/// from the bottom shows where every project stands. Colour only when asked (the CLI decides:
/// terminal, no NO_COLOR).
public struct TextReporter: Reporter {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func render(_ report: LintReport) -> String {
        var out = ""
        for result in report.projects {
            for diagnostic in result.diagnostics { out += line(ReportText.location(result, diagnostic), diagnostic) }
        }
        for portfolio in report.portfolios {
            for diagnostic in portfolio.diagnostics { out += line(portfolio.location(diagnostic), diagnostic) }
        }
        out += summary(report)
        let bands = ScoreTextReporter(color: color)
        for (result, score) in zip(report.projects, report.scores) {
            let readiness = bands.paint("\(score.total)/100 (\(score.band.label))", score.band)
            out += "\(ReportText.singleLine(result.project.path)): case-study readiness \(readiness)\n"
        }
        for baseline in report.baselines { out += Self.baselineNote(baseline) }
        return out
    }

    /// One finding as `path:line:col: severity: message [rule.id]` and a line break.
    public func line(_ result: ProjectResult, _ diagnostic: Diagnostic) -> String {
        line(ReportText.location(result, diagnostic), diagnostic)
    }

    func line(_ location: String, _ diagnostic: Diagnostic) -> String {
        let path = ReportText.singleLine(location)
        let message = ReportText.singleLine(diagnostic.message)
        return "\(path):\(diagnostic.line):\(diagnostic.column): \(paint(diagnostic.severity)): \(message) [\(diagnostic.rule)]\n"
    }

    /// One line per baseline: what it hid, and whether it needs refreshing.
    static func baselineNote(_ baseline: BaselineOutcome) -> String {
        let file = ReportText.singleLine(baseline.file)
        let hidden = "\(baseline.hidden) finding\(baseline.hidden == 1 ? "" : "s")"
        guard !baseline.gone.isEmpty else { return "Baseline \(file): \(hidden) hidden, none gone.\n" }
        let gone = baseline.gone.reduce(0) { $0 + $1.count }
        return "Baseline \(file): \(hidden) hidden; \(gone) no longer found (fixed?): "
            + "refresh it with caselint lint --write-baseline \(file).\n"
    }

    func paint(_ severity: Severity) -> String {
        guard color else { return severity.rawValue }
        let code: String
        switch severity {
        case .error: code = "31;1"
        case .warning: code = "33;1"
        case .info: code = "36"
        }
        return "\u{1B}[\(code)m\(severity.rawValue)\u{1B}[0m"
    }

    func summary(_ report: LintReport) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let clean = report.projects.filter { $0.count(.error) == 0 && $0.count(.warning) == 0 }.count
        return "\(plural(report.projects.count, "project")) checked: \(plural(report.errors, "error")), "
            + "\(plural(report.warnings, "warning")), \(plural(report.infos, "info")) (\(clean) clean)\n"
    }
}
