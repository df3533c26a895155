@testable import CaseLintKit
import XCTest

/// A task inside a domain (no-shows in operations, glucose prediction in remote monitoring) swaps
/// the metric and protocol groups a README is judged on, but only when the README is about it.
final class DomainTaskTests: XCTestCase {
    var ruleSet: RuleSet!

    override func setUpWithError() throws { ruleSet = try RuleSet.load() }

    func expectations(_ domain: String, _ readme: String) throws -> DomainExpectations {
        let profile = try XCTUnwrap(ruleSet.vocabulary.profile(domain))
        return profile.expectations(for: TextIndex(MarkdownScanner.scan(readme)))
    }

    func testTheTaskTheReadmeIsAboutReplacesTheDefaults() throws {
        let noShows = try expectations("operations", "# Clinic\n\nWe predict no-shows: a missed appointment wastes a slot.\n")
        XCTAssertEqual(noShows.task, "no-show prediction")
        XCTAssertEqual(noShows.required.map(\.name).first, "discrimination (AUROC or AUPRC)")
        XCTAssertFalse(noShows.protocolGroups.contains { $0.name == "forecast horizon" })

        let glucose = try expectations("remote-monitoring", "# CGM\n\nGlucose forecasting 30 minutes ahead.\n")
        XCTAssertEqual(glucose.task, "glucose prediction")
        XCTAssertEqual(glucose.required.count, 1)
    }

    func testOneMentionOrCodeDoesNotMakeATask() throws {
        let aside = try expectations("operations", "# ED arrivals\n\nUnlike no-show models, we forecast arrivals per hour.\n")
        XCTAssertNil(aside.task)
        XCTAssertEqual(aside.title, "hospital operations forecasting")
        XCTAssertTrue(aside.protocolGroups.contains { $0.name == "forecast horizon" })

        let code = try expectations("operations", "# ED arrivals\n\n```python\nno_show = 'no-show'  # no-shows, missed appointment\n```\n")
        XCTAssertNil(code.task)
    }

    func testTheTaskIsReportedWithTheDomain() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "# Clinic no-shows\n\nWe predict no-shows; a missed appointment costs a slot.\n\n"
                          + "## Evaluation\n\nMAE 0.21 on the test months.\n")
        let result = try CLI.run(["lint", sandbox.path("p"), "--domain", "operations", "--format", "json"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let project = try XCTUnwrap((json["projects"] as? [[String: Any]])?.first)
        let domain = try XCTUnwrap((project["facts"] as? [String: Any])?["domain"] as? [String: Any])
        XCTAssertEqual(domain["task"] as? String, "no-show prediction")
        let messages = (project["diagnostics"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "metrics.domain-required" }
            .compactMap { $0["message"] as? String }
        XCTAssertEqual(messages.count, 2, "\(messages)")
        XCTAssertTrue(messages.allSatisfy { $0.hasPrefix("A no-show prediction evaluation") }, "\(messages)")
    }

    func testExplainListsWhatEachDomainAndTaskExpects() throws {
        let metrics = try CLI.run(["explain", "metrics.domain-required"]).stdout
        XCTAssertTrue(metrics.contains("What each domain expects\n"), metrics)
        XCTAssertTrue(metrics.contains("  operations (hospital operations forecasting):\n    - point error (MAE or RMSE)"), metrics)
        XCTAssertTrue(metrics.contains("when the README is about no-show prediction"), metrics)
        let design = try CLI.run(["explain", "evaluation.protocol-domain"]).stdout
        XCTAssertTrue(design.contains("    - forecast horizon, e.g."), design)
        XCTAssertTrue(design.contains("      - a later test period (a temporal split)"), design)
        XCTAssertFalse(try CLI.run(["explain", "metrics.domain-recommended"]).stdout.contains("What each domain expects"))
    }

    func testAPackTaskNeedsItsKeys() throws {
        let pack = """
            pack: broken
            domains: [operations]
            profile:
              title: ops
              required:
                - {group: point error, any_of: [mae], example: "MAE 3.1"}
              tasks:
                - task: no-shows
                  required:
                    - {group: discrimination, any_of: [auroc], example: "AUROC 0.7"}
            """
        XCTAssertThrowsError(try RulePackLoader.load(text: pack, file: "rules/broken.yml", vocabulary: SharedVocabulary())) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("rules/broken.yml:8"), text)
            XCTAssertTrue(text.contains("each task needs task (its name), when"), text)
        }
    }
}
