import ArgumentParser
import CaseLintKit
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, kind, category, severity, title.",
        discussion: """
        --format markdown prints the table kept in the README between <!-- rules:start --> and \
        <!-- rules:end -->. --verify runs every rule's own pass and fail examples (useful for packs \
        added with --rules) and exits 1 when one misbehaves.
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case text, markdown, json }

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: "Add rule packs from this folder (*.yml); may be repeated.")
    var rules: [String] = []

    @Flag(name: .long, help: "Run each rule's examples and report those that do not behave as written.")
    var verify = false

    func run() throws {
        try ExitStatus.guarding {
            let ruleSet = try RuleSet.load(extraDirectories: rules)
            if verify {
                let (checked, failures) = RuleExampleRunner.verify(ruleSet)
                for failure in failures { Output.error(failure.description) }
                try Output.write("\(checked) examples checked, \(failures.count) failed\n", to: nil)
                return failures.isEmpty ? .success : ExitCode(ExitStatus.findings)
            }
            switch format {
            case .text: try Output.write(RuleCatalog.text(ruleSet), to: nil)
            case .markdown: try Output.write(RuleCatalog.markdown(ruleSet), to: nil)
            case .json: try Output.write(RuleCatalog.json(ruleSet), to: nil)
            }
            return .success
        }
    }
}
