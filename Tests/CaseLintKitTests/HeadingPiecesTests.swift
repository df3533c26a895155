import Foundation
import XCTest
@testable import CaseLintKit

/// Headings are cut into pieces once per README (`TextIndex.headingPieces`), for every reader of them.
final class HeadingPiecesTests: XCTestCase {
    private func words(_ pieces: [[Token]]) -> [[UInt64]] { pieces.map { $0.map(\.hash) } }
    private func hashes(_ pieces: [[String]]) -> [[UInt64]] { pieces.map { $0.map { TextIndex.hash($0.utf8) } } }

    func testPiecesSplitAtPunctuationDashesAndConnectivesWhateverTheCase() {
        XCTAssertEqual(words(SectionHeadingMatcher.pieces("Data & Methods")), hashes([["data"], ["methods"]]))
        XCTAssertEqual(words(SectionHeadingMatcher.pieces("RESULTS AND LIMITATIONS")), hashes([["results"], ["limitations"]]))
        XCTAssertEqual(words(SectionHeadingMatcher.pieces("Risks – Mitigations (v2)")), hashes([["risks"], ["mitigations"], ["v2"]]))
        XCTAssertEqual(words(SectionHeadingMatcher.pieces("Model vs. Baseline")), hashes([["model"], ["baseline"]]))
        XCTAssertEqual(words(SectionHeadingMatcher.pieces("TODO: add limitations")), hashes([["add", "limitations"]]),
                       "a leading placeholder marker is no piece")
        XCTAssertEqual(SectionHeadingMatcher.pieces("").count, 0)
    }

    func testTheIndexKeepsEverySectionWithItsHeadingsPieces() {
        let text = "# Sepsis Alerts\n\n## Problem and Data\n\nText.\n\n**Evaluation:**\n\nMore text.\n\n### TODO: Limitations\n"
        let document = MarkdownScanner.scan(text)
        let index = TextIndex(document)
        XCTAssertEqual(index.sections.map(\.heading.line), document.sections().map(\.heading.line))
        XCTAssertEqual(index.sections.map(\.bodyLines), document.sections().map(\.bodyLines))
        XCTAssertEqual(index.headingPieces.count, index.sections.count)
        for (section, pieces) in zip(index.sections, index.headingPieces) {
            XCTAssertEqual(words(pieces), words(SectionHeadingMatcher.pieces(section.heading.text)), section.heading.text)
        }
        XCTAssertEqual(words(index.headingPieces[1]), hashes([["problem"], ["data"]]))
    }
}
