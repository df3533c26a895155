@testable import CaseLintKit
import XCTest

/// `consistency.manifest-readme`: manifest values and README values agree as a reader would see
/// them, and disagreements point at both places.
final class ConsistencyTests: XCTestCase {
    func agrees(_ manifest: Double, _ readme: Double, percent: Bool = false, decimals: Int) -> Bool {
        ValueAgreement.agrees(manifest: manifest, readme: readme, readmePercent: percent, readmeDecimals: decimals)
    }

    func testFractionsAndPercentagesAgreeAtTheReadmesPrecision() {
        XCTAssertTrue(agrees(0.91, 91, percent: true, decimals: 0))
        XCTAssertTrue(agrees(0.91, 91.0, percent: true, decimals: 1))
        XCTAssertTrue(agrees(0.912, 91.2, percent: true, decimals: 1))
        XCTAssertTrue(agrees(91, 0.91, decimals: 2), "a percentage in the manifest, a fraction in the README")
        XCTAssertTrue(agrees(0.832, 0.83, decimals: 2), "the README rounds")
        XCTAssertTrue(agrees(0.83, 0.832, decimals: 3), "the manifest rounds")
        XCTAssertTrue(agrees(0.915, 91, percent: true, decimals: 0), "either rounding of a tie")
        XCTAssertTrue(agrees(-0.02, -0.02, decimals: 2))
        XCTAssertTrue(agrees(13.9, 13.9, decimals: 1))
    }

    func testDifferentValuesDisagree() {
        XCTAssertFalse(agrees(0.84, 0.832, decimals: 3))
        XCTAssertFalse(agrees(0.91, 0.89, decimals: 2))
        XCTAssertFalse(agrees(0.91, 89, percent: true, decimals: 0))
        XCTAssertFalse(agrees(0.5, 50, decimals: 0), "a bare 50 is not 50%")
        XCTAssertFalse(agrees(13.9, 14.6, decimals: 1))
    }

    func testDecimalsAreReadAsWritten() {
        XCTAssertEqual(ValueAgreement.decimals(of: 0.83), 2)
        XCTAssertEqual(ValueAgreement.decimals(of: 91.0), 0)
        XCTAssertEqual(ValueAgreement.decimals(of: 0.00001), 5)
        XCTAssertEqual(ValueAgreement.decimals(written: Array("0.830".utf8)), 3)
        XCTAssertEqual(ValueAgreement.decimals(written: Array("1,204".utf8)), 0)
    }

    func testFindingsPointAtTheManifestAndNameTheReadmeLine() throws {
        let ruleSet = try RuleSet.load()
        let rule = try XCTUnwrap(ruleSet.rule("consistency.manifest-readme"))
        let example = RuleExample(readme: "# CXR\n\n## Results\n\nAUROC 0.832 and sensitivity 89.4% on the test set.\n",
                                  manifest: "title: CXR\nmetrics:\n  - name: ROC-AUC\n    value: 0.84\n  - name: Sensitivity\n    value: 0.894\n  - name: Specificity\n    value: 0.52\n",
                                  line: 1)
        let findings = RuleExampleRunner.findings(for: rule, example: example, vocabulary: ruleSet.vocabulary)
        XCTAssertEqual(findings.map(\.file), ["case-study.yaml", "case-study.yaml"])
        XCTAssertEqual(findings.map(\.line), [4, 8], "at each value's line")
        XCTAssertTrue(findings[0].message.contains("README reports 0.832 (README.md:5)"), findings[0].message)
        XCTAssertTrue(findings[1].message.contains("reports no Specificity value"), findings[1].message)
    }
}
