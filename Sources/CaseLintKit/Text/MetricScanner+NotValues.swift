import Foundation

/// Numbers that report no result, whatever name stands near them: a table header's column names, a
/// value inside an FAQ's question, "24/7", a number that is part of a name, an interval's bound or a
/// spread, a masked "0.xx" and a number inside a `[[ ... ]]` placeholder.
extension MetricScanner {
    /// A Markdown table's header line, the one above its delimiter row ("|---|:---:|"): its numbers
    /// name columns ("| tAUC 36 m |"), they report nothing. (HTML rows read as table lines have none.)
    func isTableHeader(line: Int) -> Bool {
        let document = index.document
        guard line < document.lineCount, document.kinds[line - 1] == .table else { return false }
        let next = index.lower[document.lineRanges[line]]
        return next.contains(UInt8(ascii: "-")) && next.allSatisfy {
            $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 || $0 == 0x09 || $0 == 0x0D
        }
    }

    /// "**Why is my C-index 0.5?**": a value inside a question, as an FAQ asks it, reports nothing. The
    /// question ends the value's sentence on its line (a decimal point ends none).
    func isInQuestion(_ token: Token) -> Bool {
        let bytes = index.lower
        let end = index.document.lineRanges[Int(token.line) - 1].upperBound
        var position = Int(token.end)
        while position < end {
            switch bytes[position] {
            case UInt8(ascii: "?"): return true
            case UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: "("), UInt8(ascii: ";"): return false
            case UInt8(ascii: "."):
                if position + 1 >= end || !(bytes[position + 1] >= 0x30 && bytes[position + 1] <= 0x39) { return false }
            default: break
            }
            position += 1
        }
        return false
    }

    /// "24/7": round the clock, not a value ("clinical-grade accuracy, 24/7").
    func isRoundTheClock(_ token: Token) -> Bool {
        let bytes = index.lower, start = Int(token.start), end = Int(token.end)
        let written = bytes[start..<end]
        if written.elementsEqual("24".utf8) {
            return end + 1 < bytes.count && bytes[end] == UInt8(ascii: "/") && bytes[end + 1] == UInt8(ascii: "7")
                && (end + 2 == bytes.count || !TextIndex.isWordByte(bytes[end + 2]))
        }
        return written.elementsEqual("7".utf8) && start >= 3 && bytes[(start - 3)..<start].elementsEqual("24/".utf8)
    }

    /// "GPT-3.5", "ResNet-50", "Llama-2": a number hyphenated to a word is part of a name; "06_compare",
    /// "fold_3": one joined to a word by an underscore is part of an identifier.
    func isPartOfName(_ token: Token) -> Bool {
        let start = Int(token.start), end = Int(token.end)
        if end + 1 < index.lower.count, index.lower[end] == UInt8(ascii: "_"), TextIndex.isWordByte(index.lower[end + 1]) { return true }
        if start >= 2, index.lower[start - 1] == UInt8(ascii: "_"), TextIndex.isWordByte(index.lower[start - 2]) { return true }
        guard start >= 2, index.lower[start - 1] == UInt8(ascii: "-") else { return false }
        let before = index.lower[start - 2]
        return before >= UInt8(ascii: "a") && before <= UInt8(ascii: "z")
    }

    /// "> 0.9", "< 5%", "±14.4" and "+/- 0.03" are targets, thresholds and spreads, not results.
    func isBoundOrSpread(_ token: Token) -> Bool {
        var position = Int(token.start) - 1
        let bytes = index.lower
        while position >= 0, bytes[position] == 0x20 { position -= 1 }
        guard position >= 0 else { return false }
        let byte = bytes[position]
        // "<b>0.85</b>": the ">" closing an inline HTML tag is markup, not a bound.
        if byte == UInt8(ascii: ">"), closesTag(at: position) { return false }
        if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "=") && position > 0 && (bytes[position - 1] == UInt8(ascii: ">") || bytes[position - 1] == UInt8(ascii: "<")) { return true }
        // "30+ specialties": a plus sign closing the number makes it a lower bound.
        let end = Int(token.end)
        if end < bytes.count, bytes[end] == UInt8(ascii: "+"), end + 1 == bytes.count || !TextIndex.isWordByte(bytes[end + 1]) { return true }
        // ± is C2 B1; ≥ and ≤ are E2 89 A5 / E2 89 A4.
        if byte == 0xB1, position > 0, bytes[position - 1] == 0xC2 { return true }
        if byte == 0xA5 || byte == 0xA4, position > 1, bytes[position - 1] == 0x89, bytes[position - 2] == 0xE2 { return true }
        return byte == UInt8(ascii: "-") && position > 1 && bytes[position - 1] == UInt8(ascii: "/") && bytes[position - 2] == UInt8(ascii: "+")
    }

    /// Whether the ">" at `position` closes a tag: letters (a tag's name, at most ten) right after "<" or "</".
    private func closesTag(at position: Int) -> Bool {
        let bytes = index.lower
        var start = position - 1
        while start >= 0, position - start <= 10, bytes[start] >= UInt8(ascii: "a"), bytes[start] <= UInt8(ascii: "z") { start -= 1 }
        guard start >= 0, start < position - 1 else { return false }
        if bytes[start] == UInt8(ascii: "/") { start -= 1 }
        return start >= 0 && bytes[start] == UInt8(ascii: "<")
    }

    /// "0.xxx", "0.XX", "9x.x%": digits standing in for a value still to come.
    func isMasked(_ token: Token) -> Bool {
        let bytes = index.lower
        let end = Int(token.end)
        guard end + 1 < bytes.count else { return false }
        let next = bytes[end]
        return (next == UInt8(ascii: ".") || next == UInt8(ascii: "x")) && (bytes[end + 1] == UInt8(ascii: "x") || bytes[end + 1] == UInt8(ascii: "?"))
            || next == UInt8(ascii: "x") && (end + 1 >= bytes.count || !TextIndex.isWordByte(bytes[end + 1]))
    }

    /// Whether the token sits inside a `[[ ... ]]` placeholder marker on its line.
    func isInsideMarker(_ token: Token) -> Bool {
        let bytes = index.lower
        var position = Int(token.start) - 1
        let lineStart = index.document.lineRanges[Int(token.line) - 1].lowerBound
        while position > lineStart {
            if bytes[position] == UInt8(ascii: "]"), bytes[position - 1] == UInt8(ascii: "]") { return false }
            if bytes[position] == UInt8(ascii: "["), bytes[position - 1] == UInt8(ascii: "[") { return true }
            position -= 1
        }
        return false
    }
}
