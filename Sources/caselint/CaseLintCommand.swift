import ArgumentParser
import CaseLintKit

@main
struct CaseLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caselint",
        abstract: "Lint healthcare-AI portfolio projects as case studies.",
        discussion: "Checks that a project's README reads as a case study: problem, data, approach, evaluation with real metrics, risks and limitations, next steps, a not-for-clinical-use disclaimer, human oversight and the domain's vocabulary.",
        version: CaseLint.version,
        subcommands: [LintCommand.self, OutlineCommand.self],
        defaultSubcommand: LintCommand.self
    )
}
