import ArgumentParser
import CaseLintKit
import Foundation

/// The options `lint` and `score` share: what to read, how to write it, and the score threshold.
struct ReportOptions: ParsableArguments {
    @Argument(help: "Projects or folders of projects (with --changed-files: files that changed).")
    var paths: [String] = ["."]

    @Flag(name: .long, help: ArgumentHelp("Read PATHs as changed files, as a pre-commit hook passes them, and check the projects in the current folder that hold any of them."))
    var changedFiles = false

    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Exit 1 when any project scores below N (0-100); overrides min_score in .caselint.yml.",
                                            valueName: "N"))
    var minScore: Int?

    @OptionGroup var input: InputOptions

    /// The request the options describe. Throws `InputError` for options the user must fix.
    func request() throws -> LintRequest {
        try input.request(paths: paths, changedFiles: changedFiles, minScore: minScore)
    }

    /// Lints and returns the whole report in memory (`score --compare`).
    func lint() throws -> LintReport { try request().run() }

    /// Lints and writes the report in the chosen format as the projects finish, in input order, so
    /// memory stays flat however many projects there are; returns the summary for the exit status.
    func lintAndWrite(scoreCard: Bool, baseline: inout BaselineSession,
                      beforeEnd: (BaselineSession) throws -> Void = { _ in }) throws -> ReportSummary {
        let (linter, projects) = try request().prepare()
        let sink = try OutputSink(path: output)
        let summary: ReportSummary
        do {
            summary = try ReportStream.run(linter, projects: projects, reporter: format.reporter(color: color, scoreCard: scoreCard),
                                           baseline: &baseline, beforeEnd: beforeEnd, write: sink.write)
            try sink.finish()
        } catch {
            sink.abandon()
            throw error
        }
        return summary
    }

    /// Colour is for a person at a terminal: never in a file, never with NO_COLOR.
    var color: Bool { output == nil && Terminal.wantsColor }
}

extension OutputFormat: ExpressibleByArgument {}
