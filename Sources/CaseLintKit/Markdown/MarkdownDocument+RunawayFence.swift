import Foundation

/// A code fence that is never closed runs to the end of the README (CommonMark, and GitHub shows the
/// rest of the page in one grey box). Its headings are no headings to anyone, but its sentences are
/// still read: a "Medical disclaimer" paragraph swallowed by a fence opened 500 lines earlier is seen
/// by every reader. `runawayFence` finds such a fence; `runawayFenceAsProse` is the document with the
/// lines after it read as prose, for the checks that judge sentences wherever a reader meets them.
extension MarkdownDocument {
    /// The 1-based line of the fence that opens a code block never closed, if the README ends in one.
    public var runawayFence: Int? {
        var first = lineCount
        while first > 0, kinds[first - 1] == .code { first -= 1 }
        guard first < lineCount else { return nil }
        // The scanner's own reading of fence lines, so that this agrees with what it marked as code.
        var open: (line: Int, marker: UInt8, length: Int)?
        for line in first..<lineCount {
            let text = LineText(bytes, lineRanges[line])
            if let current = open {
                if text.indent <= 3, text.closesFence(marker: current.marker, length: current.length) { open = nil }
            } else if let opening = text.fenceOpening {
                open = (line + 1, opening.marker, opening.length)
            }
        }
        return open?.line
    }

    /// The document with every line after a runaway fence read as prose (blank ones as blank), or nil
    /// when no fence runs away. Bytes, lines and headings stay as they are.
    public var runawayFenceAsProse: MarkdownDocument? {
        guard let opener = runawayFence else { return nil }
        var kinds = self.kinds
        for line in opener..<lineCount {
            let isBlank = bytes[lineRanges[line]].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            kinds[line] = isBlank ? .blank : .prose
        }
        return MarkdownDocument(bytes: bytes, lineRanges: lineRanges, kinds: kinds, headings: headings, comments: comments,
                                frontMatter: frontMatter)
    }
}
