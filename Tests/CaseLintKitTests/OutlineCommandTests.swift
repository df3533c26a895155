import XCTest

/// `caselint outline`: a file or a project folder; a bad path is a clear error with exit code 2.
final class OutlineCommandTests: XCTestCase {
    func testAFolderIsOutlinedThroughItsReadme() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/Readme.md", "# Triage\n\n## Data\n\nThe public MIMIC-IV demo: 100 de-identified patients, 275 admissions.\n")
        let result = try CLI.run(["outline", sandbox.path("p")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "1\tatx\t1\ttop\tTriage\t-")
        XCTAssertTrue(lines.last?.hasPrefix("3\tatx\t2\ttop\tData\tdata (the heading") == true, result.stdout)
    }

    /// Every heading says which part it serves and the two features that decided it; JSON adds the
    /// scores, and --features the raw values the section model was fitted on.
    func testEachHeadingShowsItsPartAndWhy() throws {
        let sandbox = try Sandbox()
        try sandbox.write("README.md", """
            # Sepsis alerts

            ## What still goes wrong

            The model may not generalize beyond one hospital; sepsis in children is under-represented, and false
            negatives cluster in patients admitted overnight. Bias across sites has not been measured.

            ## Installation

            ```bash
            pip install -r requirements.txt
            ```
            """)
        let text = try CLI.run(["outline", sandbox.path("README.md")])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("What still goes wrong\trisks ("), text.stdout)
        XCTAssertTrue(text.stdout.contains("Installation\t-"), text.stdout)

        let json = try CLI.run(["outline", "--json", "--features", sandbox.path("README.md")])
        let records = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let headings = try XCTUnwrap(records.first?["headings"] as? [[String: Any]])
        let risks = try XCTUnwrap(headings.first { $0["text"] as? String == "What still goes wrong" })
        XCTAssertEqual(risks["parts"] as? [String], ["risks"])
        XCTAssertEqual((risks["reasons"] as? [String: [String]])?["risks"]?.count, 2)
        let scores = try XCTUnwrap(risks["scores"] as? [String: Double])
        XCTAssertGreaterThan(scores["risks"] ?? -1, 0)
        XCTAssertLessThan(scores["data"] ?? 1, 0)
        let features = try XCTUnwrap(risks["features"] as? [String: [String: Double]])
        XCTAssertEqual(features["risks"]?["mention"], 1, "'wrong' is one of the risks' heading words")
        let installation = try XCTUnwrap(headings.first { $0["text"] as? String == "Installation" })
        XCTAssertNil(installation["scores"], "an operational heading is no candidate")
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
