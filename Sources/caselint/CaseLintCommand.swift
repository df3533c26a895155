import ArgumentParser
import CaseLintKit
import Foundation

@main
struct CaseLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caselint",
        abstract: "Lint healthcare-AI portfolio projects as case studies.",
        discussion: "Checks that a project's README reads as a case study: problem, data, approach, evaluation with real metrics, risks and limitations, next steps, a not-for-clinical-use disclaimer, human oversight and the domain's vocabulary.",
        version: CaseLint.version,
        subcommands: [LintCommand.self, ScoreCommand.self, FixCommand.self, RulesCommand.self, ExplainCommand.self, NewCommand.self, OutlineCommand.self],
        defaultSubcommand: LintCommand.self
    )

    /// ArgumentParser exits 64 on a usage error; caselint's contract says 2 for any bad input.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // Help, version and completion requests need no rules, and always go through the root.
        let runsCommand = needsRules(arguments[...])
        if runsCommand { BuiltInRulePreload.start() }
        do {
            if runsCommand, let lint = LintFastPath.run(for: arguments) { return try lint.run() }
            var command = try (runsCommand ? SubcommandParse.direct(arguments, of: self) : nil) ?? parseAsRoot(arguments)
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// Every command reads the rules, so they start compiling while the arguments are parsed;
    /// asking only for the version or for help needs none.
    static func needsRules(_ arguments: ArraySlice<String>) -> Bool {
        !arguments.contains { ["--version", "-h", "--help", "help", "--generate-completion-script", "--experimental-dump-help"].contains($0) }
    }
}
