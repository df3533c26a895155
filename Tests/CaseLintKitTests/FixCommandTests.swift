import Foundation
import XCTest

/// `caselint fix` end to end, on copies of `Fixtures/fix`: a first draft with a manifest to
/// correct, and a report with front matter, an HTML title, a setext heading and no final line break.
final class FixCommandTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fix")
    static let parts = ["problem", "data", "approach", "evaluation", "risks", "next_steps"]

    /// A sandbox holding a copy of the fixture portfolio under `fixtures/`.
    func copyOfFixtures() throws -> Sandbox {
        let sandbox = try Sandbox()
        try FileManager.default.copyItem(at: Self.fixtures, to: sandbox.root.appendingPathComponent("fixtures"))
        return sandbox
    }

    func bytes(_ sandbox: Sandbox, _ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: sandbox.root.appendingPathComponent(path)))
    }

    /// Every file under the sandbox, with its bytes: what "changes no byte" compares.
    func snapshot(_ sandbox: Sandbox) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: sandbox.root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(sandbox.root.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// Lines split as the scanner splits them, each with its ending.
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            current.append(bytes[index])
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                index += 1
                current.append(0x0A)
            }
            if current.last == 0x0A || current.last == 0x0D {
                lines.append(current)
                current = []
            }
            index += 1
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Asserts each original line is in the fixed file, in order, byte for byte (a last line
    /// without a break may have gained one).
    func assertOriginalLinesKept(_ before: [UInt8], _ after: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let old = Self.lines(before), new = Self.lines(after)
        var position = 0
        for (index, original) in old.enumerated() {
            let lastWithoutBreak = index == old.count - 1 && original.last != 0x0A && original.last != 0x0D
            guard let found = new[position...].firstIndex(where: { $0 == original || (lastWithoutBreak && Array($0.prefix(original.count)) == original && $0.count <= original.count + 2) }) else {
                return XCTFail("\(name): line \(index + 1) '\(String(decoding: original, as: UTF8.self))' is gone, changed or out of order", file: file, line: line)
            }
            position = found + 1
        }
    }

    /// A key with a byte-order mark inside ("data_<BOM>sources") reads as a misspelt key, but the rename
    /// does not make it the known key: it is tried once and left, and `fix` finishes (it used to try it
    /// again every round, for ever).
    func testARenameThatDoesNotResolveIsTriedOnce() throws {
        let sandbox = try Sandbox()
        let project = sandbox.root.appendingPathComponent("p")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try "# P\n".write(to: project.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let manifest = "---\nname: Early Warning for Melanoma\ndomain: precision\ndata_\u{FEFF}sources:\n  - name: Synthea\n"
            + "    url: https://synthetichealth.github.io/synthea/\n    access: credentialed\n  - name: UK Biobank\n"
            + "    url: https://www.ukbiobank.ac.uk/\n    access: credentialed\n  - name: LIDC-IDRI\n"
            + "    url: https://www.cancerimagingarchive.net/\n    access: public\n"
            + "disclaimer: For research and educational purposes only; it is not a medical device.\n"
            + "target_roles:\n  - ML Engineer\nstandards: [DICOM, EHR]\n"
        try manifest.write(to: project.appendingPathComponent("case-study.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["fix", "--dry-run", "p"], in: sandbox.root, timeout: 60)
        XCTAssertEqual(result.status, 1, "fix should finish, with findings left\n\(result.stdout)\(result.stderr)")
        XCTAssertFalse(result.stdout.contains("rename 'data_"), result.stdout)
    }

    func testFixKeepsEveryLineAddsThePartsAndIsIdempotent() throws {
        let sandbox = try copyOfFixtures()
        let originals = try ["draft", "report"].map { try bytes(sandbox, "fixtures/\($0)/README.md") }
        let result = try CLI.run(["fix", "fixtures"], in: sandbox.root)
        XCTAssertEqual(result.status, 1, "placeholder parts are errors still to write\n\(result.stdout)\(result.stderr)")
        XCTAssertTrue(result.stdout.contains("fixtures/draft/README.md:3: inserted the disclaimer after the title [disclaimer.clinical-use]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fixtures/draft/case-study.yaml:3: renamed 'target_role' to 'target_roles' [manifest.unknown-key]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\nFixed (12):\n") && result.stdout.contains("\nRemaining ("), result.stdout)
        XCTAssertTrue(result.stdout.contains("2 projects: 4 files changed; 12 findings fixed"), result.stdout)
        for (index, name) in ["draft", "report"].enumerated() {
            assertOriginalLinesKept(originals[index], try bytes(sandbox, "fixtures/\(name)/README.md"), name)
        }
        // The report had no final line break; its added lines end the same way.
        XCTAssertNotEqual(try bytes(sandbox, "fixtures/report/README.md").last, 0x0A)

        let lint = try CLI.run(["lint", "--format", "json", "fixtures"], in: sandbox.root)
        for project in lint.json?["projects"] as? [[String: Any]] ?? [] {
            let facts = project["facts"] as? [String: Any]
            let sections = facts?["sections"] as? [String: Any] ?? [:]
            for part in Self.parts {
                XCTAssertTrue(sections[part] is [String: Any], "\(project["path"] ?? ""): \(part) missing after fix")
            }
            XCTAssertTrue(facts?["disclaimer"] is [String: Any], "\(project["path"] ?? ""): no disclaimer after fix")
            let rules = (project["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            XCTAssertFalse(rules.contains("manifest.unknown-key"), "\(rules)")
        }
        XCTAssertEqual((lint.json?["projects"] as? [Any])?.count, 2)

        let written = try snapshot(sandbox)
        let again = try CLI.run(["fix", "fixtures"], in: sandbox.root)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stdout.contains("2 projects: nothing to fix; 0 findings fixed"), again.stdout)
        XCTAssertEqual(try snapshot(sandbox), written, "a second fix changes no byte")
        XCTAssertFalse(written.keys.contains { $0.contains(".caselint-fix-") }, "no staging folder left behind")
    }

    func testDiffIsGoldenAndWritesNothing() throws {
        let sandbox = try copyOfFixtures()
        let before = try snapshot(sandbox)
        let result = try CLI.run(["fix", "--diff", "fixtures"], in: sandbox.root)
        XCTAssertEqual(result.status, 1, result.stderr)
        try GoldenFile.assertMatches(result.stdout, "fix/fixtures.diff")
        XCTAssertTrue(result.stderr.contains("4 files would change; 12 findings would be fixed") && result.stderr.contains("nothing was written"), result.stderr)
        XCTAssertEqual(try snapshot(sandbox), before, "--diff writes nothing")

        // The diff is the fix: applied by git, it gives the bytes that `fix` writes.
        let applied = try copyOfFixtures()
        try Data(result.stdout.utf8).write(to: applied.root.appendingPathComponent("fix.patch"))
        let git = try Self.runTool("/usr/bin/env", ["git", "apply", "--unsafe-paths", "fix.patch"], in: applied.root)
        guard git.status == 0 else { throw XCTSkip("git apply is not available here: \(git.output)") }
        try FileManager.default.removeItem(at: applied.root.appendingPathComponent("fix.patch"))
        _ = try CLI.run(["fix", "fixtures"], in: sandbox.root)
        XCTAssertEqual(try snapshot(applied), try snapshot(sandbox))
    }

    func testDryRunSaysWhatWouldChangeAndWritesNothing() throws {
        let sandbox = try copyOfFixtures()
        let before = try snapshot(sandbox)
        let result = try CLI.run(["fix", "--dry-run", "fixtures/report"], in: sandbox.root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("fixtures/report/README.md:22: insert the heading 'Data' [section.data]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("fixtures/report/case-study.yaml:1: write case-study.yaml from the README"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\nWould fix (") && result.stdout.contains("\nWould remain ("), result.stdout)
        XCTAssertTrue(result.stdout.contains("nothing was written"), result.stdout)
        XCTAssertEqual(try snapshot(sandbox), before)
    }

    func testLineEndingsByteOrderMarkAndFrontMatterAreKept() throws {
        let sandbox = try Sandbox()
        let text = "\u{FEFF}---\r\nlicense: mit\r\n---\r\n# Wrist fractures\r\n\r\n## Results\r\n\r\nAUROC 0.89 on the test set.\r\n"
        try sandbox.write("p/README.md", text)
        let result = try CLI.run(["fix", "p"], in: sandbox.root)
        XCTAssertNotEqual(result.status, 2, result.stderr)
        let fixed = try bytes(sandbox, "p/README.md")
        XCTAssertEqual(Array(fixed.prefix(3)), [0xEF, 0xBB, 0xBF], "the BOM stays")
        XCTAssertTrue(String(decoding: fixed, as: UTF8.self).hasPrefix("\u{FEFF}---\r\nlicense: mit\r\n---\r\n# Wrist fractures\r\n\r\n> **Not for clinical use.**"))
        for (index, byte) in fixed.enumerated() where byte == 0x0A {
            XCTAssertEqual(fixed[index - 1], 0x0D, "every line break stays CRLF, the added ones too (byte \(index))")
        }
        assertOriginalLinesKept(Array(text.utf8), fixed, "crlf")
        let manifest = try bytes(sandbox, "p/case-study.yaml")
        XCTAssertTrue(manifest.enumerated().allSatisfy { $0.element != 0x0A || manifest[$0.offset - 1] == 0x0D },
                      "a new manifest follows the README's CRLF")
    }

    func testMergeConflictMarkersAreRefusedAndNothingIsWritten() throws {
        let sandbox = try Sandbox()
        try sandbox.write("folio/a/README.md", "# A\n\nA model.\n")
        try sandbox.write("folio/b/README.md", "# B\n\n<<<<<<< HEAD\nOur text.\n=======\nTheir text.\n>>>>>>> branch\n")
        let before = try snapshot(sandbox)
        let result = try CLI.run(["fix", "folio"], in: sandbox.root)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("folio/b/README.md:3:") && result.stderr.contains("merge-conflict"), result.stderr)
        XCTAssertEqual(try snapshot(sandbox), before, "no project is written, not even the clean one")

        // A conflict shown inside a code block is an example, not a conflict.
        try sandbox.write("folio/b/README.md", "# B\n\n```\n<<<<<<< HEAD\n```\n")
        XCTAssertNotEqual(try CLI.run(["fix", "folio"], in: sandbox.root).status, 2)
    }

    func testAnExistingManifestIsNeverOverwrittenAndOnlyClearKeysAreRenamed() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "# P\n\nA model.\n")
        // `metric` has a did-you-mean, but `metrics` is already there: renaming would duplicate it.
        let manifest = "title: P\nmetric: [accuracy]\nmetrics: []\nfoo_bar: 1\n"
        try sandbox.write("p/case-study.yaml", manifest)
        let result = try CLI.run(["fix", "p"], in: sandbox.root)
        XCTAssertNotEqual(result.status, 2, result.stderr)
        XCTAssertEqual(try String(contentsOfFile: sandbox.path("p/case-study.yaml"), encoding: .utf8), manifest)
        XCTAssertTrue(result.stdout.contains("unknown key 'metric'"), "it remains, with its line\n\(result.stdout)")

        // A manifest lint cannot read (over its size limit) is still the author's: no draft replaces it.
        let huge = "title: Q\n" + String(repeating: "# padding\n", count: 120_000)
        try sandbox.write("q/README.md", "# Q\n\nA model.\n")
        try sandbox.write("q/case-study.yaml", huge)
        let unread = try CLI.run(["fix", "q"], in: sandbox.root)
        XCTAssertNotEqual(unread.status, 2, unread.stderr)
        XCTAssertEqual(try String(contentsOfFile: sandbox.path("q/case-study.yaml"), encoding: .utf8), huge)
        XCTAssertFalse(unread.stdout.contains("wrote case-study.yaml"), unread.stdout)
    }

    func testExitStatusIsLintsOnWhatRemains() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "# Wrist fractures\n\nSynthetic data only.\n")
        XCTAssertEqual(try CLI.run(["fix", "--dry-run", "p"], in: sandbox.root).status, 1, "placeholder parts remain errors")

        // A finished case study whose only error is the missing disclaimer: fixed, nothing error-level remains.
        let example = CLI.packageRoot.appendingPathComponent("Examples/chest-xray-triage")
        let lines = try String(contentsOf: example.appendingPathComponent("README.md"), encoding: .utf8).components(separatedBy: "\n")
        let withoutDisclaimer = lines.enumerated().filter { !($0.offset < 15 && $0.element.hasPrefix(">")) }.map(\.element)
        try sandbox.write("q/README.md", withoutDisclaimer.joined(separator: "\n"))
        try FileManager.default.copyItem(atPath: example.appendingPathComponent("case-study.yaml").path, toPath: sandbox.path("q/case-study.yaml"))
        let before = try CLI.run(["lint", "q"], in: sandbox.root)
        XCTAssertEqual(before.status, 1)
        XCTAssertTrue(before.stdout.contains("error: No disclaimer"), before.stdout)
        let fixed = try CLI.run(["fix", "q"], in: sandbox.root)
        XCTAssertEqual(fixed.status, 0, fixed.stdout + fixed.stderr)
        XCTAssertEqual(try CLI.run(["lint", "q"], in: sandbox.root).status, 0)

        // Without its manifest, the drafted one leaves warnings (fields to fill): --strict fails on them.
        try sandbox.write("r/README.md", withoutDisclaimer.joined(separator: "\n"))
        let strict = try CLI.run(["fix", "--strict", "r"], in: sandbox.root)
        XCTAssertEqual(strict.status, 1, strict.stdout)
        XCTAssertTrue(strict.stdout.contains("wrote case-study.yaml") && strict.stdout.contains("[manifest.required-fields]"), strict.stdout)
        XCTAssertEqual(try CLI.run(["fix", "r"], in: sandbox.root).status, 0)
    }

    func testPermissionsAndLinksAreRespected() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "# P\n\nA model.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: sandbox.path("p/README.md"))
        XCTAssertNotEqual(try CLI.run(["fix", "p"], in: sandbox.root).status, 2)
        let permissions = try FileManager.default.attributesOfItem(atPath: sandbox.path("p/README.md"))[.posixPermissions] as? NSNumber
        XCTAssertEqual(permissions?.intValue, 0o600, "a private README stays private")

        try sandbox.write("l/notes.md", "# Notes\n\nA model.\n")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("l/README.md"), withDestinationPath: "notes.md")
        let linked = try CLI.run(["fix", "l"], in: sandbox.root)
        XCTAssertTrue(linked.stdout.contains("note: l/README.md is a link"), linked.stdout)
        XCTAssertEqual(try String(contentsOfFile: sandbox.path("l/notes.md"), encoding: .utf8), "# Notes\n\nA model.\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.path("l/README.md")), "notes.md")
    }

    func testDisabledRulesAndSuppressedFindingsAreNotFixed() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/.caselint.yml", "disable: [section.next-steps, manifest.present]\n")
        try sandbox.write("p/README.md", "# P\n\n<!-- caselint-disable section.data -->\nA model.\n")
        let result = try CLI.run(["fix", "p"], in: sandbox.root)
        XCTAssertNotEqual(result.status, 2, result.stderr)
        let fixed = try String(contentsOfFile: sandbox.path("p/README.md"), encoding: .utf8)
        XCTAssertTrue(fixed.contains("## Problem") && fixed.contains("## Risks"), fixed)
        XCTAssertFalse(fixed.contains("## Next steps") || fixed.contains("## Data"), "what the author turned off stays off\n\(fixed)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: sandbox.path("p/case-study.yaml")))
    }

    func testBadInputExitsTwo() throws {
        let sandbox = try Sandbox()
        XCTAssertEqual(try CLI.run(["fix", "missing"], in: sandbox.root).status, 2)
        try sandbox.write("p/README.md", "# P\n")
        let domain = try CLI.run(["fix", "--domain", "radiology", "p"], in: sandbox.root)
        XCTAssertEqual(domain.status, 2)
        XCTAssertTrue(domain.stderr.contains("radiology"), domain.stderr)
        XCTAssertEqual(try String(contentsOfFile: sandbox.path("p/README.md"), encoding: .utf8), "# P\n")
    }

    static func runTool(_ executable: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
