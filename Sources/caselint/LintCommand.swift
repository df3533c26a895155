import ArgumentParser
import CaseLintKit
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check projects and report findings.",
        discussion: """
        PATH is a project folder (it holds a README.md), a folder of projects (each direct subfolder \
        with a README.md is linted), or a README file. Formats: text (compiler-style lines), json, \
        sarif (code scanning), github (workflow annotations), markdown (step summary), html (one-file \
        report), badge (SVG) and shields (endpoint JSON). Exit status: 0 when no error-level finding \
        (and no warning with --strict) and no project below --min-score or min_score; 1 otherwise; \
        2 on bad input or configuration.
        """
    )

    @OptionGroup var options: ReportOptions

    @Flag(name: .long, help: "Fail (exit 1) on warnings too, not only on errors.")
    var strict = false

    func run() throws {
        try ExitStatus.guarding {
            let report = try options.lintAndWrite(scoreCard: false)
            return ExitStatus.decide(report, failOnFindings: true, strict: strict, minScore: options.minScore)
        }
    }
}
