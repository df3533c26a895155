@testable import CaseLintKit
import XCTest

/// The evaluation rules and the domain packs as a whole: fast to run, and telling on real drafts.
final class EvaluationRulesTests: XCTestCase {
    /// A phrase pattern without required words runs its regex on every paragraph of every README,
    /// which would dominate the linter's time (see `RequiredWords`).
    func testEveryDomainPhrasePatternCanBePrefiltered() throws {
        let ruleSet = try RuleSet.load()
        let packs = ruleSet.packs.filter { $0.name == "evaluation" || $0.name.hasPrefix("domain-") && !$0.domains.isEmpty }
        XCTAssertEqual(packs.count, 7, "the evaluation pack and one pack per domain")
        for rule in packs.flatMap(\.rules) {
            guard let phrase = rule.check as? PhraseCheck else { continue }
            for pattern in phrase.patterns + phrase.also {
                XCTAssertFalse(pattern.required.isEmpty, "\(rule.id): \(pattern.source) has no required words")
            }
        }
    }

    /// The weak example is judged as a risk model from its words: the domain's expectations show up
    /// as warnings, never errors, and the strong examples pass them all.
    func testExamplesAreJudgedInTheirDomains() throws {
        let examples = CLI.packageRoot.appendingPathComponent("Examples").path
        let report = try Linter(ruleSet: try RuleSet.load()).lint(try ProjectScanner.projects(at: [examples]))
        let draft = try XCTUnwrap(report.projects.first { $0.project.path.hasSuffix("readmission-first-draft") })
        XCTAssertEqual(draft.facts.domain?.id, "precision")
        XCTAssertEqual(draft.facts.domain?.source, .inferred)
        let domainRules = ["metrics.domain-required", "metrics.imbalance-accuracy-only", "metrics.calibration",
                           "metrics.confidence-intervals", "evaluation.test-set", "data.split-disjointness"]
        for rule in domainRules {
            let found = draft.diagnostics.filter { $0.rule == rule }
            XCTAssertFalse(found.isEmpty, "the first draft should trip \(rule)")
            XCTAssertTrue(found.allSatisfy { $0.severity == .warning }, "\(rule): an inferred domain only warns")
        }
        for strong in ["chest-xray-triage", "ed-demand-forecast"] {
            let result = try XCTUnwrap(report.projects.first { $0.project.path.hasSuffix(strong) })
            XCTAssertEqual(result.facts.domain?.source, .declared, strong)
            XCTAssertEqual(result.diagnostics.map(\.rule), [], strong)
            XCTAssertTrue(result.outcomes.filter { $0.value == .passed }.keys.contains("metrics.domain-required"), strong)
        }
    }
}
