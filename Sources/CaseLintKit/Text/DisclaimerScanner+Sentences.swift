import Foundation

/// How a paragraph is cut into the sentences a disclaimer is judged in.
extension DisclaimerScanner {
    /// Token ranges of the sentences of a paragraph, in place of what `result` held: split after
    /// . ! ? ; followed by a space, and before each list item.
    func sentences(in range: Range<Int>, into result: inout [Range<Int>]) {
        result.removeAll(keepingCapacity: true)
        guard !range.isEmpty else { return }
        var start = range.lowerBound
        // Through buffers: every token read its neighbour and the bytes between them, each access
        // checked against the array's bounds (`range` lies within the tokens, a gap within the text).
        index.tokens.withUnsafeBufferPointer { tokens in
            index.lower.withUnsafeBufferPointer { bytes in
                for position in range.dropLast() {
                    let gap = Int(tokens[position].end)..<Int(tokens[position + 1].start)
                    if Self.endsSentence(bytes, gap)
                        || tokens[position + 1].line != tokens[position].line && startsListItem(Int(tokens[position + 1].line)) {
                        result.append(start..<(position + 1))
                        start = position + 1
                    }
                }
            }
        }
        result.append(start..<range.upperBound)
    }

    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        for offset in gap where bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: "!")
            || bytes[offset] == UInt8(ascii: "?") || bytes[offset] == UInt8(ascii: ";") {
            let next = offset + 1
            if next >= gap.upperBound || bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x0D || bytes[next] == 0x09
                || bytes[next] == UInt8(ascii: "*") || bytes[next] == UInt8(ascii: "_") {
                return true
            }
        }
        return false
    }

    private func startsListItem(_ line: Int) -> Bool {
        let bytes = index.document.bytes
        var offset = index.document.lineRanges[line - 1].lowerBound
        let end = index.document.lineRanges[line - 1].upperBound
        while offset < end, bytes[offset] == 0x20 || bytes[offset] == UInt8(ascii: ">") { offset += 1 }
        guard offset < end else { return false }
        let byte = bytes[offset]
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") { return true }
        while offset < end, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
        return offset < end && offset > index.document.lineRanges[line - 1].lowerBound
            && (bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: ")"))
    }
}

/// The gaps between words that close a clause (see `isDisclaimer`).
extension DisclaimerScanner {
    /// Whether the gap is " - " (compared byte by byte: `elementsEqual` with a string's UTF-8 cost 1% of a run).
    @inline(__always) static func isSpacedHyphen(_ gap: ArraySlice<UInt8>) -> Bool {
        let at = gap.startIndex
        return gap.count == 3 && gap[at] == 0x20 && gap[at + 1] == UInt8(ascii: "-") && gap[at + 2] == 0x20
    }

    /// An em dash (E2 80 94) or an en dash (E2 80 93); other three-byte characters (quotes, bullets) are not.
    static func hasDash(_ gap: ArraySlice<UInt8>) -> Bool {
        var index = gap.startIndex
        while index + 2 < gap.endIndex {
            if gap[index] == 0xE2, gap[index + 1] == 0x80, gap[index + 2] == 0x94 || gap[index + 2] == 0x93 { return true }
            index += 1
        }
        return false
    }
}
