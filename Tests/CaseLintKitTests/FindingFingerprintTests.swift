import Foundation
import XCTest
@testable import CaseLintKit

/// A finding keeps its fingerprint when unrelated lines move it, and loses it when its own line changes.
final class FindingFingerprintTests: XCTestCase {
    /// A draft with findings of several kinds: whole-file (missing parts), on a line (placeholders,
    /// over-claims), twice on equal lines.
    static let draft = """
    # Sepsis early warning

    > Not for clinical use: a learning project, not a medical device.

    ## Problem

    Sepsis is recognised late on general wards. TODO: add the local numbers.

    ## Data

    The MIMIC-IV demo, de-identified and open. TODO: add the local numbers.

    ## Evaluation

    Our model never misses a case and reaches accuracy 0.91 on the test set.

    """

    func lint(_ readme: String) throws -> [Diagnostic] {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", readme)
        let projects = try ProjectScanner.projects(at: [sandbox.path("p")])
        return try Linter(ruleSet: try RuleSet.load()).lint(projects).projects[0].diagnostics
    }

    func testInsertingLinesAboveKeepsEveryFingerprint() throws {
        let before = try lint(Self.draft)
        let inserted = (1...10).map { "Added line \($0)." }.joined(separator: "\n") + "\n\n"
        let after = try lint(inserted + Self.draft)
        XCTAssertGreaterThan(before.count, 5, "the draft has findings of several kinds")
        XCTAssertTrue(before.contains { !$0.wholeFile && $0.line > 1 }, "some findings point at lines")
        XCTAssertEqual(after.map(\.fingerprint).sorted(), before.map(\.fingerprint).sorted())
        // The lines did move: the fingerprints hold although the line numbers changed.
        let moved = before.filter { !$0.wholeFile }.map(\.line)
        XCTAssertEqual(after.filter { !$0.wholeFile }.map(\.line).sorted(), moved.map { $0 + 11 }.sorted())
    }

    func testEditingTheLineMakesANewFinding() throws {
        let before = try lint(Self.draft).filter { $0.rule == "claims.overclaiming" }
        let edited = try lint(Self.draft.replacingOccurrences(of: "Our model never misses", with: "The model never misses"))
            .filter { $0.rule == "claims.overclaiming" }
        XCTAssertEqual(before.count, 1)
        XCTAssertEqual(edited.count, 1)
        XCTAssertNotEqual(before[0].fingerprint, edited[0].fingerprint)
        // Whitespace alone is not an edit.
        let respaced = try lint(Self.draft.replacingOccurrences(of: "Our model never", with: "Our   model\tnever"))
            .filter { $0.rule == "claims.overclaiming" }
        XCTAssertEqual(respaced.map(\.fingerprint), before.map(\.fingerprint))
    }

    func testEqualLinesShareAFingerprintAndWholeFileFindingsIgnoreText() throws {
        let diagnostics = try lint(Self.draft)
        let placeholders = diagnostics.filter { $0.rule == "content.placeholder" }
        XCTAssertEqual(placeholders.count, 2)
        XCTAssertNotEqual(placeholders[0].line, placeholders[1].line)
        XCTAssertNotEqual(placeholders[0].fingerprint, placeholders[1].fingerprint, "the two lines differ before the marker")
        let missing = try XCTUnwrap(diagnostics.first { $0.rule == "section.approach" })
        XCTAssertTrue(missing.wholeFile)
        XCTAssertNil(missing.context)
        XCTAssertEqual(missing.fingerprint, FindingFingerprint.make(rule: "section.approach", file: "README.md", context: nil))
    }

    func testRecipe() {
        XCTAssertEqual(FindingFingerprint.normalise("\u{FEFF}  ## Data\t\tand  more \r"), "## Data and more")
        let line = FindingFingerprint.make(rule: "a.b", file: "README.md", context: "text")
        XCTAssertEqual(line.count, 16)
        XCTAssertTrue(line.allSatisfy(\.isHexDigit))
        XCTAssertEqual(line, FindingFingerprint.make(rule: "a.b", file: "./README.md", context: " text "))
        XCTAssertNotEqual(line, FindingFingerprint.make(rule: "a.c", file: "README.md", context: "text"))
        XCTAssertNotEqual(line, FindingFingerprint.make(rule: "a.b", file: "case-study.yaml", context: "text"))
        XCTAssertNotEqual(FindingFingerprint.make(rule: "a.b", file: "README.md", context: ""),
                          FindingFingerprint.make(rule: "a.b", file: "README.md", context: nil), "an empty line is not the whole file")
        // Baselines in users' repositories depend on the recipe: a change must bump `version`, and this pin.
        XCTAssertEqual(line, "f000153b92bf05d7", "64-bit FNV-1a of v1, rule, file and L+text, each ended by a NUL")
        XCTAssertEqual(FindingFingerprint.sarifKey, "caselintFinding/v1")
    }

    /// GitHub tracks an alert by its partial fingerprint: ten lines inserted above leave them all.
    func testSARIFPartialFingerprintsSurviveInsertedLines() throws {
        let sandbox = try Sandbox()
        func fingerprints() throws -> [String] {
            let result = try CLI.run(["lint", "--format", "sarif", "p"], in: sandbox.root)
            let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stderr)
            let results = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
            return results.compactMap { ($0["partialFingerprints"] as? [String: String])?[FindingFingerprint.sarifKey] }.sorted()
        }
        try sandbox.write("p/README.md", Self.draft)
        let before = try fingerprints()
        try sandbox.write("p/README.md", (1...10).map { "Line \($0) of a note above the title." }.joined(separator: "\n") + "\n\n" + Self.draft)
        XCTAssertGreaterThan(before.count, 5)
        XCTAssertEqual(try fingerprints(), before)
    }
}
