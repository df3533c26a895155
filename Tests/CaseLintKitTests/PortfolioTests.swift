import Foundation
import XCTest
@testable import CaseLintKit

/// The portfolio rules (size, lane, duplicates) and the portfolio score, through the built binary.
final class PortfolioTests: XCTestCase {
    let strong = CLI.packageRoot.appendingPathComponent("Examples/chest-xray-triage")

    func copies(_ count: Int, into sandbox: Sandbox, folder: String = "folder") throws {
        for index in 1...count {
            for file in ["README.md", "case-study.yaml"] {
                try sandbox.write("\(folder)/copy-\(index)/\(file)", try Data(contentsOf: strong.appendingPathComponent(file)))
            }
        }
    }

    func portfolios(_ result: CLI.Result) throws -> [[String: Any]] {
        try XCTUnwrap(result.json?["portfolios"] as? [[String: Any]], result.stdout + result.stderr)
    }

    func rules(_ portfolio: [String: Any]) -> [String] {
        (portfolio["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    func testSixCopiesOfOneProjectAreTooManyAndDuplicatesInJSONAndSARIF() throws {
        let sandbox = try Sandbox()
        try copies(6, into: sandbox)
        let json = try CLI.run(["lint", "--format", "json", "folder"], in: sandbox.root)
        XCTAssertEqual(json.status, 0, "portfolio findings are warnings")
        let portfolio = try XCTUnwrap(try portfolios(json).first)
        XCTAssertEqual(portfolio["path"] as? String, "folder")
        XCTAssertEqual((portfolio["projects"] as? [String])?.count, 6)
        XCTAssertEqual(rules(portfolio).filter { $0 == "portfolio.size" }.count, 1)
        XCTAssertEqual(rules(portfolio).filter { $0 == "portfolio.duplicates" }.count, 1, "the five copies that repeat the first are one group")
        XCTAssertFalse(rules(portfolio).contains("portfolio.lane"), "one lane throughout")
        let diagnostics = try XCTUnwrap(portfolio["diagnostics"] as? [[String: Any]])
        let size = try XCTUnwrap(diagnostics.first { $0["rule"] as? String == "portfolio.size" })
        XCTAssertEqual(size["file"] as? String, "", "about the folder as a whole")
        XCTAssertTrue((size["message"] as? String)?.contains("6 projects") == true)
        let duplicate = try XCTUnwrap(diagnostics.first { $0["rule"] as? String == "portfolio.duplicates" })
        XCTAssertEqual(duplicate["file"] as? String, "copy-2/README.md")
        XCTAssertTrue((duplicate["message"] as? String)?.hasPrefix("copy-2, copy-3, copy-4, copy-5 and copy-6 repeat copy-1: ") == true,
                      "\(duplicate)")
        XCTAssertTrue((duplicate["message"] as? String)?.contains("6 projects that answer one question") == true, "\(duplicate)")
        let score = try XCTUnwrap(portfolio["score"] as? [String: Any])
        XCTAssertEqual(score["mean"] as? Int, 100)
        XCTAssertLessThan(try XCTUnwrap(score["total"] as? Int), 100, "the selection costs points the projects do not")
        XCTAssertEqual((score["actions"] as? [[String: Any]])?.first?["rule"] as? String, "portfolio.duplicates")
        XCTAssertEqual((json.json?["summary"] as? [String: Any])?["warnings"] as? Int, 2, "portfolio findings are counted")

        let sarif = try CLI.run(["lint", "--format", "sarif", "folder"], in: sandbox.root)
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.filter { $0["ruleId"] as? String == "portfolio.size" }.count, 1)
        XCTAssertEqual(results.filter { $0["ruleId"] as? String == "portfolio.duplicates" }.count, 1)
        let ruleIDs = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        XCTAssertTrue(ruleIDs?.contains { $0["id"] as? String == "portfolio.duplicates" } == true, "portfolio rules have descriptors")
        let text = try CLI.run(["lint", "folder"], in: sandbox.root)
        XCTAssertTrue(text.stdout.contains("folder:1:1: warning: The folder holds 6 projects"), text.stdout)
        XCTAssertTrue(text.stdout.contains("folder/copy-2/README.md:1:1: warning: copy-2, copy-3, copy-4, copy-5 and copy-6 repeat copy-1"),
                      text.stdout)
    }

    func testExamplesFolderOfThreeHasNoSizeFinding() throws {
        let result = try CLI.run(["lint", "--format", "json", "Examples"])
        let portfolio = try XCTUnwrap(try portfolios(result).first)
        XCTAssertEqual((portfolio["projects"] as? [String])?.count, 3)
        XCTAssertEqual(rules(portfolio), [], "three projects, two lanes with a reason, three domains")
        let score = try XCTUnwrap(portfolio["score"] as? [String: Any])
        let coherence = try XCTUnwrap((score["categories"] as? [String: Any])?["portfolio"] as? [String: Any])
        XCTAssertEqual(coherence["score"] as? Int, 100)
    }

    func testOneProjectIsNoPortfolio() throws {
        let sandbox = try Sandbox()
        try copies(1, into: sandbox)
        XCTAssertEqual(try portfolios(try CLI.run(["lint", "--format", "json", "folder"], in: sandbox.root)).count, 0,
                       "a folder with one project has no portfolio findings")
        try copies(2, into: sandbox)
        XCTAssertEqual(try portfolios(try CLI.run(["lint", "--format", "json", "folder/copy-1", "folder/copy-2"], in: sandbox.root)).count, 0,
                       "projects named one by one are not a selection")
        let two = try XCTUnwrap(try portfolios(try CLI.run(["lint", "--format", "json", "folder"], in: sandbox.root)).first)
        XCTAssertEqual(Set(rules(two)), ["portfolio.size", "portfolio.duplicates"], "two is too few")
    }

    func testLanesMustAgreeOrSayWhy() throws {
        let sandbox = try Sandbox()
        try copies(3, into: sandbox)
        func manifest(_ index: Int) -> URL { sandbox.root.appendingPathComponent("folder/copy-\(index)/case-study.yaml") }
        for index in 1...3 {
            var text = try String(contentsOf: manifest(index), encoding: .utf8)
            text = text.replacingOccurrences(of: "title: Chest X-ray worklist triage", with: "title: Project number \(["one", "two", "three"][index - 1])")
            if index == 3 { text = text.replacingOccurrences(of: "lane: ml-engineering", with: "lane: Data Scientist") }
            // Without the Example's own reason: the lane_reason block and its indented lines go.
            text = text.replacingOccurrences(of: #"lane_reason: >-\n(  .*\n)+"#, with: "", options: .regularExpression)
            try text.write(to: manifest(index), atomically: true, encoding: .utf8)
        }
        try sandbox.write("folder/.caselint.yml", "disable: [portfolio.size]\n")
        var result = try CLI.run(["lint", "--format", "json", "folder"], in: sandbox.root)
        var portfolio = try XCTUnwrap(try portfolios(result).first)
        XCTAssertEqual(rules(portfolio), ["portfolio.lane"], "the size rule is disabled by the folder's configuration")
        let lane = try XCTUnwrap((portfolio["diagnostics"] as? [[String: Any]])?.first)
        XCTAssertEqual(lane["file"] as? String, "copy-3/case-study.yaml")
        XCTAssertEqual(lane["line"] as? Int, 3, "at the lane: line")
        XCTAssertTrue((lane["message"] as? String)?.contains("while 2 of the 3 projects name ml-engineering") == true, "\(lane)")

        // Saying why in one manifest lets two lanes stand.
        let text = try String(contentsOf: manifest(3), encoding: .utf8)
        try text.replacingOccurrences(of: "lane: Data Scientist\n", with: "lane: Data Scientist\nlane_reason: The forecasting roles want both.\n")
            .write(to: manifest(3), atomically: true, encoding: .utf8)
        result = try CLI.run(["lint", "--format", "json", "folder"], in: sandbox.root)
        portfolio = try XCTUnwrap(try portfolios(result).first)
        XCTAssertEqual(rules(portfolio), [])
        XCTAssertFalse(result.stdout.contains("manifest.unknown-key"), "lane_reason is a known manifest key")
    }

    func testExplainShowsFolderExamples() throws {
        let result = try CLI.run(["explain", "portfolio.size"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Fails\n  Example 1: a folder of 2 projects\n    project-1:\n      | # Chest X-ray triage"), result.stdout)
        XCTAssertTrue(result.stdout.contains("in the\nfolder's .caselint.yml"), result.stdout)
    }

    func testPortfolioScoreIsTheMeanAndCoherenceByWeight() throws {
        let report = try ReportFixture.report()
        let score = try XCTUnwrap(report.portfolio)
        XCTAssertEqual(score.path, "portfolio")
        XCTAssertEqual(score.mean, 72)
        let coherence = try XCTUnwrap(score.coherence)
        XCTAssertEqual(coherence.exact, 50, accuracy: 1e-9, "size (3) failed, lane (3) passed")
        let exactMean = (43.0 + 100.0) / 2
        XCTAssertEqual(score.exact, 0.8 * exactMean + 0.2 * 50, accuracy: 1e-9)
        XCTAssertEqual(score.total, 67)
        XCTAssertEqual(score.actions.map(\.rule), ["portfolio.size"])
        XCTAssertEqual(score.actions[0].points, 10, accuracy: 1e-9, "the size rule is half the 20 coherence points")
        // Projects named one by one keep the old line: the mean, no coherence.
        var loose = report
        loose.portfolios = []
        XCTAssertNil(loose.portfolio?.coherence)
        XCTAssertEqual(loose.portfolio?.total, 72)
    }
}
