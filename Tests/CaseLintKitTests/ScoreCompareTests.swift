import Foundation
import XCTest
@testable import CaseLintKit

/// `caselint score --compare BASE.json`: the gate a pull request passes, its three formats (golden
/// files) and the base reports it accepts or refuses.
final class ScoreCompareTests: XCTestCase {
    /// The base branch: alpha scored 50 then, gamma existed, beta did not, the portfolio scored 70.
    static let base = #"""
    {"tool": {"name": "caselint", "version": "0.1.0"},
     "projects": [
       {"path": "./portfolio/alpha", "score": {"total": 50, "categories": {
          "structure": {"title": "Structure", "score": 60}, "responsibility": {"title": "Responsibility", "score": 40},
          "reproducibility": {"title": "Reproducibility", "score": null}}}},
       {"path": "portfolio/gamma", "score": {"total": 80, "categories": {"structure": {"title": "Structure", "score": 80}}}}],
     "portfolios": [{"path": "portfolio", "score": {"total": 70, "categories": {"portfolio": {"title": "Portfolio coherence", "score": 50}}}}],
     "summary": {"projects": 2, "errors": 0, "warnings": 0, "infos": 0}}
    """#

    func comparison(maxDrop: Int = 5, minScore: Int? = nil) throws -> ScoreComparison {
        let base = try ScoreSnapshot.parse(Data(Self.base.utf8), file: "base.json")
        return ScoreComparison(base: base, head: ScoreSnapshot(report: try ReportFixture.report()), baseFile: "base.json",
                               maxDrop: maxDrop, minScore: minScore)
    }

    func testGateAndStatuses() throws {
        let compared = try comparison()
        XCTAssertEqual(compared.projects.map(\.path), ["portfolio/alpha", "portfolio/beta, v2: final", "portfolio/gamma"])
        XCTAssertEqual(compared.projects.map(\.status), [.dropped, .new, .removed])
        XCTAssertEqual(compared.projects[0].change, -7)
        XCTAssertEqual(compared.projects[0].categories.map(\.change), [-10, -7, nil], "structure 60 → 50, responsibility 40 → 33, n/a")
        XCTAssertEqual(compared.projects.map(\.fails), [true, false, false], "a drop of 7 with 5 allowed; new and removed never drop")
        XCTAssertTrue(compared.failed)
        XCTAssertFalse(try comparison(maxDrop: 7).failed, "a drop of exactly --max-drop passes")
        let floor = try comparison(maxDrop: 10, minScore: 60)
        XCTAssertEqual(floor.projects.map(\.fails), [true, false, false])
        XCTAssertEqual(floor.projects[0].failures, ["43 is below the minimum of 60"])
        XCTAssertEqual(compared.portfolios.map(\.change), [-3])
    }

    func testGoldenFiles() throws {
        let compared = try comparison()
        try GoldenFile.assertMatches(ComparisonTextReporter().render(compared), "compare.txt")
        try GoldenFile.assertMatches(ComparisonJSONReporter().render(compared), "compare.json")
        try GoldenFile.assertMatches(ComparisonMarkdownReporter().render(compared), "compare.md")
    }

    func testBaseReportsThatAreRefused() {
        let cases: [(String, String)] = [
            ("{\n  \"tool\": {\"name\": \"caselint\"},\n  \"projects\": [x]\n}", "base.json:3: is not valid JSON"),
            (#"{"version": "2.1.0", "runs": []}"#, "is a SARIF log"),
            (#"{"tool": {"name": "eslint"}, "projects": []}"#, "is not a caselint JSON report"),
            (#"{"tool": {"name": "caselint"}, "projects": [{"path": "a"}]}"#, "projects[1] has no path and score.total"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try ScoreSnapshot.parse(Data(text.utf8), file: "base.json")) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(text) → \(error)")
                XCTAssertTrue("\(error)".contains("caselint score --format json"), "says what to pass instead: \(error)")
            }
        }
    }

    /// The done-when: the Examples before and after removing a section.
    func testRemovingASectionFromAnExampleFailsTheGate() throws {
        let sandbox = try Sandbox()
        for project in ["chest-xray-triage", "ed-demand-forecast", "readmission-first-draft"] {
            for file in ["README.md", "case-study.yaml"] {
                let source = CLI.packageRoot.appendingPathComponent("Examples/\(project)/\(file)")
                try sandbox.write("Examples/\(project)/\(file)", try Data(contentsOf: source))
            }
        }
        XCTAssertEqual(try CLI.run(["score", "--format", "json", "--output", "score.json", "Examples"], in: sandbox.root).status, 0)
        XCTAssertEqual(try CLI.run(["lint", "--format", "json", "--output", "lint.json", "Examples"], in: sandbox.root).status, 1)
        let same = try CLI.run(["score", "--compare", "score.json", "Examples"], in: sandbox.root)
        XCTAssertEqual(same.status, 0, same.stdout + same.stderr)
        XCTAssertTrue(same.stdout.contains("no project fails"), same.stdout)

        let readme = sandbox.root.appendingPathComponent("Examples/chest-xray-triage/README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "## Next steps"))
        let end = try XCTUnwrap(text.range(of: "## Installation"))
        try (String(text[..<start.lowerBound]) + String(text[end.lowerBound...])).write(to: readme, atomically: true, encoding: .utf8)

        for base in ["score.json", "lint.json"] {
            let result = try CLI.run(["score", "--compare", base, "Examples"], in: sandbox.root)
            XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
            XCTAssertTrue(result.stdout.contains("Examples/chest-xray-triage: 100 → 97 (-3)  FAIL: dropped 3 points"), result.stdout)
            XCTAssertTrue(result.stdout.range(of: #"Structure +100 → +89 +-11"#, options: .regularExpression) != nil, result.stdout)
            XCTAssertTrue(result.stdout.contains("Examples/ed-demand-forecast: 99 → 99 (±0)\n"), result.stdout)
        }
        let markdown = try CLI.run(["score", "--compare", "score.json", "--format", "markdown", "Examples"], in: sandbox.root)
        XCTAssertEqual(markdown.status, 1)
        XCTAssertTrue(markdown.stdout.contains("| `Examples/chest-xray-triage` | 100 | 97 | **-3** | ❌ dropped 3 points"), markdown.stdout)
        let json = try XCTUnwrap(try CLI.run(["score", "--compare", "score.json", "--format", "json", "Examples"], in: sandbox.root).json)
        XCTAssertEqual((json["summary"] as? [String: Any])?["failed"] as? Int, 1)
        XCTAssertEqual(try CLI.run(["score", "--compare", "score.json", "--max-drop", "3", "Examples"], in: sandbox.root).status, 0)
        XCTAssertEqual(try CLI.run(["score", "--compare", "score.json", "--max-drop", "3", "--min-score", "97", "Examples"],
                                   in: sandbox.root).status, 1, "the weakest project is far below 98")
    }

    func testUsageErrors() throws {
        let sarif = try CLI.run(["score", "--compare", "x.json", "--format", "sarif", "Examples"])
        XCTAssertEqual(sarif.status, 2)
        XCTAssertTrue(sarif.stderr.contains("--compare prints text, json or markdown"), sarif.stderr)
        XCTAssertEqual(try CLI.run(["score", "--max-drop", "3", "Examples"]).status, 2)
        let missing = try CLI.run(["score", "--compare", "does-not-exist.json", "Examples"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("does-not-exist.json: cannot read the base report"), missing.stderr)
    }
}
