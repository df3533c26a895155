import ArgumentParser
import CaseLintKit
import Foundation

struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Add what is mechanically missing: the disclaimer, part headings, a case-study.yaml.",
        discussion: """
        Only adds text, never deletes or rewords it: the not-for-clinical-use disclaimer after the \
        title, a heading with a [[TODO: ...]] marker for each missing part (in the usual order, \
        after the nearest part there is), a marker under an empty part, a case-study.yaml drafted \
        from the README when there is none, and the rename of an unknown manifest key with one \
        clear correction. Line endings, a byte-order mark and front matter are kept; each file is \
        written to a temporary file and renamed into place. A file with merge-conflict markers is \
        refused. Running it twice changes nothing the second time. Exit status as for lint, judged \
        on what remains: 0 when no error-level finding remains (and no warning with --strict) and \
        no project is below --min-score; 1 otherwise; 2 on bad input (nothing is written).
        """
    )

    @Argument(help: "Projects or folders of projects.")
    var paths: [String] = ["."]

    @Flag(name: .long, help: "Say what would change and what would remain; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Print the changes as a unified diff (for git apply or patch -p1); write nothing.")
    var diff = false

    @Flag(name: .long, help: "Exit 1 when warnings remain too, not only errors.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Exit 1 when any project scores below N (0-100) after fixing; overrides min_score in .caselint.yml.",
                                            valueName: "N"))
    var minScore: Int?

    @OptionGroup var input: InputOptions

    func run() throws {
        try ExitStatus.guarding {
            let (linter, projects) = try input.request(paths: paths, minScore: minScore).prepare()
            let fixer = Fixer(linter: linter)
            var fixes = try fixer.plan(Array(projects))
            let color = Terminal.wantsColor
            if diff {
                var patch: [UInt8] = []
                for fix in fixes {
                    for change in fix.changes { patch += fixer.diff(change) }
                }
                FileHandle.standardOutput.write(Data(patch))
                FileHandle.standardError.write(Data(FixReportText(mode: .diff).summary(fixes).utf8))
            } else if dryRun {
                try Output.write(FixReportText(mode: .dryRun, color: color).render(fixes), to: nil)
            } else {
                for index in fixes.indices {
                    do {
                        fixes[index].after = try fixer.write(fixes[index])
                    } catch {
                        // Say what was written before the project that failed, then the failure.
                        if index > 0 { try Output.write(FixReportText(mode: .write, color: color).render(Array(fixes[..<index])), to: nil) }
                        throw error
                    }
                }
                try Output.write(FixReportText(mode: .write, color: color).render(fixes), to: nil)
            }
            let report = LintReport(projects: fixes.map(\.after), ruleSet: linter.ruleSet)
            return ExitStatus.decide(report.summary, failOnFindings: true, strict: strict, minScore: minScore)
        }
    }
}
