import XCTest

/// `caselint outline`: a file or a project folder; a bad path is a clear error with exit code 2.
final class OutlineCommandTests: XCTestCase {
    func testAFolderIsOutlinedThroughItsReadme() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/Readme.md", "# Triage\n\n## Data\n")
        let result = try CLI.run(["outline", sandbox.path("p")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "1\tatx\t1\ttop\tTriage\n3\tatx\t2\ttop\tData\n")
    }

    func testBadPathsAreClearErrors() throws {
        let sandbox = try Sandbox()
        try sandbox.write("empty/notes.txt", "x")
        let missing = try CLI.run(["outline", sandbox.path("nowhere.md")])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("nowhere.md: no such file: give a Markdown file or a project folder"), missing.stderr)
        XCTAssertFalse(missing.stderr.contains("Usage:"), missing.stderr)
        let folder = try CLI.run(["outline", sandbox.path("empty")])
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.stderr.contains("is a folder without a README.md"), folder.stderr)
    }
}
