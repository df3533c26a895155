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

    /// The options as plain values, which the commands run with.
    var settings: ReportSettings {
        ReportSettings(paths: paths, changedFiles: changedFiles, format: format, output: output, minScore: minScore,
                       config: input.config, rules: input.rules, maxReadmeSize: input.maxReadmeSize, domain: input.domain)
    }

    /// Lints and returns the whole report in memory (`score --compare`).
    func lint() throws -> LintReport { try settings.lint() }

    func lintAndWrite(scoreCard: Bool, baseline: inout BaselineSession,
                      beforeEnd: (BaselineSession) throws -> Void = { _ in }) throws -> ReportSummary {
        try settings.lintAndWrite(scoreCard: scoreCard, baseline: &baseline, beforeEnd: beforeEnd)
    }

    var color: Bool { settings.color }
}

extension OutputFormat: ExpressibleByArgument {}
