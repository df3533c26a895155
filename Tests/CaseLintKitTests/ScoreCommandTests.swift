import Foundation
import XCTest

/// End-to-end: `caselint score`, `--min-score` and the score in JSON, on the bundled Examples.
final class ScoreCommandTests: XCTestCase {
    func total(_ path: String) throws -> Int {
        let result = try CLI.run(["score", "--format", "json", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let project = try XCTUnwrap((result.json?["projects"] as? [[String: Any]])?.first, result.stdout)
        return try XCTUnwrap((project["score"] as? [String: Any])?["total"] as? Int)
    }

    func testStrongExampleIsReadyAndFirstDraftIsNot() throws {
        XCTAssertGreaterThanOrEqual(try total("Examples/chest-xray-triage"), 85)
        XCTAssertLessThanOrEqual(try total("Examples/readmission-first-draft"), 60)
    }

    func testScoreFollowsContent() throws {
        // The same first draft with a disclaimer and a data section gains points: the score reads content.
        let sandbox = try Sandbox()
        let draft = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Examples/readmission-first-draft/README.md"), encoding: .utf8)
        try sandbox.write("p/README.md", draft)
        let before = try total(sandbox.path("p"))
        try sandbox.write("p/README.md", draft.replacingOccurrences(of: "## Installation", with: """
            > Not for clinical use: a learning project, not a medical device.

            ## Data

            Diabetes 130-US hospitals (UCI), 101,766 de-identified encounters of 71,518 patients with diabetes from
            130 US hospitals, 1999-2008, under an open licence. Each encounter lists demographics, diagnoses (ICD-9),
            medications, lab results and whether the patient came back within 30 days; we kept each patient's first
            encounter, dropped those discharged to hospice or who died, and split the patients 70/15/15 by patient,
            so that no patient appears on both sides of the split.

            ## Installation
            """))
        // About 9.6 points before rounding: the disclaimer, the data part's words and its vocabulary.
        XCTAssertGreaterThanOrEqual(try total(sandbox.path("p")), before + 9)
    }

    func testTextShowsCategoriesActionsPortfolioAndCaveats() throws {
        let result = try CLI.run(["score", "Examples"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let out = result.stdout
        for expected in ["Examples/chest-xray-triage", "Structure", "Responsibility", "Evidence", "Domain literacy",
                         "Top actions (points each would add):", "disclaimer.clinical-use", "Portfolio Examples: 3 projects",
                         "the projects' mean", "Portfolio coherence", "Weakest project: Examples/readmission-first-draft",
                         "Not judged by caselint", "Clinical soundness", "Data rights"] {
            XCTAssertTrue(out.contains(expected), "missing '\(expected)' in:\n\(out)")
        }
        XCTAssertFalse(out.contains("\u{1B}"), "no colour when standard output is not a terminal")
        // Each project's actions are listed with the most points first.
        let blocks = out.components(separatedBy: "\n\n")
        var listed = 0
        for block in blocks {
            let points = block.split(separator: "\n").compactMap { line -> Double? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("+") else { return nil }
                return Double(trimmed.dropFirst().prefix { $0 != " " })
            }
            listed += points.count
            XCTAssertEqual(points, points.sorted(by: >), block)
        }
        XCTAssertGreaterThan(listed, 0)
    }

    func testMinScoreExitCodes() throws {
        XCTAssertEqual(try CLI.run(["score", "--min-score", "85", "Examples/chest-xray-triage"]).status, 0)
        let below = try CLI.run(["score", "--min-score", "61", "Examples"])
        XCTAssertEqual(below.status, 1)
        XCTAssertTrue(below.stderr.contains("Examples/readmission-first-draft scores"), below.stderr)
        XCTAssertFalse(below.stderr.contains("chest-xray-triage"), below.stderr)
        XCTAssertEqual(try CLI.run(["lint", "--min-score", "85", "Examples/chest-xray-triage"]).status, 0)
        XCTAssertEqual(try CLI.run(["lint", "--min-score", "100", "--format", "json", "Examples/chest-xray-triage"]).status, 0)
        XCTAssertEqual(try CLI.run(["lint", "--min-score", "101", "Examples/chest-xray-triage"]).status, 2)
    }

    func testMinScoreFromConfiguration() throws {
        let sandbox = try Sandbox()
        let strong = CLI.packageRoot.appendingPathComponent("Examples/chest-xray-triage")
        try sandbox.write("p/README.md", try String(contentsOf: strong.appendingPathComponent("README.md"), encoding: .utf8))
        // No manifest: manifest rules lose points, but there are no error-level findings.
        try sandbox.write("p/.caselint.yml", "min_score: 100\n")
        let lint = try CLI.run(["lint", sandbox.path("p")])
        XCTAssertEqual(lint.status, 1, "below the configured min_score: \(lint.stdout)\(lint.stderr)")
        XCTAssertTrue(lint.stderr.contains("below the minimum of 100"), lint.stderr)
        XCTAssertEqual(try CLI.run(["score", sandbox.path("p")]).status, 1)
        XCTAssertEqual(try CLI.run(["score", "--min-score", "50", sandbox.path("p")]).status, 0, "--min-score wins over min_score")
    }

    func testScoreInLintJSON() throws {
        let result = try CLI.run(["lint", "--format", "json", "Examples"])
        let projects = try XCTUnwrap(result.json?["projects"] as? [[String: Any]])
        for project in projects {
            let score = try XCTUnwrap(project["score"] as? [String: Any])
            XCTAssertNotNil(score["total"] as? Int)
            XCTAssertNotNil(score["band"] as? String)
            let categories = try XCTUnwrap(score["categories"] as? [String: Any])
            XCTAssertEqual(Set(categories.keys), ["structure", "responsibility", "evidence", "domain-literacy", "reproducibility"])
        }
    }

    func testOutputFileAndFormats() throws {
        let sandbox = try Sandbox()
        for (format, marker) in [("sarif", "\"version\": \"2.1.0\""), ("html", "<!DOCTYPE html>"), ("markdown", "| Project | Score |"),
                                 ("badge", "<svg"), ("shields", "\"schemaVersion\": 1"), ("github", "::error file=")] {
            let file = sandbox.path("report.\(format)")
            let result = try CLI.run(["lint", "--format", format, "--output", file, "Examples"])
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(result.stdout.isEmpty, "--output writes to the file, not to standard output")
            let text = try String(contentsOfFile: file, encoding: .utf8)
            XCTAssertTrue(text.contains(marker), "\(format): \(text.prefix(200))")
        }
    }

    func testColourOnATerminalButNeverWithNoColor() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("needs script(1) for a terminal") }
        func onTerminal(_ environment: String) throws -> String {
            let command = "\(environment) '\(CLI.binary.path)' score Examples/readmission-first-draft"
            // script(1) gives the binary a pseudo-terminal as standard output.
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", command, "/dev/null"]
            process.currentDirectoryURL = CLI.packageRoot
            let out = Pipe()
            process.standardOutput = out
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        XCTAssertTrue(try onTerminal("env -u NO_COLOR TERM=xterm").contains("\u{1B}["), "colour on a terminal")
        XCTAssertFalse(try onTerminal("env NO_COLOR=1 TERM=xterm").contains("\u{1B}["), "NO_COLOR turns colour off")
    }
}

/// DESIGN §8: a fresh scaffold's placeholders keep it below "ready" until they are filled.
final class ScaffoldScoreTests: XCTestCase {
    func testFreshScaffoldStaysBelowReady() throws {
        let sandbox = try Sandbox()
        let created = try CLI.run(["new", "wearable-anomaly", sandbox.path("hr-alerts"), "--year", "2026"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let scored = try CLI.run(["score", "--format", "json", sandbox.path("hr-alerts")])
        let project = try XCTUnwrap((scored.json?["projects"] as? [[String: Any]])?.first)
        let score = try XCTUnwrap(project["score"] as? [String: Any])
        XCTAssertLessThan(try XCTUnwrap(score["total"] as? Int), 90)
        // What holds it down is named: its results are still markers, and its parts are thin.
        let actions = try XCTUnwrap(score["actions"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        XCTAssertTrue(actions.contains("metrics.reported"), "\(actions)")
        XCTAssertFalse(try XCTUnwrap(score["thinned"] as? [String]).isEmpty)
    }
}
