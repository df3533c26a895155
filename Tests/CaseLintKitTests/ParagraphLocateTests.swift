@testable import CaseLintKit
import XCTest

/// ASCII paragraphs are located from their bytes; the answer is the one Foundation's strings give.
final class ParagraphLocateTests: XCTestCase {
    func testASCIILocationMatchesTheGeneralOne() {
        let readme = "# Title\n\n> Quoted line one\n> and two, wrapped\nthird line of prose.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
        let document = MarkdownScanner.scan(Array(readme.utf8))
        let paragraphs = ParagraphIndex(document)
        var checked = 0
        for number in paragraphs.paragraphs.indices {
            let text = paragraphs.text(number)
            XCTAssertTrue(text.isASCII)
            let paragraph = paragraphs.paragraphs[number]
            for offset in 0...text.bytes.count {
                XCTAssertTrue(paragraph.locateASCII(offset: offset) == paragraph.locate(utf16Offset: offset, in: text.string), "\(number) \(offset)")
                XCTAssertEqual(text.utf16Offset(ofByte: offset), offset)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 50)
        XCTAssertFalse(ParagraphText(Array("Café".utf8)).isASCII)
    }
}
