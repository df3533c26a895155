import Foundation
import XCTest
@testable import CaseLintKit

/// `--changed-files`: the files a pre-commit hook passes select the projects that hold them.
final class ChangedFilesTests: XCTestCase {
    let draft = "# Draft\n\nTODO\n"

    /// A portfolio of two projects with a shared configuration, and a file that belongs to neither.
    func portfolio() throws -> Sandbox {
        let sandbox = try Sandbox()
        try sandbox.write("folio/ward/README.md", draft)
        try sandbox.write("folio/ward/data/sample.csv", "a,b\n1,2\n")
        try sandbox.write("folio/ward/data/README.md", "# Data\n")
        try sandbox.write("folio/clinic/README.md", draft)
        try sandbox.write("folio/clinic/case-study.yaml", "title: Clinic\n")
        try sandbox.write("folio/.caselint.yml", "disable: [keywords.coverage]\n")
        try sandbox.write("folio/notes.txt", "not a project\n")
        return sandbox
    }

    func names(_ files: [String], in sandbox: Sandbox) throws -> [String] {
        let root = sandbox.path("folio")
        return try ChangedFiles.projects(touchedBy: files.map { root + "/" + $0 }, root: root).map(\.root.lastPathComponent)
    }

    func testAFileSelectsTheProjectHoldingIt() throws {
        let sandbox = try portfolio()
        XCTAssertEqual(try names(["ward/README.md"], in: sandbox), ["ward"])
        XCTAssertEqual(try names(["clinic/case-study.yaml"], in: sandbox), ["clinic"])
        // Sample data below the project, even beside a data/README.md, belongs to the project.
        XCTAssertEqual(try names(["ward/data/sample.csv"], in: sandbox), ["ward"])
        XCTAssertEqual(try names(["ward/data/sample.csv", "clinic/README.md", "ward/README.md"], in: sandbox), ["clinic", "ward"])
    }

    func testFilesOutsideEveryProjectSelectNothing() throws {
        let sandbox = try portfolio()
        XCTAssertEqual(try names(["notes.txt", "wardrobe/README.md"], in: sandbox), [])
    }

    func testThePortfolioConfigurationAndAFolderSelectEveryProjectBelow() throws {
        let sandbox = try portfolio()
        XCTAssertEqual(try names([".caselint.yml"], in: sandbox), ["clinic", "ward"])
        XCTAssertEqual(try names([""], in: sandbox), ["clinic", "ward"])
    }

    func testAProjectAtTheRootOwnsEveryFile() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", draft)
        let root = sandbox.path("p")
        let projects = try ChangedFiles.projects(touchedBy: [root + "/data/deleted-since.csv"], root: root)
        XCTAssertEqual(projects.map(\.root.lastPathComponent), ["p"])
    }

    func testHookCommandLintsOnlyTheTouchedProject() throws {
        let sandbox = try portfolio()
        let folio = sandbox.root.appendingPathComponent("folio")
        let result = try CLI.run(["lint", "--changed-files", "ward/data/sample.csv", "notes.txt"], in: folio)
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("ward/README.md:1:1: error:"), result.stdout)
        XCTAssertFalse(result.stdout.contains("clinic/"), result.stdout)
        XCTAssertTrue(result.stdout.contains("1 project checked:"), result.stdout)

        let untouched = try CLI.run(["score", "--changed-files", "--min-score", "90", "notes.txt"], in: folio)
        XCTAssertEqual(untouched.status, 0, untouched.stdout + untouched.stderr)
    }
}
