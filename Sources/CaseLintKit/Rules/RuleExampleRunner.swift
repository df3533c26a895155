import Foundation

/// Runs a rule against its own examples, the way the linter would run it on a project.
/// The test suite uses it for every built-in rule; `caselint rules --verify` uses it for custom packs.
public enum RuleExampleRunner {
    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: String
        public var file: String
        public var line: Int
        public var expectedPass: Bool
        public var findings: [String]

        public var description: String {
            let verdict = expectedPass ? "should pass but reported: \(findings.joined(separator: " | "))" : "should fail but passed"
            return "\(file):\(line): \(rule): example \(verdict)"
        }
    }

    public static func findings(for rule: CompiledRule, example: RuleExample, vocabulary: SharedVocabulary) -> [Finding] {
        let document = example.readme.map { MarkdownScanner.scan($0) }
        let manifest = example.manifest.map { ManifestLoader.load(text: $0, file: "case-study.yaml").node } ?? nil
        let context = LintContext(document: document, manifestNode: manifest, vocabulary: vocabulary)
        return rule.check.evaluate(context)
    }

    public static func verify(_ ruleSet: RuleSet) -> (checked: Int, failures: [Failure]) {
        var checked = 0
        var failures: [Failure] = []
        for rule in ruleSet.rules {
            for (expectedPass, examples) in [(true, rule.definition.examples.pass), (false, rule.definition.examples.fail)] {
                for example in examples {
                    checked += 1
                    let found = findings(for: rule, example: example, vocabulary: ruleSet.vocabulary)
                    if found.isEmpty != expectedPass {
                        failures.append(Failure(rule: rule.id, file: rule.definition.file, line: example.line,
                                                expectedPass: expectedPass, findings: found.map(\.message)))
                    }
                }
            }
        }
        return (checked, failures)
    }
}
