import Foundation
import XCTest

/// `caselint new` end to end, through the built binary, with golden snapshots of its output.
/// After an intended change: CASELINT_UPDATE_GOLDEN=1 swift test --filter NewCommandTests
final class NewCommandTests: XCTestCase {
    func testListSnapshot() throws {
        let result = try CLI.run(["new", "--list"])
        XCTAssertEqual(result.status, 0, result.stderr)
        try ScaffoldTesting.assertGolden(result.stdout, "list.txt")
    }

    /// The full tree of every blueprint (paths, sizes, hashes), and the key files of one in full.
    func testTreeSnapshots() throws {
        let sandbox = try Sandbox()
        for id in ScaffoldTesting.blueprintIDs {
            let result = try CLI.run(["new", id, "cxr-triage", "--year", "2025"], in: sandbox.root)
            XCTAssertEqual(result.status, 0, result.stderr)
            let project = sandbox.root.appendingPathComponent("cxr-triage")
            try ScaffoldTesting.assertGolden(try ScaffoldTesting.treeListing(project), "\(id).tree")
            if id == "imaging-triage" {
                try ScaffoldTesting.assertGolden(result.stdout, "imaging-triage.stdout.txt")
                for file in ["README.md", "case-study.yaml", ".github/workflows/caselint.yml"] {
                    let text = try String(contentsOf: project.appendingPathComponent(file), encoding: .utf8)
                    try ScaffoldTesting.assertGolden(text, "imaging-triage/" + file.replacingOccurrences(of: ".github/workflows/", with: "workflow-"))
                }
            }
            try FileManager.default.removeItem(at: project)
        }
    }

    func testAFreshScaffoldPassesLintWithWarnings() throws {
        let sandbox = try Sandbox()
        XCTAssertEqual(try CLI.run(["new", "note-summarizer", "notes", "--year", "2025"], in: sandbox.root).status, 0)
        let lint = try CLI.run(["lint", "notes", "--format", "json"], in: sandbox.root)
        XCTAssertEqual(lint.status, 0, lint.stdout)
        let summary = lint.json?["summary"] as? [String: Any]
        XCTAssertEqual(summary?["errors"] as? Int, 0)
        XCTAssertGreaterThan(summary?["warnings"] as? Int ?? 0, 0)
        XCTAssertEqual(try CLI.run(["lint", "notes", "--strict"], in: sandbox.root).status, 1, "placeholders fail --strict")
    }

    func testBadNamesSayWhatToTypeInstead() throws {
        let sandbox = try Sandbox()
        let result = try CLI.run(["new", "imaging-triage", "work/3 Bad!Name"], in: sandbox.root)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("'3 Bad!Name' cannot name a project"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Try: caselint new imaging-triage work/bad-name"), result.stderr)
        let unknown = try CLI.run(["new", "imaging", "x"], in: sandbox.root)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("did you mean 'imaging-triage'?"), unknown.stderr)
        let missing = try CLI.run(["new", "wearable-anomaly"], in: sandbox.root)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("caselint new wearable-anomaly my-wearable-anomaly"), missing.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path()), [])
    }

    func testDryRunListsTheFilesAndWritesNothing() throws {
        let sandbox = try Sandbox()
        let result = try CLI.run(["new", "ed-demand-forecast", "ed", "--dry-run", "--year", "2025"], in: sandbox.root)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("nothing was written"), result.stdout)
        XCTAssertTrue(result.stdout.contains("create    src/ed/evaluate.py"), result.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path()), [])
    }

    func testExistingFilesNeedForce() throws {
        let sandbox = try Sandbox()
        try sandbox.write("risk/README.md", "my own words\n")
        let refused = try CLI.run(["new", "risk-stratification", "risk"], in: sandbox.root)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.stderr)
        XCTAssertEqual(try String(contentsOfFile: sandbox.path("risk/README.md"), encoding: .utf8), "my own words\n")
        let forced = try CLI.run(["new", "risk-stratification", "risk", "--force"], in: sandbox.root)
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.contains("README.md  (overwritten)"), forced.stdout)
    }

    /// A blueprint whose output fails the lint (no disclaimer, no sections) is refused, and nothing is written.
    func testTheLintGateRefusesABrokenBlueprint() throws {
        let sandbox = try Sandbox()
        try sandbox.write("tpl/broken/blueprint.yml", "id: broken\ndomain: imaging\ntitle: Broken\ndescription: No case study at all.\ncommon: false\n")
        try sandbox.write("tpl/broken/README.md", "# {{title}}\n\nA model.\n")
        let result = try CLI.run(["new", "broken", "out", "--templates", "tpl"], in: sandbox.root)
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stderr.contains("nothing was written"), result.stderr)
        XCTAssertTrue(result.stderr.contains("[disclaimer.clinical-use]"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: sandbox.path()).sorted(), ["tpl"])
        let listed = try CLI.run(["new", "--list", "--templates", "tpl"], in: sandbox.root)
        XCTAssertTrue(listed.stdout.contains("broken"), listed.stdout)
    }

    func testTemplateProblemsAreReportedWithTheirFile() throws {
        let sandbox = try Sandbox()
        let spec = "id: bad\ndomain: imaging\ntitle: Bad\ndescription: Bad.\ncommon: false\n"
        let cases: [(String, String, String)] = [
            ("README.md", "# {{titel}}\n", "uses {{titel}}"),
            ("README.md", "{{> nowhere}}\n", "no _partials/nowhere.mustache"),
            ("README.md", "{{#open}}\n", "cannot read this Mustache template"),
        ]
        for (file, text, words) in cases {
            try sandbox.write("tpl/bad/blueprint.yml", spec)
            try sandbox.write("tpl/bad/\(file)", text)
            let result = try CLI.run(["new", "bad", "out", "--templates", "tpl"], in: sandbox.root)
            XCTAssertEqual(result.status, 2, text)
            XCTAssertTrue(result.stderr.contains(words) && result.stderr.contains("tpl/bad/"), result.stderr)
        }
        try sandbox.write("tpl/bad/blueprint.yml", spec + "variables:\n  up: '..'\n")
        try sandbox.write("tpl/bad/README.md", "x\n")
        try sandbox.write("tpl/bad/{{up}}/escape.md", "x\n")
        let escape = try CLI.run(["new", "bad", "out", "--templates", "tpl"], in: sandbox.root)
        XCTAssertEqual(escape.status, 2)
        XCTAssertTrue(escape.stderr.contains("climbs out"), escape.stderr)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("tpl/bad/link.md"), withDestinationPath: "/etc/hostname")
        let link = try CLI.run(["new", "--list", "--templates", "tpl"], in: sandbox.root)
        XCTAssertEqual(link.status, 2)
        XCTAssertTrue(link.stderr.contains("symbolic link"), link.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.path("out")))
    }
}
