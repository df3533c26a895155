import ArgumentParser
import CaseLintKit
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: what it checks, why, its references and examples.",
        discussion: "RULE is a rule id as printed in brackets after each finding, e.g. section.data. `caselint rules` lists them."
    )

    @Argument(help: "The rule id, e.g. disclaimer.clinical-use.")
    var rule: String

    @Option(name: .long, help: "Add rule packs from this folder (*.yml); may be repeated.")
    var rules: [String] = []

    func run() throws {
        try ExitStatus.guarding {
            let ruleSet = try RuleSet.load(extraDirectories: rules)
            guard let found = ruleSet.rule(rule) else {
                let ids = ruleSet.rules.map(\.id)
                throw InputError("unknown rule '\(rule)'" + DidYouMean.suffix(for: rule, in: ids) + " (caselint rules lists them)")
            }
            let category = ruleSet.categories.first { $0.id == found.definition.category }
            try Output.write(RuleExplanation.text(found.definition, category: category, check: found.check,
                                                  profiles: ruleSet.vocabulary.domainProfiles), to: nil)
            return .success
        }
    }
}
