import Foundation

/// The cells of the HTML tables in a README, placed on the grid a browser draws: each `<td>` or `<th>`
/// at its row and first column, `colspan` and `rowspan` taken into account. A table written one cell
/// per line (as pandas' `to_html` writes it), or with a header over two rows ("AUC" spanning "Macro"
/// and "Micro"), has no row on a single line for the pipe-table reading (`htmlCellStarts`) to find.
struct HTMLTableCell: Sendable, Equatable {
    let table: Int
    let row: Int
    let column: Int
    let span: Int
    let isHeader: Bool
    let line: Int
    /// The bytes from the opening tag to the next table tag on its line (or the whole next line when
    /// the tag ends its own line and the next line holds no tag).
    let content: Range<Int>
}

enum HTMLTableGrid {
    /// A span larger than this is read as this: a table is never that wide, and a fuzzed
    /// `rowspan="999999999"` must not fill memory.
    static let maximumSpan = 32
    static let maximumCells = 4_000

    static func cells(of document: MarkdownDocument) -> [HTMLTableCell] {
        guard document.kinds.contains(.html) else { return [] }
        let bytes = document.bytes
        var cells: [HTMLTableCell] = []
        var table = -1, row = -1, column = 0
        var inTable = false
        var occupied: Set<Int> = []  // row * 64 + column, for cells a rowspan above reaches down into
        for line in 0..<document.lineCount where document.kinds[line] == .html {
            let range = document.lineRanges[line]
            var index = range.lowerBound
            while index < range.upperBound, cells.count < maximumCells {
                guard bytes[index] == UInt8(ascii: "<"), let tag = tagName(bytes, from: index + 1, to: range.upperBound) else {
                    index += 1
                    continue
                }
                let end = bytes[index..<range.upperBound].firstIndex(of: UInt8(ascii: ">")) ?? range.upperBound
                switch tag.name {
                case "table" where !tag.closing:
                    inTable = true; table += 1; row = -1; column = 0; occupied = []
                case "table":
                    inTable = false
                case "tr" where !tag.closing && inTable:
                    row += 1; column = 0
                case "td", "th":
                    guard !tag.closing, inTable, row >= 0 else { break }
                    while occupied.contains(row * 64 + min(column, 63)), column < 63 { column += 1 }
                    let columns = attribute("colspan", bytes[index..<end]), rows = attribute("rowspan", bytes[index..<end])
                    // The grid keeps 64 columns for rowspans: a cell further right spans no row below.
                    if rows > 1, column < 64 {
                        for below in (row + 1)..<(row + rows) {
                            for spanned in column..<min(column + columns, 64) { occupied.insert(below * 64 + spanned) }
                        }
                    }
                    cells.append(HTMLTableCell(table: table, row: row, column: column, span: columns, isHeader: tag.name == "th",
                                               line: line + 1, content: content(document, line: line, after: end)))
                    column += columns
                default:
                    break
                }
                index = end
            }
        }
        return cells
    }

    /// The lower-cased name after `<` (or `</`), when it is a table tag.
    private static func tagName(_ bytes: [UInt8], from start: Int, to limit: Int) -> (name: String, closing: Bool)? {
        var index = start
        let closing = index < limit && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        var name: [UInt8] = []
        while index < limit, name.count < 6 {
            let byte = bytes[index] | 0x20
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { break }
            name.append(byte)
            index += 1
        }
        guard index >= limit || bytes[index] == UInt8(ascii: ">") || bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == UInt8(ascii: "/")
        else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        return ["table", "tr", "td", "th"].contains(text) ? (text, closing) : nil
    }

    /// `colspan="2"`, `rowspan=3`: the whole number after the attribute's name, 1 when absent.
    static func attribute(_ name: String, _ tag: ArraySlice<UInt8>) -> Int {
        let key = Array(name.utf8)
        var index = tag.startIndex
        while index + key.count < tag.endIndex {
            if zip(tag[index..<(index + key.count)], key).allSatisfy({ $0 | 0x20 == $1 }) {
                var position = index + key.count
                var value = 0, digits = 0
                while position < tag.endIndex, [UInt8(ascii: "="), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x20].contains(tag[position]) { position += 1 }
                while position < tag.endIndex, tag[position] >= UInt8(ascii: "0"), tag[position] <= UInt8(ascii: "9"), digits < 4 {
                    value = value * 10 + Int(tag[position] - UInt8(ascii: "0"))
                    position += 1
                    digits += 1
                }
                return min(max(value, 1), maximumSpan)
            }
            index += 1
        }
        return 1
    }

    private static func content(_ document: MarkdownDocument, line: Int, after tagEnd: Int) -> Range<Int> {
        let bytes = document.bytes
        let range = document.lineRanges[line]
        let start = min(tagEnd + 1, range.upperBound)
        // Up to the cell's closing tag or the next cell's or row's tag: `<b>` and `<br>` are inside it.
        var end = start
        while end < range.upperBound {
            if bytes[end] == UInt8(ascii: "<"), let tag = tagName(bytes, from: end + 1, to: range.upperBound), tag.name != "table" || tag.closing { break }
            end += 1
        }
        if bytes[start..<end].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }), end == range.upperBound,
           line + 1 < document.lineCount, !bytes[document.lineRanges[line + 1]].contains(UInt8(ascii: "<")) {
            return document.lineRanges[line + 1]
        }
        return start..<end
    }
}
