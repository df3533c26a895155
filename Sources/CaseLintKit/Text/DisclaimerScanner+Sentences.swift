import Foundation

/// How a paragraph is cut into the sentences a disclaimer is judged in.
extension DisclaimerScanner {
    /// Token ranges of the sentences of a paragraph, in place of what `result` held: split after
    /// . ! ? ; followed by a space, and before each list item.
    func sentences(in range: Range<Int>, into result: inout [Range<Int>]) {
        result.removeAll(keepingCapacity: true)
        guard !range.isEmpty else { return }
        let tokens = index.tokens
        let bytes = index.lower
        var start = range.lowerBound
        for position in range.dropLast() {
            let gap = Int(tokens[position].end)..<Int(tokens[position + 1].start)
            if endsSentence(bytes, gap) || tokens[position + 1].line != tokens[position].line && startsListItem(Int(tokens[position + 1].line)) {
                result.append(start..<(position + 1))
                start = position + 1
            }
        }
        result.append(start..<range.upperBound)
    }

    private func endsSentence(_ bytes: [UInt8], _ gap: Range<Int>) -> Bool {
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
