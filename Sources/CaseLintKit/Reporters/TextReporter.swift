import Foundation

/// Compiler-style lines (`path:line:col: severity: message [rule.id]`) that editors and CI logs
/// recognise, then a one-line summary, then each project's readiness score, so a log that is read
/// from the bottom shows where every project stands. Colour only when asked (the CLI decides:
/// terminal, no NO_COLOR).
public struct TextReporter: Reporter {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func project(_ result: ProjectResult, index: Int) -> String {
        var out = ""
        for diagnostic in result.diagnostics { out += line(ReportText.location(result, diagnostic), diagnostic) }
        return out
    }

    public mutating func end(_ summary: ReportSummary) -> String { joinedEnd(summary) }

    /// The portfolios' findings, the counts, then a line per project, each written on its own.
    public func end(_ summary: ReportSummary, write: (String) throws -> Void) throws {
        for portfolio in summary.portfolios {
            for diagnostic in portfolio.diagnostics { try write(line(portfolio.location(diagnostic), diagnostic)) }
        }
        try write(self.summary(summary))
        let bands = ScoreTextReporter(color: color)
        for project in summary.projects {
            let readiness = bands.paint("\(project.total)/100 (\(project.band.label))", project.band)
            try write("\(ReportText.singleLine(project.path)): case-study readiness \(readiness)\n")
        }
        for baseline in summary.baselines { try write(Self.baselineNote(baseline)) }
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

    func summary(_ summary: ReportSummary) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(summary.projects.count, "project")) checked: \(plural(summary.errors, "error")), "
            + "\(plural(summary.warnings, "warning")), \(plural(summary.infos, "info")) (\(summary.clean) clean)\n"
    }
}
