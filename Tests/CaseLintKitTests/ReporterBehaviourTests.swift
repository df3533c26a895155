import Foundation
import XCTest
@testable import CaseLintKit

/// What each format promises beyond its golden file: escaping, structure, no control characters.
final class ReporterBehaviourTests: XCTestCase {
    func testGitHubEscapesDataAndProperties() {
        XCTAssertEqual(GitHubReporter.escapeData("100% done\r\nnext: a, b"), "100%25 done%0D%0Anext: a, b")
        XCTAssertEqual(GitHubReporter.escapeProperty("dir: a,b/100%\nx"), "dir%3A a%2Cb/100%25%0Ax")
        XCTAssertEqual(GitHubReporter.escapeData("bell\u{07}esc\u{1B}"), "bell esc ")
    }

    func testGitHubAnnotationLines() throws {
        let lines = GitHubReporter().render(try ReportFixture.report()).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "::error file=portfolio/alpha/README.md,line=1,col=1,title=section.risks::"
            + "No section discusses risks | limitations: 100%25 <b>sure</b> & `code` *here*")
        XCTAssertEqual(lines[1], "::error file=portfolio/alpha/README.md,line=3,col=5,title=disclaimer.clinical-use::"
            + "Line one%0Aline two, with: colon%0D and  [31mescape")
        XCTAssertTrue(lines[2].hasPrefix("::warning file=portfolio/alpha/case-study.yaml,line=2,col=1,"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("::notice file="), "info findings are notices: \(lines[3])")
        XCTAssertEqual(lines[4], "::notice file=portfolio/beta%2C v2%3A final/README.md,line=7,col=1,title=manifest.note::50%25 of%0Athe text")
        XCTAssertEqual(lines[5], "::warning file=portfolio,line=1,col=1,title=portfolio.size::The folder holds 2 projects: add one | more <b>.",
                       "a portfolio's finding points at its folder")
        XCTAssertTrue(lines.contains("::notice title=caselint score::portfolio/beta, v2: final: case-study readiness 100/100 (ready)"))
        XCTAssertEqual(lines.last, "::notice title=caselint portfolio score::portfolio: portfolio of 2 projects 67/100 (needs work); "
            + "mean of the projects 72/100")
    }

    func testSARIFStructure() throws {
        let text = SARIFReporter().render(try ReportFixture.report())
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertEqual(log["$schema"] as? String, SARIFReporter.schema)
        let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "caselint")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        XCTAssertEqual(Array(ids.prefix(5)), ["section.data", "section.risks", "disclaimer.clinical-use", "oversight.human", "manifest.fields"])
        XCTAssertEqual(Array(ids.suffix(2)), ["project.readme-format", "project.readme-missing"],
                       "the checks outside the packs get a descriptor too, known before the first result is written")
        XCTAssertTrue(InputCheck.ids.isSubset(of: Set(ids)))
        let data = rules[0]
        XCTAssertEqual((data["shortDescription"] as? [String: Any])?["text"] as? String, "Data section")
        let help = try XCTUnwrap((data["help"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(help.contains("Data decide") && help.contains("TRIPOD+AI 5"), help)
        XCTAssertEqual(((rules[4]["defaultConfiguration"] as? [String: Any])?["enabled"] as? Bool), false, "opt-in rule")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 6, "five project findings and the portfolio's")
        XCTAssertEqual(results.compactMap { $0["level"] as? String }, ["error", "error", "warning", "note", "note", "warning"])
        let portfolioURI = ((results[5]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String }
        XCTAssertEqual(portfolioURI, "portfolio/", "a finding about a folder has a folder URI")
        for result in results {
            let fingerprints = try XCTUnwrap(result["partialFingerprints"] as? [String: String])
            XCTAssertEqual(Array(fingerprints.keys), ["caselintFinding/v1"], "one versioned key, never GitHub's own primaryLocationLineHash")
            XCTAssertNotNil(fingerprints["caselintFinding/v1"]?.range(of: #"^[0-9a-f]{16}:[0-9]+$"#, options: .regularExpression))
            if let index = result["ruleIndex"] as? Int {
                XCTAssertEqual(ids[index], result["ruleId"] as? String, "ruleIndex points at the rule's descriptor")
            } else {
                XCTAssertEqual(result["ruleId"] as? String, "manifest.note", "only an id no descriptor lists goes without ruleIndex")
            }
            let location = try XCTUnwrap((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let artifact = try XCTUnwrap(location["artifactLocation"] as? [String: Any])
            XCTAssertEqual(artifact["uriBaseId"] as? String, "%SRCROOT%")
            XCTAssertTrue((artifact["uri"] as? String)?.hasPrefix("portfolio/") == true)
            XCTAssertNotNil((location["region"] as? [String: Any])?["startLine"] as? Int)
        }
    }

    func testSARIFLocationsAreURIs() {
        XCTAssertEqual(SARIFReporter.artifactLocation("my docs, v2: final/README.md"),
                       .object([("uri", .string("my%20docs%2C%20v2%3A%20final/README.md")), ("uriBaseId", .string("%SRCROOT%"))]))
        XCTAssertEqual(SARIFReporter.artifactLocation("/tmp/p/README.md"), .object([("uri", .string("file:///tmp/p/README.md"))]))
    }

    func testHTMLEscapesReadmeText() throws {
        let html = HTMLReporter().render(try ReportFixture.report())
        XCTAssertTrue(html.contains("100% &lt;b&gt;sure&lt;/b&gt; &amp; `code`"), "finding text must be escaped")
        XCTAssertFalse(html.contains("<b>sure"))
        XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script") || html.contains("<link"),
                       "the report is one self-contained file")
        XCTAssertTrue(html.contains("Disclaimer &amp; oversight &lt;b&gt;."), "category descriptions are escaped too")
    }

    func testMarkdownCellsCannotBreakTheTable() {
        XCTAssertEqual(MarkdownReporter.escape("a | b\nc <x> *y*"), "a \\| b c &lt;x&gt; \\*y\\*")
        XCTAssertEqual(MarkdownReporter.code("a`b"), "`` a`b ``")
    }

    func testBadgeColourFollowsTheBand() throws {
        var report = try ReportFixture.report()
        report.projects.removeLast()
        let badge = BadgeReporter().render(report)
        XCTAssertTrue(badge.contains("aria-label=\"case study: 43\""), badge)
        XCTAssertTrue(badge.contains("#e05d44"), "not ready is red")
        XCTAssertTrue(ShieldsReporter().render(report).contains("\"color\": \"red\""))
    }

    func testColourOnlyWhenAsked() throws {
        let report = try ReportFixture.report()
        XCTAssertTrue(ScoreTextReporter(color: true).render(report).contains("\u{1B}["))
        XCTAssertTrue(TextReporter(color: true).render(report).contains("\u{1B}[31;1merror"))
        for format in OutputFormat.allCases {
            for scoreCard in [false, true] {
                let output = format.reporter(color: false, scoreCard: scoreCard).render(report)
                XCTAssertFalse(output.contains("\u{1B}"), "\(format) without colour holds an escape character")
            }
        }
    }
}
