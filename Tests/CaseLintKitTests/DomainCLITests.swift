import Foundation
import XCTest

/// `--domain` and `facts.domain` through the built binary.
final class DomainCLITests: XCTestCase {
    let readme = """
    # Readmission risk

    > Not for clinical use: a research project, not a medical device.

    ## Results

    The XGBoost model on EHR data reached an accuracy of 0.89 on the test set; readmission, readmitted
    and 30-day readmissions are the outcome.
    """

    func testAnUnknownDomainIsAUsageError() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", readme)
        for command in ["lint", "score"] {
            let result = try CLI.run([command, "--domain", "imagin", sandbox.path("p")])
            XCTAssertEqual(result.status, 2, result.stdout)
            XCTAssertTrue(result.stderr.contains("--domain: 'imagin' is not one of imaging, precision"), result.stderr)
            XCTAssertTrue(result.stderr.contains("did you mean 'imaging'?"), result.stderr)
        }
    }

    func testInferredDomainIsReportedAndOnlyWarns() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", readme)
        let result = try CLI.run(["lint", "--format", "json", sandbox.path("p")])
        let project = try XCTUnwrap((result.json?["projects"] as? [[String: Any]])?.first)
        let domain = try XCTUnwrap((project["facts"] as? [String: Any])?["domain"] as? [String: Any])
        XCTAssertEqual(domain["id"] as? String, "precision")
        XCTAssertEqual(domain["source"] as? String, "inferred")
        XCTAssertFalse((domain["evidence"] as? [String] ?? []).isEmpty)
        XCTAssertTrue(project["domain"] is NSNull, "the top-level domain is the declared one")
        let diagnostics = project["diagnostics"] as? [[String: Any]] ?? []
        let accuracyOnly = diagnostics.first { $0["rule"] as? String == "metrics.imbalance-accuracy-only" }
        XCTAssertEqual(accuracyOnly?["severity"] as? String, "warning", "an inferred domain never produces errors")
        XCTAssertTrue(diagnostics.contains { $0["rule"] as? String == "domain.inferred" })
    }

    func testDeclaredDomainReportsAtFullSeverity() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", readme)
        let result = try CLI.run(["lint", "--format", "json", "--domain", "precision", sandbox.path("p")])
        XCTAssertEqual(result.status, 1)
        let project = try XCTUnwrap((result.json?["projects"] as? [[String: Any]])?.first)
        XCTAssertEqual(project["domain"] as? String, "precision")
        let domain = (project["facts"] as? [String: Any])?["domain"] as? [String: Any]
        XCTAssertEqual(domain?["source"] as? String, "declared")
        XCTAssertEqual(domain?["evidence"] as? [String], ["--domain"])
        let diagnostics = project["diagnostics"] as? [[String: Any]] ?? []
        let accuracyOnly = diagnostics.first { $0["rule"] as? String == "metrics.imbalance-accuracy-only" }
        XCTAssertEqual(accuracyOnly?["severity"] as? String, "error")
        // In another domain, the precision pack's expectations do not apply.
        let other = try CLI.run(["lint", "--format", "json", "--domain", "operations", sandbox.path("p")])
        let rules = ((other.json?["projects"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        XCTAssertFalse(rules.contains("metrics.calibration"), "\(rules)")
        XCTAssertTrue(rules.contains("evaluation.protocol-domain"), "\(rules)")
    }
}
