@testable import CaseLintKit
import Foundation
import XCTest

/// What `caselint new` refuses to do, and what a failure leaves behind: nothing.
final class ScaffoldSafetyTests: XCTestCase {
    func testProjectNamesAreValidatedWithASuggestion() throws {
        XCTAssertEqual(try ProjectName("cxr-triage").packageName, "cxr_triage")
        XCTAssertEqual(try ProjectName("ICU_Sepsis2").packageName, "icu_sepsis2")
        let cases: [(String, String, String)] = [
            ("3 Bad!Name", "bad-name", "letters"), ("", "my-project", "empty"), ("-x", "x", "start with a letter"),
            ("café", "caf", "letters"), ("import", "import-project", "keyword"), ("statistics", "statistics-project", "hide"),
            ("con", "con-project", "Windows"), (String(repeating: "a", count: 65), String(repeating: "a", count: 64), "longer"),
        ]
        for (name, suggestion, reason) in cases {
            XCTAssertThrowsError(try ProjectName(name), name) { error in
                let invalid = error as? ProjectName.Invalid
                XCTAssertEqual(invalid?.suggestion, suggestion, name)
                XCTAssertTrue(invalid?.reason.contains(reason) == true, "\(name): \(invalid?.reason ?? "")")
            }
            if !suggestion.isEmpty { XCTAssertNoThrow(try ProjectName(suggestion), suggestion) }
        }
        XCTAssertEqual(try ProjectName(directory: "some/where/cxr-triage/").slug, "cxr-triage")
    }

    func testRenderedPathsCannotLeaveTheTarget() {
        for bad in ["../x", "a/../../x", "/etc/passwd", "~/x", "a//b", "a\\b", ".git/hooks/post-checkout", "a/./b", ""] {
            XCTAssertThrowsError(try RelativePath.validate(bad, origin: "t"), bad)
        }
        XCTAssertNoThrow(try RelativePath.validate(".github/workflows/caselint.yml", origin: "t"))
        XCTAssertThrowsError(try RelativePath.checkDistinct([("README.md", "a"), ("readme.md", "b")]))
        XCTAssertThrowsError(try RelativePath.checkDistinct([("docs", "a"), ("docs/x.md", "b")]))
    }

    func testExistingFilesAreNeverOverwrittenWithoutForce() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "mine\n")
        XCTAssertThrowsError(try ScaffoldTesting.scaffold("imaging-triage", into: sandbox.path("p"))) { error in
            let message = (error as? InputError)?.description ?? "\(error)"
            XCTAssertTrue(message.contains("README.md") && message.contains("--force"), message)
        }
        XCTAssertEqual(try String(contentsOfFile: sandbox.path("p/README.md"), encoding: .utf8), "mine\n")
        XCTAssertEqual(try ScaffoldTesting.files(under: sandbox.root), ["p/README.md"], "nothing else written")
    }

    func testForceReplacesOnlyTheBlueprintsFiles() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "mine\n")
        try sandbox.write("p/notes.txt", "keep me\n")
        let outcome = try ScaffoldTesting.scaffold("imaging-triage", into: sandbox.path("p"), force: true)
        XCTAssertEqual(outcome.plan.overwritten, ["README.md"])
        XCTAssertNotEqual(try String(contentsOfFile: sandbox.path("p/README.md"), encoding: .utf8), "mine\n")
        XCTAssertEqual(try String(contentsOfFile: sandbox.path("p/notes.txt"), encoding: .utf8), "keep me\n")
        XCTAssertFalse(try ScaffoldTesting.files(under: sandbox.root).contains { $0.contains(".caselint-new-") })
    }

    func testTargetsThatAreFilesLinksOrOrphansAreRefused() throws {
        let sandbox = try Sandbox()
        try sandbox.write("file", "x")
        try FileManager.default.createDirectory(atPath: sandbox.path("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("link"), withDestinationPath: sandbox.path("real"))
        let expectations = [("file", "is a file"), ("link", "symbolic link"), ("missing/p", "not an existing folder")]
        for (target, words) in expectations {
            XCTAssertThrowsError(try ScaffoldTesting.scaffold("imaging-triage", into: sandbox.path(target))) { error in
                XCTAssertTrue("\(error)".contains(words), "\(target): \(error)")
            }
        }
        XCTAssertEqual(try ScaffoldTesting.files(under: sandbox.root.appendingPathComponent("real")), [])
    }

    func testALinkInTheWayIsRefused() throws {
        let sandbox = try Sandbox()
        try FileManager.default.createDirectory(atPath: sandbox.path("outside"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: sandbox.path("p"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("p/docs"), withDestinationPath: sandbox.path("outside"))
        XCTAssertThrowsError(try ScaffoldTesting.scaffold("imaging-triage", into: sandbox.path("p"), force: true)) { error in
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        XCTAssertEqual(try ScaffoldTesting.files(under: sandbox.root.appendingPathComponent("outside")), [])
    }

    func testDryRunWritesNothing() throws {
        let sandbox = try Sandbox()
        let outcome = try ScaffoldTesting.scaffold("qsar-property", into: sandbox.path("p"), dryRun: true)
        XCTAssertFalse(outcome.written)
        XCTAssertNil(outcome.lint)
        XCTAssertGreaterThan(outcome.plan.entries.count, 10)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path()), [])
    }

    /// A move that fails half-way takes back every file moved, restores what it replaced and
    /// removes the folders it made.
    func testAFailedMoveLeavesTheFolderAsItWas() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "mine\n")
        try sandbox.write("p/keep.txt", "keep\n")
        let before = try ScaffoldTesting.treeListing(sandbox.root)
        struct Injected: Error {}
        XCTAssertThrowsError(try ScaffoldTesting.scaffold("imaging-triage", into: sandbox.path("p"), force: true) { path in
            if path == "requirements.txt" { throw Injected() }
        }) { error in XCTAssertTrue("\(error)".contains("nothing was changed"), "\(error)") }
        XCTAssertEqual(try ScaffoldTesting.treeListing(sandbox.root), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path("p")).sorted(), ["README.md", "keep.txt"])
    }

    func testAFailedMoveIntoANewFolderLeavesNothing() throws {
        let sandbox = try Sandbox()
        struct Injected: Error {}
        XCTAssertThrowsError(try ScaffoldTesting.scaffold("imaging-triage", into: sandbox.path("p")) { _ in throw Injected() })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path()), [])
    }

    func testInputsAreCheckedBeforeRendering() throws {
        let name = try ProjectName("p")
        XCTAssertThrowsError(try ScaffoldInputs(name: name, title: "two\nlines", year: 2025))
        XCTAssertThrowsError(try ScaffoldInputs(name: name, author: "[[TODO: me]]", year: 2025))
        XCTAssertThrowsError(try ScaffoldInputs(name: name, year: 25))
        let inputs = try ScaffoldInputs(name: name, title: #"A "quoted": title"#, year: 2025)
        let blueprint = try BlueprintCatalog.load().blueprint("imaging-triage")
        XCTAssertEqual(inputs.variables(for: blueprint)["title_yaml"] as? String, #""A \"quoted\": title""#)
        let toml = try ScaffoldInputs(name: name, title: #"C:\ward "A" / día"#, author: "O'Brien", year: 2025).variables(for: blueprint)
        XCTAssertEqual(toml["title_toml"] as? String, #""C:\\ward \"A\" / día""#)
        XCTAssertEqual(toml["author_toml"] as? String, #""O'Brien""#)
    }
}
