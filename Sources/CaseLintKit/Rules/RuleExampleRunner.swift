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
        /// For an example under `examples.fix`: what the fix got wrong.
        public var fixProblem: String? = nil

        public var description: String {
            if let fixProblem { return "\(file):\(line): \(rule): fix example \(fixProblem)" }
            let verdict = expectedPass ? "should pass but reported: \(findings.joined(separator: " | "))" : "should fail but passed"
            return "\(file):\(line): \(rule): example \(verdict)"
        }
    }

    public static func findings(for rule: CompiledRule, example: RuleExample, vocabulary: SharedVocabulary,
                                gate: DomainGate? = nil) -> [Finding] {
        if let portfolio = rule.portfolioCheck { return findings(for: portfolio, example: example, vocabulary: vocabulary) }
        let document = example.readme.map { MarkdownScanner.scan($0) }
        let loaded = example.manifest.map { ManifestLoader.load(text: $0, file: "case-study.yaml") }
        let context = LintContext(document: document, manifestNode: loaded?.node, vocabulary: vocabulary)
        context.manifest = loaded?.manifest
        context.manifestBytes = example.manifest.map { Array($0.utf8) }
        context.dataFiles = example.files.map { SampleDataFile(path: $0.path, bytes: Array($0.text.utf8)) }
        context.domain = domain(for: rule, example: example, context: context, gate: gate)
        return rule.check.evaluate(context)
    }

    /// A portfolio example is a folder of projects `project-1`, `project-2`, ... read as the linter
    /// reads them: title, domain (declared or inferred) and task, lane.
    static func findings(for check: any PortfolioCheck, example: RuleExample, vocabulary: SharedVocabulary) -> [Finding] {
        let members = example.projects.enumerated().map { index, project -> PortfolioMember in
            let loaded = project.manifest.map { ManifestLoader.load(text: $0, file: "case-study.yaml") }
            let context = LintContext(document: project.readme.map { MarkdownScanner.scan($0) }, manifestNode: loaded?.node,
                                      vocabulary: vocabulary)
            context.manifest = loaded?.manifest
            context.domain = project.domain.map { ResolvedDomain(id: $0, source: .declared, evidence: ["example"]) }
                ?? DomainResolver(manifestDomain: context.manifest?.domain).resolve(inference: { context.domainInference })
            let task = context.domainExpectations?.task   // read before the write: both touch context.domain
            context.domain?.task = task
            return PortfolioMember(folder: "project-\(index + 1)",
                                   identity: ProjectIdentity(context: context, manifestFile: loaded == nil ? nil : "case-study.yaml"))
        }
        let portfolio = PortfolioContext(members: members)
        return check.applies(to: portfolio) ? check.evaluate(portfolio) : []
    }

    /// The example's own `domain:`; else the one the linter would resolve; for a domain rule that
    /// would not run there, the first domain it runs in.
    static func domain(for rule: CompiledRule, example: RuleExample, context: LintContext, gate: DomainGate?) -> ResolvedDomain? {
        if let id = example.domain { return ResolvedDomain(id: id, source: .declared, evidence: ["example"]) }
        let resolved = DomainResolver(manifestDomain: context.manifest?.domain).resolve(inference: { context.domainInference })
        guard let domains = gate?.domains(for: rule.id) else { return resolved }
        if let resolved, domains.contains(resolved.id) { return resolved }
        return domains.first.map { ResolvedDomain(id: $0, source: .declared, evidence: ["example"]) }
    }

    public static func verify(_ ruleSet: RuleSet) -> (checked: Int, failures: [Failure]) {
        var checked = 0
        var failures: [Failure] = []
        let gate = DomainGate(ruleSet: ruleSet)
        for rule in ruleSet.rules {
            for (expectedPass, examples) in [(true, rule.definition.examples.pass), (false, rule.definition.examples.fail)] {
                for example in examples {
                    checked += 1
                    let found = findings(for: rule, example: example, vocabulary: ruleSet.vocabulary, gate: gate)
                    if found.isEmpty != expectedPass {
                        failures.append(Failure(rule: rule.id, file: rule.definition.file, line: example.line,
                                                expectedPass: expectedPass, findings: found.map(\.message)))
                    }
                }
            }
            for example in rule.definition.examples.fix {
                checked += 1
                if let problem = fixProblem(rule, example, ruleSet: ruleSet, gate: gate) {
                    failures.append(Failure(rule: rule.id, file: rule.definition.file, line: example.line, expectedPass: true,
                                            findings: [], fixProblem: problem))
                }
            }
        }
        return (checked, failures)
    }
}
