import Foundation

/// Runs a rule's fix on its `examples.fix`, the way `caselint fix` runs it on a project: the fix
/// must turn `before` into `after` byte for byte, leave `after` as it is (a second run changes
/// nothing), and do its job there (the part now has a heading; any other rule passes).
extension RuleExampleRunner {
    /// The files the fix makes of an example project: README and manifest (nil when there is none).
    public static func applyFix(_ rule: CompiledRule, to example: RuleExample, ruleSet: RuleSet,
                                gate: DomainGate? = nil) -> (readme: String?, manifest: String?) {
        let context = factsContext(example, ruleSet: ruleSet, rule: rule, gate: gate)
        let failing = rule.check.evaluate(context).isEmpty ? Set<String>() : [rule.id]
        let composer = FixComposer(ruleSet: ruleSet, rules: [rule], readmeName: "README.md", manifestName: "case-study.yaml",
                                   readme: example.readme.map { Array($0.utf8) }, manifest: example.manifest.map { Array($0.utf8) },
                                   lint: .init(failing: failing, facts: context.facts))
        let result = composer.compose()
        return (result.readme.map { String(decoding: $0, as: UTF8.self) } ?? example.readme,
                result.manifest.map { String(decoding: $0, as: UTF8.self) } ?? example.manifest)
    }

    /// A context holding every fact the linter would record (parts, disclaimer, metrics, domain),
    /// since a fix places its text by the facts of other rules too.
    static func factsContext(_ example: RuleExample, ruleSet: RuleSet, rule: CompiledRule, gate: DomainGate?) -> LintContext {
        let document = example.readme.map { MarkdownScanner.scan($0) }
        let loaded = example.manifest.map { ManifestLoader.load(text: $0, file: "case-study.yaml") }
        let context = LintContext(document: document, manifestNode: loaded?.node, vocabulary: ruleSet.vocabulary)
        context.manifest = loaded?.manifest
        context.manifestBytes = example.manifest.map { Array($0.utf8) }
        context.domain = domain(for: rule, example: example, context: context, gate: gate)
        context.facts.domain = context.domain
        _ = context.metrics
        for other in ruleSet.rules where other.check.recordsFacts && other.id != rule.id { _ = other.check.evaluate(context) }
        return context
    }

    static func fixProblem(_ rule: CompiledRule, _ example: FixExample, ruleSet: RuleSet, gate: DomainGate?) -> String? {
        let fixed = applyFix(rule, to: example.before, ruleSet: ruleSet, gate: gate)
        if fixed.readme != example.after.readme {
            return "makes a different README:\n\(fixed.readme.map(Self.shown) ?? "nothing")\ninstead of\n\(example.after.readme.map(Self.shown) ?? "nothing")"
        }
        if fixed.manifest != example.after.manifest {
            return "makes a different case-study.yaml:\n\(fixed.manifest.map(Self.shown) ?? "none")\ninstead of\n\(example.after.manifest.map(Self.shown) ?? "none")"
        }
        let again = applyFix(rule, to: example.after, ruleSet: ruleSet, gate: gate)
        if again.readme != example.after.readme || again.manifest != example.after.manifest {
            return "changes its own result on a second run (it must be idempotent)"
        }
        let context = factsContext(example.after, ruleSet: ruleSet, rule: rule, gate: gate)
        let findings = rule.check.evaluate(context)
        if let check = rule.check as? SectionCheck {
            guard let fact = context.facts.sections[check.part] else {
                return "leaves the part \(check.part) without a heading the check counts"
            }
            guard fact.status == "placeholder" else {
                return "leaves the part \(check.part) \(fact.status) instead of holding its marker (did the new heading take the author's text as its body?)"
            }
        } else if !findings.isEmpty {
            return "leaves the rule failing: \(findings.map(\.message).joined(separator: " | "))"
        }
        return nil
    }

    /// Text with its invisible characters shown, so a failing comparison can be read.
    static func shown(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\u{FEFF}", with: "\\ufeff")
    }
}
