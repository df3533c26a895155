import CaseLintKit
import Foundation
import XCTest

/// `Fixtures/filled-imaging-triage` is what an author makes of `caselint new imaging-triage` after
/// filling every marker: it must lint with no finding at all, so the warnings of a fresh scaffold
/// are exactly the work left to do.
final class ScaffoldFilledFixtureTests: XCTestCase {
    var fixture: URL { ScaffoldTesting.fixturesFolder.appendingPathComponent("filled-imaging-triage") }

    func testTheFilledCopyLintsWithoutAnyFinding() throws {
        let projects = try ProjectScanner.projects(at: [fixture.path])
        let report = try Linter(ruleSet: try RuleSet.load()).lint(projects)
        XCTAssertEqual(report.projects.count, 1)
        XCTAssertEqual(report.projects[0].diagnostics.map { "\($0.file):\($0.line) \($0.rule)" }, [])
        XCTAssertEqual(report.projects[0].domain, "imaging")
    }

    func testTheFilledCopyHasNoMarkersLeftInAnyFile() throws {
        let files = try ScaffoldTesting.files(under: fixture).map { path in
            (path: path, text: try String(contentsOf: fixture.appendingPathComponent(path), encoding: .utf8))
        }
        XCTAssertEqual(PlaceholderMarker.scan(files: files).map { "\($0.file):\($0.line)" }, [])
    }

    /// The fixture stays a filled copy of the blueprint: every file the blueprint writes is there,
    /// and the README keeps the blueprint's headings in order.
    func testTheFilledCopyFollowsTheBlueprint() throws {
        let sandbox = try Sandbox()
        let outcome = try ScaffoldTesting.scaffold("imaging-triage", into: sandbox.path("filled-imaging-triage"))
        let present = Set(try ScaffoldTesting.files(under: fixture))
        for file in outcome.files { XCTAssertTrue(present.contains(file.path), "fixture lacks \(file.path)") }
        let scaffolded = try headings(sandbox.root.appendingPathComponent("filled-imaging-triage/README.md"))
        XCTAssertEqual(try headings(fixture.appendingPathComponent("README.md")), scaffolded)
    }

    private func headings(_ url: URL) throws -> [String] {
        MarkdownScanner.scan([UInt8](try Data(contentsOf: url))).headings.map(\.text)
    }
}
