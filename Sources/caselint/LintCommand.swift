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
        try ExitStatus.guarding {
            var session = try baselineSession()
            let summary = try options.lintAndWrite(scoreCard: false, baseline: &session, beforeEnd: writeBaseline)
            if let writeBaseline, let written = session.baseline {
                Output.note("wrote \(written.findingCount) finding\(written.findingCount == 1 ? "" : "s") (\(written.entries.count) "
                    + "entr\(written.entries.count == 1 ? "y" : "ies")) to \(writeBaseline)")
            }
            for outcome in summary.baselines where !outcome.gone.isEmpty {
                let count = outcome.gone.reduce(0) { $0 + $1.count }
                var note = "\(outcome.file): \(count) accepted finding\(count == 1 ? " is" : "s are") gone; refresh the baseline "
                    + "with caselint lint --write-baseline \(outcome.file):"
                for entry in outcome.gone {
                    note += "\n  \(outcome.location(entry)) [\(entry.rule)]\(entry.count > 1 ? " ×\(entry.count)" : "") \(entry.message)"
                }
                Output.note(note)
            }
            return ExitStatus.decide(summary, failOnFindings: true, strict: strict, minScore: options.minScore)
        }
    }

    /// --write-baseline records every finding (and reports none, as linting with it would);
    /// --baseline or each configuration's baseline: hides what they list.
    func baselineSession() throws -> BaselineSession {
        if let writeBaseline {
            try Output.checkWritable(writeBaseline, what: "baseline")
            return BaselineSession(recordingTo: URL(fileURLWithPath: writeBaseline).standardizedFileURL)
        }
        return BaselineSession(override: baseline.map { URL(fileURLWithPath: $0).standardizedFileURL })
    }

    /// Writes the recorded baseline once every finding is known, before the report's last part.
    func writeBaseline(_ session: BaselineSession) throws {
        guard let writeBaseline, let written = session.baseline else { return }
        try Output.writeFile(written.serialized(), to: writeBaseline, what: "baseline")
    }
}
