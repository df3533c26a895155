import Foundation
import XCTest

/// Domain literacy is judged by more than vocabulary (issue #13): naming EHR, FHIR and HIPAA earns a
/// part of it; the metrics and evaluation design that reviewers of the project's domain expect earn
/// the rest, so a first draft is told to report those before it is told to add words.
final class DomainLiteracyScoreTests: XCTestCase {
    func score(_ readme: String, manifest: String) throws -> [String: Any] {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", readme)
        try sandbox.write("p/case-study.yaml", manifest)
        let result = try CLI.run(["score", "--format", "json", sandbox.path("p")])
        let project = try XCTUnwrap((result.json?["projects"] as? [[String: Any]])?.first, result.stdout + result.stderr)
        return try XCTUnwrap(project["score"] as? [String: Any])
    }

    func domainLiteracy(_ scored: [String: Any]) throws -> Int {
        let categories = try XCTUnwrap(scored["categories"] as? [String: [String: Any]])
        return try XCTUnwrap(categories["domain-literacy"]?["score"] as? Int)
    }

    func testVocabularyAloneEarnsOnlyPartOfDomainLiteracy() throws {
        let manifest = "title: Readmission risk\ndomain: precision\n"
        let worded = """
            # Readmission risk

            Risk scores go back to the EHR as a FHIR RiskAssessment; all records are de-identified under HIPAA.

            ## Evaluation

            Accuracy 0.81 on the held-out test set.
            """
        let named = try score(worded, manifest: manifest)
        let rules = try XCTUnwrap(named["rules"] as? [String: [String: Any]])
        XCTAssertEqual(rules["keywords.coverage"]?["outcome"] as? String, "passed")
        XCTAssertEqual(rules["metrics.domain-required"]?["outcome"] as? String, "failed")
        XCTAssertLessThan(try domainLiteracy(named), 50)
        // The metrics a risk model is judged by: discrimination, and what a threshold catches.
        let measured = try score(worded.replacingOccurrences(
            of: "Accuracy 0.81", with: "AUROC 0.74 (95% CI 0.71-0.77); at the 20% threshold sensitivity is 61%,"), manifest: manifest)
        XCTAssertGreaterThan(try domainLiteracy(measured), 80)
    }

    func testTheFirstDraftIsNotToldToAddVocabularyFirst() throws {
        let result = try CLI.run(["score", "--format", "json", CLI.packageRoot.appendingPathComponent("Examples/readmission-first-draft").path])
        let project = try XCTUnwrap((result.json?["projects"] as? [[String: Any]])?.first, result.stdout + result.stderr)
        let actions = try XCTUnwrap((project["score"] as? [String: Any])?["actions"] as? [[String: Any]])
        let first = try XCTUnwrap(actions.first)
        XCTAssertNotEqual(first["rule"] as? String, "keywords.coverage")
        let vocabulary = try XCTUnwrap(actions.first { $0["rule"] as? String == "keywords.coverage" })
        let metrics = try XCTUnwrap(actions.first { $0["rule"] as? String == "metrics.domain-required" })
        XCTAssertLessThan(try XCTUnwrap(vocabulary["points"] as? Double), try XCTUnwrap(metrics["points"] as? Double))
    }
}
