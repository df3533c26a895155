import Foundation

/// One run of `lint` or `score` from projects to bytes: each project is linted, passed through the
/// baselines, counted and formatted as soon as it and those before it are done, and `write` gets
/// the bytes in report order. The summary it returns decides the exit status.
public enum ReportStream {
    /// - baseline: hides accepted findings (`--baseline`, `baseline:`) or records them (`--write-baseline`).
    /// - beforeEnd: runs once every project and portfolio is known, before the report's last part
    ///   is written (`--write-baseline` writes its file there, so a failure leaves no finished report).
    public static func run(_ linter: Linter, projects: [Project], reporter: any Reporter, baseline: inout BaselineSession,
                           beforeEnd: (BaselineSession) throws -> Void = { _ in },
                           write: (String) throws -> Void) throws -> ReportSummary {
        try run(linter, projects: ProjectList(projects), reporter: reporter, baseline: &baseline, beforeEnd: beforeEnd, write: write)
    }

    /// - writeBytes: takes a project's part as bytes when the reporter writes bytes (`Reporter.projectBytes`).
    public static func run(_ linter: Linter, projects: ProjectList, reporter: any Reporter, baseline: inout BaselineSession,
                           beforeEnd: (BaselineSession) throws -> Void = { _ in },
                           write: (String) throws -> Void,
                           writeBytes: (([UInt8]) throws -> Void)? = nil) throws -> ReportSummary {
        var reporter = reporter
        var summary = ReportSummary(ruleSet: linter.ruleSet, expected: projects.count)
        try write(reporter.begin(linter.ruleSet))
        var index = 0
        var session = baseline
        let portfolios = try linter.lint(projects) { result in
            let shown = try session.filter(result)
            summary.add(shown)
            if let writeBytes, let bytes = reporter.projectBytes(shown, index: index) {
                try writeBytes(bytes)
            } else {
                try write(reporter.project(shown, index: index))
            }
            index += 1
        }
        for portfolio in portfolios { summary.add(try session.filter(portfolio)) }
        summary.baselines = session.outcomes
        baseline = session
        try beforeEnd(session)
        try reporter.end(summary, write: write)
        return summary
    }
}
