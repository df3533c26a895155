import CaseLintKit
import Foundation
import XCTest

/// The `[[TODO: ...]]` marker: found in any file, reported once per occurrence by
/// `content.placeholder`, and never enough on its own to make a section count as written.
final class ScaffoldPlaceholderTests: XCTestCase {
    func testMarkersAreFoundWithLineAndColumn() {
        let text = "Intro.\nSee [[TODO: name the dataset]] and [[TODO]].\n# [[ TODO: in a comment ]]\n[[not a marker]] [[TODO: broken\n"
        let found = PlaceholderMarker.scan(text, file: "x.md")
        XCTAssertEqual(found.map { [$0.line, $0.column] }, [[2, 5], [2, 36], [3, 3]])
        XCTAssertEqual(found.map(\.request), ["name the dataset", "", "in a comment"])
        let lower = Array("a [[todo: x]] b [[todone]]".utf8)
        XCTAssertEqual(PlaceholderMarker.byteRanges(in: lower, 0..<lower.count), [2..<13])
    }

    func testEachMarkerIsOneFinding() throws {
        let readme = """
        # Project

        > Not for clinical use.

        ## Data

        Public data from a named release. [[TODO: name the release]] More text. TODO: old style.

        | Model | AUROC |
        |---|---|
        | This model | [[TODO]] |
        | Other | [TODO: single brackets] |
        """
        let result = try lint(readme)
        let findings = result.diagnostics.filter { $0.rule == "content.placeholder" }
        XCTAssertEqual(findings.map { [$0.line, $0.column] }, [[7, 35], [7, 73], [11, 16], [12, 11]])
    }

    func testASectionHoldingOnlyMarkersIsNotWritten() throws {
        let result = try lint("# P\n\n## Problem\n\n[[TODO: who has the problem, and why it matters to patients]]\n\n## Data\n\nThe public MIMIC-IV demo of 100 patients. [[TODO: version]]\n")
        XCTAssertEqual(result.facts.sections["problem"]?.status, "placeholder")
        XCTAssertTrue(result.diagnostics.contains { $0.rule == "section.problem" && $0.severity == .error && $0.line == 3 })
        // Real words beside a marker make the part written, if thinly (11 words, short of full_words).
        XCTAssertEqual(result.facts.sections["data"]?.status, "thin")
        XCTAssertFalse(result.diagnostics.contains { $0.rule == "section.data" })
    }

    private func lint(_ readme: String) throws -> ProjectResult {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", readme)
        let report = try Linter(ruleSet: try RuleSet.load()).lint(try ProjectScanner.projects(at: [sandbox.path("p")]))
        return report.projects[0]
    }
}
