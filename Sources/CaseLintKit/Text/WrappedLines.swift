import Foundation

/// Prose wrapped by hand: many READMEs break their sentences at 80 or 100 columns, so a metric's name
/// may end one line and its value open the next ("an AUROC of\n0.81"). Each line is mapped to the first
/// line of its run: consecutive prose lines of one paragraph share a run, while a list item, a table
/// row, a heading or a line after a blank starts its own. Checks that pair words within "one line"
/// compare runs instead.
enum WrappedLines {
    /// Index 0 is unused; `runs[line]` is the first line of the run that holds `line` (1-based).
    static func runs(of document: MarkdownDocument) -> [Int32] {
        var runs = [Int32](repeating: 0, count: document.lineCount + 2)
        for line in 1...max(document.lineCount, 1) where line <= document.lineCount {
            runs[line] = Int32(line)
            guard line > 1, document.kinds[line - 1] == .prose, document.kinds[line - 2] == .prose,
                  !opensListItem(document.bytes[document.lineRanges[line - 1]]) else { continue }
            runs[line] = runs[line - 1]
        }
        return runs
    }

    /// "- item", "* item", "+ item", "1. item", "2) item", after any indent and block-quote markers.
    static func opensListItem(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 || line[index] == UInt8(ascii: ">") { index += 1 }
        guard index < line.endIndex else { return false }
        let byte = line[index]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") {
            return index + 1 == line.endIndex || line[index + 1] == 0x20 || line[index + 1] == 0x09
        }
        var digits = 0
        while index < line.endIndex, line[index] >= 0x30, line[index] <= 0x39, digits < 10 { index += 1; digits += 1 }
        guard digits > 0, index < line.endIndex, line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: ")") else { return false }
        return index + 1 == line.endIndex || line[index + 1] == 0x20 || line[index + 1] == 0x09
    }
}
