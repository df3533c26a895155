@testable import CaseLintKit
import XCTest

/// HTML table cells placed where a browser draws them, whatever the line breaks.
final class HTMLTableGridTests: XCTestCase {
    private func text(_ cell: HTMLTableCell, in document: MarkdownDocument) -> String {
        String(decoding: document.bytes[cell.content], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    func testColspanAndRowspanPlaceATwoRowHeader() {
        let markdown = """
        <table>
          <tr>
            <th rowspan="2">Model</th>
            <th colspan="2">AUC</th>
            <th rowspan=2>P@5</th>
          </tr>
          <tr><th>Macro</th><th>Micro</th></tr>
          <tr><td>CAML</td><td><b>0.875</b></td><td>0.909</td><td>0.609</td></tr>
        </table>
        """
        let document = MarkdownScanner.scan(markdown)
        let cells = HTMLTableGrid.cells(of: document)
        let placed = cells.map { "\($0.row),\($0.column),\($0.span),\($0.isHeader ? "th" : "td"):\(text($0, in: document))" }
        XCTAssertEqual(placed, ["0,0,1,th:Model", "0,1,2,th:AUC", "0,3,1,th:P@5",
                                // The row below skips the columns the rowspans above reach into.
                                "1,1,1,th:Macro", "1,2,1,th:Micro",
                                // A cell's text runs to its closing tag, past the <b> inside it.
                                "2,0,1,td:CAML", "2,1,1,td:<b>0.875</b>", "2,2,1,td:0.909", "2,3,1,td:0.609"])
    }

    func testACellWhoseTagEndsItsLineTakesTheNextLine() {
        let document = MarkdownScanner.scan("<table>\n<tr>\n<td>\nAUROC\n</td>\n<td>0.81</td>\n</tr>\n</table>\n")
        let cells = HTMLTableGrid.cells(of: document)
        XCTAssertEqual(cells.map { text($0, in: document) }, ["AUROC", "0.81"])
        XCTAssertEqual(cells.map(\.column), [0, 1])
    }

    func testHugeSpansAreCappedAndCellsOutsideATableIgnored() {
        let document = MarkdownScanner.scan("<td>stray</td>\n\n<table>\n<tr><td colspan=\"99999999\">a</td><td rowspan='7000'>b</td></tr>\n</table>\n")
        let cells = HTMLTableGrid.cells(of: document)
        XCTAssertEqual(cells.map(\.span), [HTMLTableGrid.maximumSpan, 1])
        XCTAssertEqual(cells.map(\.column), [0, HTMLTableGrid.maximumSpan])
        // A rowspan beyond the 64th column is read as a single row, never as a reversed range.
        let wide = "<table>\n<tr>" + String(repeating: "<td>x</td>", count: 70) + "<td rowspan=\"3\">y</td></tr>\n<tr><td>z</td></tr>\n</table>\n"
        let wideCells = HTMLTableGrid.cells(of: MarkdownScanner.scan(wide))
        XCTAssertEqual(wideCells.count, 72)
        XCTAssertEqual(wideCells.last?.column, 0)
    }
}
