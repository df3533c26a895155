@testable import CaseLintKit
import XCTest

/// The block scanner decides what is a heading and what is hidden (code, HTML, comments, front
/// matter). Scripts/heading-oracle.py compares it with a CommonMark parser on whole corpora; these
/// tests pin the individual rules.
final class MarkdownScannerTests: XCTestCase {
    /// Headings as `line kind level text`, with ` (nested)` for those inside lists and quotes.
    func outline(_ markdown: String) -> [String] {
        MarkdownScanner.scan(markdown).headings.map {
            "\($0.line) \($0.kind.rawValue) \($0.level) \($0.text)" + ($0.nested ? " (nested)" : "")
        }
    }

    func testATXHeadingsNeedASpaceAndDropClosingHashes() {
        let markdown = "# Title #\n   ## Two ##   \n#Title\n#5 issue\n####### Seven\n#\tTab\n## Keep #hash\n    # code\n"
        XCTAssertEqual(outline(markdown), ["1 atx 1 Title", "2 atx 2 Two", "6 atx 1 Tab", "7 atx 2 Keep #hash"])
        let doc = MarkdownScanner.scan(markdown)
        XCTAssertEqual(doc.kind(ofLine: 3), .prose)
        XCTAssertEqual(doc.kind(ofLine: 8), .code)
    }

    func testSetextHeadingStartsAtTheFirstParagraphLine() {
        let doc = MarkdownScanner.scan("Multi\nline title\n===\n\nTwo\n  ---  \n\ntext\n\n---\n")
        XCTAssertEqual(doc.headings.map(\.text), ["Multi line title", "Two"])
        XCTAssertEqual(doc.headings.map(\.line), [1, 5])
        XCTAssertEqual(doc.headings.map(\.lastLine), [3, 6])
        XCTAssertEqual(doc.headings.map(\.level), [1, 2])
        XCTAssertEqual(doc.kind(ofLine: 3), .setextUnderline)
        XCTAssertEqual(doc.kind(ofLine: 10), .thematicBreak)   // after a blank line `---` is a rule
    }

    func testHTMLAndBoldLineHeadings() {
        let markdown = "<h2 align=\"center\">Data &amp; Methods</h2>\n\n**Results:**\n\n**Bold** then text\n\n- **In a list**\n"
        XCTAssertEqual(outline(markdown), ["1 html 2 Data & Methods", "3 bold 7 Results"])
    }

    func testANumberedItemOverARuleIsAHeadingCandidate() {
        let markdown = "Survival\n========\n\n1. Objective\n------------\n\nEstimate survival.\n\n2. Data\n=======\n\nMETABRIC.\n"
        XCTAssertEqual(outline(markdown), ["1 setext 1 Survival", "4 numbered 2 1. Objective", "9 numbered 1 2. Data"])
        let document = MarkdownScanner.scan(markdown)
        XCTAssertEqual(document.kind(ofLine: 4), .heading)
        XCTAssertEqual(document.kind(ofLine: 5), .setextUnderline)
        // The last item of a real list, or an item without a blank line around it, stays a list item.
        XCTAssertEqual(outline("# Steps\n\n1. Install\n2. Run\n---\n\nText.\n"), ["1 atx 1 Steps"])
        XCTAssertEqual(outline("# Steps\n\n1. Install\n---\nText.\n"), ["1 atx 1 Steps"])
    }

    func testFencedCodeHidesHeadingsUntilAMatchingFence() {
        let markdown = "```\n# a\n~~~\n# b\n```\n~~~~ yaml\n# c\n~~~\n~~~~~\n# Real\n"
        XCTAssertEqual(outline(markdown), ["10 atx 1 Real"])
        let doc = MarkdownScanner.scan(markdown)
        XCTAssertEqual((1...9).map { doc.kind(ofLine: $0) }, Array(repeating: .code, count: 9))
        XCTAssertFalse(doc.isText(line: 2))
    }

    func testUnclosedFenceRunsToTheEnd() {
        let doc = MarkdownScanner.scan("# Top\n\n```python\n# comment\n\n## Not a heading\n")
        XCTAssertEqual(doc.headings.map(\.text), ["Top"])
        XCTAssertEqual(doc.kind(ofLine: 6), .code)
    }

    func testIndentedCodeVersusParagraphContinuation() {
        let doc = MarkdownScanner.scan("    # code\n\nParagraph\n    # continued, not code\n# Heading interrupts\n")
        XCTAssertEqual(doc.headings.map(\.line), [5])
        XCTAssertEqual(doc.kind(ofLine: 1), .code)
        XCTAssertEqual(doc.kind(ofLine: 4), .prose)
    }

    func testHTMLBlocksHideHeadingsUntilTheirEnd() {
        let markdown = "<div align=\"center\">\n# hidden\n</div>\n\n<details>\n\n## Inside details\n\n</details>\n<img src=\"x.png\">\n# hidden too\n"
        XCTAssertEqual(outline(markdown), ["7 atx 2 Inside details"])
        XCTAssertEqual(MarkdownScanner.scan(markdown).kind(ofLine: 2), .html)
    }

    func testCommentsAreHiddenAndKeptWithTheirLine() {
        let markdown = "Intro\n<!-- caselint-disable-next-line data.open -->\n<!-- caselint-disable x\n# hidden\n-->\n# After\n"
        let doc = MarkdownScanner.scan(markdown)
        XCTAssertEqual(doc.comments.map(\.line), [2, 3])
        XCTAssertEqual(doc.comments.map(\.text), ["<!-- caselint-disable-next-line data.open -->",
                                                  "<!-- caselint-disable x\n# hidden\n-->"])
        XCTAssertEqual(doc.headings.map(\.line), [6])
        XCTAssertEqual(doc.kind(ofLine: 4), .comment)
    }

    func testFrontMatterIsParsedAndHidden() {
        let doc = MarkdownScanner.scan("---\nlicense: mit\n# not a heading\n---\n# Model card\n")
        XCTAssertEqual(doc.frontMatter?.text, "license: mit\n# not a heading")
        XCTAssertEqual(doc.frontMatter?.lastLine, 4)
        XCTAssertEqual(doc.kind(ofLine: 3), .frontMatter)
        XCTAssertEqual(outline("---\nlicense: mit\n# not a heading\n---\n# Model card\n"), ["5 atx 1 Model card"])

        // Without a closing line the dashes are a thematic break, not front matter.
        let unclosed = MarkdownScanner.scan("---\n# Title\n")
        XCTAssertNil(unclosed.frontMatter)
        XCTAssertEqual(unclosed.headings.map(\.line), [2])
    }

    func testCRLFCRAndBOMKeepOneBasedLines() {
        let crlf = MarkdownScanner.scan(Array("\u{FEFF}# Title\r\nText\r\n\r\nSub\r\n---\r\n".utf8))
        XCTAssertEqual(crlf.headings.map(\.text), ["Title", "Sub"])
        XCTAssertEqual(crlf.headings.map(\.line), [1, 4])
        XCTAssertEqual(crlf.line(2), "Text")
        XCTAssertEqual(crlf.lineCount, 5)
        XCTAssertEqual(MarkdownScanner.scan("a\rb\r# C\r").headings.map(\.line), [3])
    }

    func testHeadingsInListsAndQuotesAreNested() {
        let markdown = "- item\n\n  # In item\n\n> # Quoted\n\n1. one\n   ```\n   # hidden\n   ```\n# Top\n"
        XCTAssertEqual(outline(markdown), ["3 atx 1 In item (nested)", "5 atx 1 Quoted (nested)", "11 atx 1 Top"])
        XCTAssertEqual(MarkdownScanner.scan(markdown).sectionHeadings.map(\.text), ["Top"])
    }

    func testListItemsNestAndEndAtTheirIndentation() {
        // A second-level item does not end the first: the heading belongs to the outer item.
        XCTAssertEqual(outline("- a\n  - b\n\n  # Outer\n\n# Top\n"), ["4 atx 1 Outer (nested)", "6 atx 1 Top"])
        // A fence in an item closes with the item; an item may start with one blank line only.
        XCTAssertEqual(outline("- item\n  ```\n# Top\n"), ["3 atx 1 Top"])
        XCTAssertEqual(outline("-\n\n  # Top\n"), ["3 atx 1 Top"])
        // Tab stops are source columns: after `   \t` the item's content is text, so the next lines are lazy.
        XCTAssertEqual(outline("- # A\n   \tText\n <img src=x>\n # Top\n"), ["1 atx 1 A (nested)", "4 atx 1 Top"])
    }

    func testQuotesEndWithoutTheirMarkerAndCloseTheirFences() {
        XCTAssertEqual(outline("> ```\n> # hidden\n# Top\n> ```\n"), ["3 atx 1 Top"])
        XCTAssertEqual(outline(">     # code in quote\n>\n> # Quoted\n"), ["3 atx 1 Quoted (nested)"])
        // `* * *` is a thematic break, not a list item; `*` with text is one.
        let doc = MarkdownScanner.scan("* * *\n* # Item heading\n")
        XCTAssertEqual(doc.kind(ofLine: 1), .thematicBreak)
        XCTAssertEqual(doc.headings.first?.nested, true)
    }

    func testLazyLinesAndDefinitionsAreNotSetextHeadings() {
        let doc = MarkdownScanner.scan("> quote\nlazy\n===\n\n- item\n---\n\n[ref]: https://example.org\n===\n")
        XCTAssertEqual(doc.headings.count, 0)
        XCTAssertEqual(doc.kind(ofLine: 6), .thematicBreak)
    }

    func testTablesAreNotSetextParagraphs() {
        let doc = MarkdownScanner.scan("| Metric | Value |\n|---|:-:|\n| AUROC | 0.91 |\n---\n")
        XCTAssertEqual(doc.headings.count, 0)
        XCTAssertEqual((1...3).map { doc.kind(ofLine: $0) }, [.table, .table, .table])
        XCTAssertEqual(doc.kind(ofLine: 4), .thematicBreak)
        // A delimiter row with another cell count makes no table: the text stays a paragraph.
        XCTAssertEqual(MarkdownScanner.scan("a | b | c\n--|--\n").kind(ofLine: 1), .prose)
    }

    func testHeadingTextDropsMarkupButKeepsCodeAndEscapes() {
        let doc = MarkdownScanner.scan("## `a*b` and **[link](u)** ![alt](i.png) \\# &copy; &#8594; <https://x.org> <br>\n")
        XCTAssertEqual(doc.headings.first?.text, "a*b and link alt # © → https://x.org")
    }

    func testSectionsRunToTheNextHeadingOfTheSameOrHigherLevel() {
        let doc = MarkdownScanner.scan("# A\nintro\n## B\nb\n### C\nc\n## D\n**Bold**\ntext\n# E\n")
        let ranges = doc.sections().map { "\($0.heading.text):\($0.bodyLines.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "nil")" }
        // The bold line (level 7) is a heading candidate but never ends a real section.
        XCTAssertEqual(ranges, ["A:2-9", "B:4-6", "C:6-6", "D:8-9", "Bold:9-9", "E:nil"])
    }
}
