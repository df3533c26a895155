@testable import CaseLintKit
import XCTest

/// Where a project's domain comes from: `--domain`, then the manifest, then `.caselint.yml`, then
/// the README's words when they are clear; and what a domain does to the rules.
final class DomainResolverTests: XCTestCase {
    var ruleSet: RuleSet!

    override func setUpWithError() throws { ruleSet = try RuleSet.load() }

    func resolve(_ readme: String, override: String? = nil, manifest: String? = nil, config: String? = nil) -> ResolvedDomain? {
        let index = TextIndex(MarkdownScanner.scan(readme))
        return DomainResolver(override: override, manifestDomain: manifest, manifestLine: 3,
                              configuration: Configuration(domain: config, file: ".caselint.yml"))
            .resolve(text: index, detector: ruleSet.vocabulary.domainDetector)
    }

    let imagingReadme = "# CXR triage\n\nChest radiographs arrive from PACS as DICOM; a radiologist reads every film.\n"

    func testDeclaredDomainsWinInOrder() {
        XCTAssertEqual(resolve(imagingReadme, override: "operations", manifest: "precision", config: "genai-docs"),
                       ResolvedDomain(id: "operations", source: .declared, evidence: ["--domain"]))
        XCTAssertEqual(resolve(imagingReadme, manifest: "precision", config: "genai-docs"),
                       ResolvedDomain(id: "precision", source: .declared, evidence: ["case-study.yaml:3"]))
        XCTAssertEqual(resolve(imagingReadme, config: "genai-docs"),
                       ResolvedDomain(id: "genai-docs", source: .declared, evidence: [".caselint.yml"]))
    }

    func testAnUnknownDeclaredDomainFallsBackToTheReadme() {
        let resolved = resolve(imagingReadme, manifest: "radiology")
        XCTAssertEqual(resolved?.id, "imaging")
        XCTAssertEqual(resolved?.source, .inferred)
    }

    func testInferenceNamesItsEvidence() throws {
        let resolved = try XCTUnwrap(resolve(imagingReadme))
        XCTAssertEqual(resolved.id, "imaging")
        XCTAssertEqual(resolved.source, .inferred)
        XCTAssertTrue(resolved.evidence.contains("dicom (1)"), "\(resolved.evidence)")
        let forecast = "# ED\n\nWe forecast emergency department arrivals for staffing with ARIMA; occupancy follows.\n"
        XCTAssertEqual(resolve(forecast)?.id, "operations")
    }

    /// One weak word, or two domains in a tie, is not enough to judge a project by.
    func testWeakOrMixedEvidenceGivesNoDomain() {
        XCTAssertNil(resolve("# Project\n\nA convolutional network on tabular data.\n"))
        XCTAssertNil(resolve("# Project\n\nWe forecast arrivals from DICOM radiographs.\n"), "two domains, neither clearly ahead")
        XCTAssertNil(resolve("# Project\n\n```\ndicom radiograph pacs radiology mri\n```\n"), "code does not count")
    }

    func testGateTurnsDomainRulesOnOnlyWhereTheyBelong() {
        let gate = DomainGate(ruleSet: ruleSet)
        let declared = ResolvedDomain(id: "operations", source: .declared, evidence: [])
        let inferred = ResolvedDomain(id: "operations", source: .inferred, evidence: [])
        XCTAssertEqual(gate.decision(for: "metrics.baseline", domain: declared), .applies(severity: .error, capped: false))
        XCTAssertEqual(gate.decision(for: "metrics.baseline", domain: inferred), .applies(severity: .error, capped: true))
        XCTAssertEqual(gate.decision(for: "metrics.calibration", domain: declared), .notApplicable, "not an operations red flag")
        XCTAssertEqual(gate.decision(for: "llm.model-and-settings", domain: declared), .notApplicable, "a genai-docs pack rule")
        XCTAssertEqual(gate.decision(for: "metrics.baseline", domain: nil), .notApplicable, "no domain, no domain rules")
        XCTAssertEqual(gate.decision(for: "section.data", domain: nil), .applies(severity: nil, capped: false))
        XCTAssertEqual(gate.domains(for: "metrics.calibration"), ["imaging", "precision"])
        // An inferred domain never produces errors, even when the user raised the rule's severity.
        let capped = DomainGate.Decision.applies(severity: .error, capped: true)
        XCTAssertEqual(DomainGate.severity(configured: .error, userSet: true, finding: nil, decision: capped), .warning)
        XCTAssertEqual(DomainGate.severity(configured: .warning, userSet: false, finding: nil,
                                           decision: .applies(severity: .error, capped: false)), .error)
        XCTAssertEqual(DomainGate.severity(configured: .info, userSet: true, finding: nil,
                                           decision: .applies(severity: .error, capped: false)), .info, "the user's severity wins")
    }

    /// The linter asks by a rule's position in `projectRules`; the answer must be the one by id.
    func testGateByPositionAnswersAsByID() {
        let gate = DomainGate(ruleSet: ruleSet)
        let domains: [ResolvedDomain?] = [nil] + Configuration.domains.flatMap { id in
            [ResolvedDomain(id: id, source: .declared, evidence: []), ResolvedDomain(id: id, source: .inferred, evidence: [])]
        }
        var domainRules = 0
        for (index, rule) in ruleSet.projectRules.enumerated() {
            XCTAssertEqual(gate.isDomainRule(projectRule: index), gate.isDomainRule(rule.id), rule.id)
            if gate.isDomainRule(rule.id) { domainRules += 1 }
            for domain in domains {
                XCTAssertEqual(gate.decision(projectRule: index, domain: domain), gate.decision(for: rule.id, domain: domain), rule.id)
            }
        }
        XCTAssertGreaterThan(domainRules, 0)
    }

    func testAConfigurationThatNamesNoRuleKeepsEachRulesDefault() {
        let empty = Configuration()
        XCTAssertEqual(empty.effectiveSeverity(ruleID: "a.b", pack: "a", severity: .warning, enabledByDefault: true), .warning)
        XCTAssertNil(empty.effectiveSeverity(ruleID: "a.b", pack: "a", severity: .warning, enabledByDefault: false))
        let enabling = Configuration(enabled: ["a"])
        XCTAssertEqual(enabling.effectiveSeverity(ruleID: "a.b", pack: "a", severity: .info, enabledByDefault: false), .info)
        let off = Configuration(off: ["a.b"])
        XCTAssertNil(off.effectiveSeverity(ruleID: "a.b", pack: "a", severity: .error, enabledByDefault: true))
    }

    func testMessageTemplatesFillKnownPlaceholdersOnly() {
        XCTAssertEqual(DomainMetricsCheck.fill("A {domain} study reports {group}, e.g. '{example}'.", domain: "imaging",
                                               group: "AUROC", example: "AUROC 0.83"),
                       "A imaging study reports AUROC, e.g. 'AUROC 0.83'.")
        XCTAssertEqual(DomainMetricsCheck.fill("{other} and {group", domain: "d", group: "g", example: "e"), "{other} and {group")
    }

    /// Every domain has a profile, and each profile's words infer its own domain.
    func testEveryDomainHasAProfileThatRecognisesItself() throws {
        XCTAssertEqual(Set(ruleSet.vocabulary.domainProfiles.map(\.domain)), Set(Configuration.domains))
        for profile in ruleSet.vocabulary.domainProfiles {
            XCTAssertFalse(profile.required.isEmpty, profile.domain)
            let readme = "# Project\n\n" + profile.strongWords.prefix(6).joined(separator: ", ") + ".\n"
            XCTAssertEqual(resolve(readme)?.id, profile.domain, readme)
        }
    }
}
