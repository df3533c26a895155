import Foundation
import XCTest

/// End-to-end: the built binary on the bundled Examples and on bad input.
final class LintCommandTests: XCTestCase {
    func testStrongExamplePasses() throws {
        let result = try CLI.run(["lint", "Examples/chest-xray-triage"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("1 project checked: 0 errors"), result.stdout)
    }

    func testFirstDraftFailsWithSectionErrors() throws {
        let result = try CLI.run(["lint", "Examples/readmission-first-draft"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        for rule in ["section.data", "section.risks", "disclaimer.clinical-use"] {
            XCTAssertTrue(result.stdout.contains("[\(rule)]"), "expected \(rule) in:\n\(result.stdout)")
        }
        XCTAssertTrue(result.stdout.contains("Examples/readmission-first-draft/README.md:1:1: error:"), result.stdout)
    }

    func testJSONContractKeys() throws {
        let result = try CLI.run(["lint", "--format", "json", "Examples"])
        XCTAssertEqual(result.status, 1)
        let json = try XCTUnwrap(result.json, result.stdout)
        XCTAssertEqual((json["tool"] as? [String: Any])?["name"] as? String, "caselint")
        let projects = try XCTUnwrap(json["projects"] as? [[String: Any]])
        XCTAssertEqual(projects.count, 3, "the Examples folder is a portfolio of three projects")
        let strong = try XCTUnwrap(projects.first { ($0["path"] as? String)?.hasSuffix("chest-xray-triage") == true })
        let facts = try XCTUnwrap(strong["facts"] as? [String: Any])
        let sections = try XCTUnwrap(facts["sections"] as? [String: Any])
        XCTAssertEqual(Set(sections.keys), ["problem", "data", "approach", "evaluation", "risks", "next_steps"])
        for (part, value) in sections {
            let section = try XCTUnwrap(value as? [String: Any], "\(part) should be found in the strong example")
            XCTAssertNotNil(section["heading"] as? String)
            XCTAssertNotNil(section["line"] as? Int)
        }
        XCTAssertNotNil((facts["disclaimer"] as? [String: Any])?["line"] as? Int)
        let metrics = try XCTUnwrap(facts["metrics"] as? [[String: Any]])
        XCTAssertTrue(metrics.contains { $0["name"] as? String == "auroc" && ($0["value"] as? Double) == 0.832 }, "\(metrics)")
        XCTAssertNotNil(facts["keywords"] as? [String: Int])
        let summary = try XCTUnwrap(json["summary"] as? [String: Int])
        XCTAssertEqual(Set(summary.keys), ["projects", "errors", "warnings", "infos"])
        // The contract's keys, plus the fingerprint added beside them (added, never renamed).
        for diagnostic in projects.flatMap({ $0["diagnostics"] as? [[String: Any]] ?? [] }) {
            XCTAssertEqual(Set(diagnostic.keys), ["rule", "severity", "message", "file", "line", "column", "fingerprint"])
        }
        XCTAssertNotNil(json["portfolios"] as? [[String: Any]], "portfolios are added beside projects")
    }

    func testNonexistentPathIsAnInputError() throws {
        let result = try CLI.run(["lint", "does/not/exist"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("does/not/exist"), result.stderr)
        XCTAssertTrue(result.stdout.isEmpty)
    }

    func testStrictFailsOnWarnings() throws {
        let sandbox = try Sandbox()
        let strong = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Examples/chest-xray-triage/README.md"), encoding: .utf8)
        // Without its manifest the project still has no errors, but manifest.present is only info;
        // a placeholder adds a warning.
        try sandbox.write("p/README.md", strong + "\nTODO: add a changelog.\n")
        XCTAssertEqual(try CLI.run(["lint", sandbox.path("p")]).status, 0)
        XCTAssertEqual(try CLI.run(["lint", "--strict", sandbox.path("p")]).status, 1)
    }

    func testEmptyAndMissingReadmesAreFindingsNotCrashes() throws {
        let sandbox = try Sandbox()
        try sandbox.write("empty/README.md", "")
        try sandbox.write("nothing/.keep", "")
        let empty = try CLI.run(["lint", "--format", "json", sandbox.path("empty")])
        XCTAssertEqual(empty.status, 1, empty.stderr)
        XCTAssertTrue(empty.stdout.contains("section.problem"))
        let missing = try CLI.run(["lint", sandbox.path("nothing")])
        XCTAssertEqual(missing.status, 1, missing.stderr)
        XCTAssertTrue(missing.stdout.contains("[project.readme-missing]"), missing.stdout)
    }

    func testBinaryAndInvalidUTF8Readmes() throws {
        let sandbox = try Sandbox()
        try sandbox.write("binary/README.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]))
        try sandbox.write("latin1/README.md", Data("# Caf\u{E9}\n\n## Problem\n\nHospital delays hurt patients every day.\n".utf8.map { $0 } + [0xE9, 0xFF, 0x0A]))
        let binary = try CLI.run(["lint", sandbox.path("binary")])
        XCTAssertEqual(binary.status, 1)
        XCTAssertTrue(binary.stdout.contains("[file.binary]"), binary.stdout)
        let latin = try CLI.run(["lint", "--format", "json", sandbox.path("latin1")])
        XCTAssertEqual(latin.status, 1)
        XCTAssertTrue(latin.stdout.contains("file.encoding"))
        XCTAssertTrue(latin.stdout.contains("\"problem\": {"), "the readable rest is still linted")
    }

    func testUnsupportedReadmeFormatIsReported() throws {
        let sandbox = try Sandbox()
        try sandbox.write("rst/README.rst", "Title\n=====\n")
        let result = try CLI.run(["lint", sandbox.path("rst")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("README.rst") && result.stdout.contains("[project.readme-format]"), result.stdout)
    }

    func testOversizedReadmeIsSkipped() throws {
        let sandbox = try Sandbox()
        try sandbox.write("big/README.md", String(repeating: "Hospital data. ", count: 2000))
        let result = try CLI.run(["lint", "--max-readme-size", "10KB", sandbox.path("big")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("[file.too-large]"), result.stdout)
        XCTAssertFalse(result.stdout.contains("[section.problem]"), "an unread README is not linted")
    }

    func testSymlinkLoopsAndOutsideLinksAreNotFollowed() throws {
        let sandbox = try Sandbox()
        try sandbox.write("outside.md", "# Secret\n")
        try sandbox.write("portfolio/a/README.md", "# A\n")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("portfolio/loop"), withDestinationPath: sandbox.path("portfolio"))
        try FileManager.default.createDirectory(atPath: sandbox.path("portfolio/b"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("portfolio/b/README.md"), withDestinationPath: sandbox.path("outside.md"))
        let result = try CLI.run(["lint", "--format", "json", sandbox.path("portfolio")])
        XCTAssertEqual(result.status, 1, result.stderr)
        let projects = try XCTUnwrap(result.json?["projects"] as? [[String: Any]])
        XCTAssertEqual(projects.compactMap { ($0["path"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } }, ["a", "b"])
        XCTAssertTrue(result.stdout.contains("file.symlink"), "the link out of project b is reported")
    }
}
