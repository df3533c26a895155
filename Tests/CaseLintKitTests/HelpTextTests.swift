import Foundation
import XCTest

/// The help a user reads is part of the interface: snapshot it, and check usage errors exit 2.
final class HelpTextTests: XCTestCase {
    func testHelpTextOfEveryCommand() throws {
        for command in ["", "lint", "score", "fix", "rules", "explain", "new", "outline"] {
            let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
            let result = try CLI.run(arguments, environment: ["COLUMNS": "100"])
            XCTAssertEqual(result.status, 0, result.stderr)
            try GoldenFile.assertMatches(result.stdout, "help/\(command.isEmpty ? "caselint" : command).txt")
        }
    }

    func testUsageErrorsExitTwo() throws {
        let unknownFormat = try CLI.run(["lint", "--format", "pdf", "Examples/chest-xray-triage"])
        XCTAssertEqual(unknownFormat.status, 2)
        XCTAssertTrue(unknownFormat.stderr.contains("pdf"), unknownFormat.stderr)
        let unknownFlag = try CLI.run(["score", "--colour"])
        XCTAssertEqual(unknownFlag.status, 2)
        XCTAssertTrue(unknownFlag.stderr.contains("--colour"), unknownFlag.stderr)
    }
}
