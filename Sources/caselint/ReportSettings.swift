import CaseLintKit
import Foundation

/// What `lint` and `score` were asked to read and write, as plain values: `ReportOptions` fills
/// them from its parsed options, `LintFastPath` from a command line it read without ArgumentParser.
struct ReportSettings {
    var paths: [String]
    var changedFiles = false
    var format: OutputFormat = .text
    var output: String?
    var minScore: Int?
    var config: String?
    var rules: [String] = []
    var maxReadmeSize: String?
    var domain: String?

    /// The request the settings describe. Throws `InputError` for options the user must fix.
    func request() throws -> LintRequest {
        try InputOptions.request(paths: paths, changedFiles: changedFiles, minScore: minScore, config: config, rules: rules,
                                 maxReadmeSize: maxReadmeSize, domain: domain)
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
                                           baseline: &baseline, beforeEnd: beforeEnd, write: sink.write, writeBytes: sink.write(bytes:))
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
