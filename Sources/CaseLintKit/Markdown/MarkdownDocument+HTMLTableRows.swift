import Foundation

/// An HTML table row written on one line (`<tr><td>LDpred2</td><td>0.756</td></tr>`) reads as a row of
/// a Markdown table: the `<` of each cell tag becomes the `|` that opens the cell, so a results table
/// in HTML has columns and a header like a pipe table. Rows split over several lines stay prose.
extension MarkdownDocument {
    /// Offsets of the `<td` and `<th` tags that open cells on a line (never `<thead>`), when there are two or more.
    static func htmlCellStarts(_ line: ArraySlice<UInt8>) -> [Int] {
        var starts: [Int] = []
        var index = line.startIndex
        while index + 3 < line.endIndex {
            if line[index] == UInt8(ascii: "<"), line[index + 1] | 0x20 == UInt8(ascii: "t"),
               line[index + 2] | 0x20 == UInt8(ascii: "d") || line[index + 2] | 0x20 == UInt8(ascii: "h") {
                let after = line[index + 3]
                if after == UInt8(ascii: ">") || after == 0x20 || after == 0x09 { starts.append(index) }
            }
            index += 1
        }
        return starts.count >= 2 ? starts : []
    }
}
