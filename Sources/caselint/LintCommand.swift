import ArgumentParser
import CaseLintKit
import Foundation

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check projects and report findings.",
        discussion: """
        PATH is a project folder (it holds a README.md), a folder of projects (each direct subfolder \
        with a README.md is linted), or a README file. Exit status: 0 when no error-level finding \
        (and no warning with --strict), 1 when there are findings, 2 on bad input or configuration.
        """
    )

    @Argument(help: "Projects or folders of projects to lint.")
    var paths: [String] = ["."]

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Fail (exit 1) on warnings too, not only on errors.")
    var strict = false

    @Option(name: .long, help: "Use this configuration file instead of each project's .caselint.yml.")
    var config: String?

    @Option(name: .long, help: "Add rule packs from this folder (*.yml); may be repeated.")
    var rules: [String] = []

    @Option(name: .long, help: "Skip READMEs larger than this (e.g. 10MB, 500KB, or bytes).")
    var maxReadmeSize: String?

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var output: String?

    func run() throws {
        do {
            let ruleSet = try RuleSet.load(extraDirectories: rules)
            let override = try config.map { path -> Configuration in
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw InputError(file: path, "cannot read the configuration file")
                }
                return try ConfigurationLoader.load(text: text, file: path)
            }
            let limit = try maxReadmeSize.map { text -> Int in
                guard let bytes = Configuration.parseSize(text) else {
                    throw InputError("--max-readme-size: '\(text)' is not a size; write e.g. 10MB, 500KB or 2000000")
                }
                return bytes
            }
            let projects = try ProjectScanner.projects(at: paths, ignore: { override?.isIgnored($0) ?? false })
            let report = try Linter(ruleSet: ruleSet, configurationOverride: override, maxReadmeBytes: limit).lint(projects)
            let color = output == nil && Terminal.wantsColor
            try Output.write(format.reporter(color: color).render(report), to: output)
            let failing = report.errors > 0 || (strict && report.warnings > 0)
            if failing { throw ExitCode(1) }
        } catch let error as InputError {
            Output.error(error.description)
            throw ExitCode(2)
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
