import Foundation
import XCTest
@testable import CaseLintKit

/// Every output format against a file checked in under Golden/, byte for byte.
/// After an intended change: CASELINT_UPDATE_GOLDEN=1 swift test --filter ReporterGoldenTests
final class ReporterGoldenTests: XCTestCase {
    func assertGolden(_ format: OutputFormat, scoreCard: Bool = false, _ name: String,
                      file: StaticString = #filePath, line: UInt = #line) throws {
        let output = format.reporter(color: false, scoreCard: scoreCard).render(try ReportFixture.report())
        try GoldenFile.assertMatches(output, name, file: file, line: line)
        XCTAssertFalse(output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x1B },
                       "\(name) holds control characters", file: file, line: line)
    }

    func testText() throws { try assertGolden(.text, "text.txt") }
    func testScoreCard() throws { try assertGolden(.text, scoreCard: true, "score.txt") }
    func testJSON() throws { try assertGolden(.json, "json.json") }
    func testSARIF() throws { try assertGolden(.sarif, "sarif.sarif") }
    func testGitHub() throws { try assertGolden(.github, "github.txt") }
    func testMarkdown() throws { try assertGolden(.markdown, "markdown.md") }
    func testHTML() throws { try assertGolden(.html, "html.html") }
    func testBadge() throws { try assertGolden(.badge, "badge.svg") }
    func testShields() throws { try assertGolden(.shields, "shields.json") }
}
