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
        var open: (line: Int, marker: UInt8, length: Int)?
        for line in first..<lineCount {
            guard let (marker, length, bare) = fence(in: lineRanges[line]) else { continue }
            if let current = open {
                if marker == current.marker, length >= current.length, bare { open = nil }
            } else {
                open = (line + 1, marker, length)
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

    /// A fence line: up to three spaces, then three or more backticks or tildes; `bare` when nothing
    /// but spaces follows them (only such a line closes a fence).
    private func fence(in range: Range<Int>) -> (marker: UInt8, length: Int, bare: Bool)? {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 4, bytes[index] == 0x20 { index += 1 }
        guard index - range.lowerBound <= 3, index < range.upperBound else { return nil }
        let marker = bytes[index]
        guard marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") else { return nil }
        let start = index
        while index < range.upperBound, bytes[index] == marker { index += 1 }
        guard index - start >= 3 else { return nil }
        let bare = bytes[index..<range.upperBound].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        return (marker, index - start, bare)
    }
}
