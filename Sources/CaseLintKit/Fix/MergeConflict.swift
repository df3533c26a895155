import Foundation

/// Git's conflict markers (`<<<<<<< ours`, `|||||||`, `=======`, `>>>>>>> theirs`) left in a file.
/// Adding text to a file in that state would bury the conflict deeper, so `caselint fix` refuses it.
enum MergeConflict {
    /// The 1-based line of the first opening or closing marker, or nil. A line of seven `=` alone
    /// is also a Markdown underline, so only `<<<<<<<` and `>>>>>>>` (alone or followed by a
    /// space) count. In a README, markers inside fenced or indented code are examples, not conflicts.
    static func firstMarkerLine(in edits: LineEdits, document: MarkdownDocument? = nil) -> Int? {
        for number in 1...max(edits.lineCount, 1) where number <= edits.lineCount {
            let content = edits.lines[number - 1].content
            guard content.count >= 7, let first = content.first, first == UInt8(ascii: "<") || first == UInt8(ascii: ">") else { continue }
            guard content.prefix(7).allSatisfy({ $0 == first }) else { continue }
            if content.count > 7, content[content.startIndex + 7] != UInt8(ascii: " ") { continue }
            if let document, number <= document.lineCount, document.kind(ofLine: number) == .code { continue }
            return number
        }
        return nil
    }
}
