@testable import CaseLintKit
import XCTest

/// The words of HTML blocks as GitHub shows them, on the same lines and at the same offsets.
final class ReadingViewTests: XCTestCase {
    func testTagsAndEntitiesBlankOutAndOffsetsStayPut() {
        let markdown = "# Project\n\n<p align=\"center\">\n<b>Not for clinical use.</b>&nbsp;A portfolio project &amp; demo.\n</p>\n\nProse.\n"
        let document = MarkdownScanner.scan(markdown)
        let view = document.readingView
        XCTAssertEqual(view.bytes.count, document.bytes.count)
        XCTAssertEqual(view.lineRanges, document.lineRanges)
        // "</b>" and "&nbsp;" become ten spaces, "&amp;" an ampersand and four.
        XCTAssertEqual(view.line(4), "   Not for clinical use.          A portfolio project &     demo.")
        XCTAssertEqual(view.kind(ofLine: 4), .prose)
        // A line of tags alone stays HTML: a block, as an image is.
        XCTAssertEqual(view.kind(ofLine: 3), .html)
        XCTAssertEqual(view.line(7), "Prose.")
    }

    func testPreformattedTextCommentsAndPlainMarkdownStayAsTheyAre() {
        let pre = MarkdownScanner.scan("# Project\n\n<pre>\nauc = 0.91\n</pre>\n\nProse.\n")
        XCTAssertEqual(pre.readingView.kind(ofLine: 4), .html)
        XCTAssertEqual(pre.readingView.line(4), "auc = 0.91")
        let comment = MarkdownScanner.scan("# Project\n\n<!-- Not for clinical use. -->\n\nProse.\n")
        XCTAssertEqual(comment.readingView.bytes, comment.bytes)
        XCTAssertEqual(comment.readingView.kind(ofLine: 3), .comment)
    }

    func testAnHTMLReadmeHasItsSectionsMetricsAndDisclaimer() throws {
        let readme = "<h1>Tox screen</h1>\n\n<h2>Results</h2>\n\n<p>Mean ROC-AUC on the scaffold split: <b>0.72</b>.</p>\n\n"
            + "<p align=\"center\"><i>Research code only; not for clinical use.</i></p>\n"
        let context = LintContext(document: MarkdownScanner.scan(readme), manifestNode: nil, vocabulary: try RuleSet.load().vocabulary)
        XCTAssertEqual(context.metrics.map(\.name), ["auroc"])
        XCTAssertEqual(context.metrics.first?.line, 5)
        let evaluation = try XCTUnwrap(context.outline?.parts["evaluation"])
        XCTAssertEqual(evaluation.heading.line, 3)
        XCTAssertGreaterThan(evaluation.words, 5)
    }

    func testAnHTMLTableRowOnOneLineReadsAsAPipeTableRow() throws {
        let readme = "# PRS\n\n<table>\n<tr><th>Score</th><th>AUC</th><th>incremental R²</th></tr>\n"
            + "<tr><td>LDpred2</td><td>0.756</td><td>1.6%</td></tr>\n</table>\n"
        let view = MarkdownScanner.scan(readme).readingView
        XCTAssertEqual(view.kind(ofLine: 4), .table)
        XCTAssertEqual(view.line(5), "    |   LDpred2     |   0.756     |   1.6%          ")
        XCTAssertEqual(view.kind(ofLine: 3), .html)
        let context = LintContext(document: MarkdownScanner.scan(readme), manifestNode: nil, vocabulary: try RuleSet.load().vocabulary)
        XCTAssertEqual(context.metrics.map { "\($0.name) \($0.value)" }, ["auroc 0.756", "r2 1.6"])
    }
}
