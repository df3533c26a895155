@testable import CaseLintKit
import XCTest

/// The text of HTML blocks as GitHub shows it, kept on the same lines, for the disclaimer check.
final class HTMLBlockTextTests: XCTestCase {
    func testTagsAndEntitiesDropOutAndLinesStayPut() throws {
        let markdown = "# Project\n\n<p align=\"center\">\n<b>Not for clinical use.</b>&nbsp;A portfolio project &amp; demo.\n</p>\n\nProse.\n"
        let html = try XCTUnwrap(HTMLBlockText.document(of: MarkdownScanner.scan(markdown)))
        XCTAssertEqual(html.lineCount, MarkdownScanner.scan(markdown).lineCount)
        let line4 = String(decoding: html.bytes[html.lineRanges[3]], as: UTF8.self)
        XCTAssertEqual(line4, "Not for clinical use.  A portfolio project & demo.")
        // Markdown prose is not part of the HTML text.
        XCTAssertTrue(html.lineRanges[6].isEmpty)
    }

    func testCommentsAndDocumentsWithoutHTMLGiveNothing() {
        XCTAssertNil(HTMLBlockText.document(of: MarkdownScanner.scan("# Project\n\n<!-- Not for clinical use. -->\n\nProse.\n")))
        XCTAssertNil(HTMLBlockText.document(of: MarkdownScanner.scan("# Project\n\nProse only.\n")))
    }
}
