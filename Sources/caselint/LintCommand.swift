import ArgumentParser
import CaseLintKit
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check projects and report findings.",
        discussion: """
        PATH is a project folder (it holds a README.md), a folder of projects (each direct subfolder \
        with a README.md is linted, and the folder is checked as a portfolio), or a README file. \
        Formats: text (compiler-style lines), json, sarif (code scanning), github (workflow \
        annotations), markdown (step summary), html (one-file report), badge (SVG) and shields \
        (endpoint JSON). A baseline (--baseline, or baseline: in .caselint.yml) hides the findings it \
        lists, matched by file and fingerprint, not by line; --write-baseline records today's. \
        Exit status: 0 when no error-level finding (and no warning with --strict) and no project below \
        --min-score or min_score; 1 otherwise; 2 on bad input, configuration or baseline.
        """
    )

    @OptionGroup var options: ReportOptions

    @Flag(name: .long, help: "Fail (exit 1) on warnings too, not only on errors.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Report only findings that are not in this baseline file (overrides baseline: in .caselint.yml).",
                                            valueName: "FILE"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp("Record every current finding in FILE (creating or replacing it), then report as linting with it would: nothing new.",
                                            valueName: "FILE"))
    var writeBaseline: String?

    func run() throws {
        try LintRun(report: options.settings, strict: strict, baseline: baseline, writeBaseline: writeBaseline).run()
    }
}
