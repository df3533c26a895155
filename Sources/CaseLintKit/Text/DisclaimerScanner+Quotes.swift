import Foundation

/// A negation inside a short quotation is mentioned, not said: "not tested" as an option in a form,
/// "not documented" as what a prompt tells a model to write, "no finding" as a class label. No
/// labelled README has its disclaimer in such a quote; over a hundred sentences quote one.
extension DisclaimerScanner {
    /// The longest quotation, in bytes, that counts as a mention.
    static let mentionReach = 40

    /// Whether the token sits between an opening and a closing quotation mark (straight or curly) on
    /// its line, the quotation at most `mentionReach` bytes long.
    /// A quotation that opens its sentence or holds a whole sentence ("\"Not for clinical use.\" This is a
    /// student project.") is said, not mentioned.
    func isInShortQuote(_ token: Token, sentenceStart: Int) -> Bool {
        let bytes = index.lower
        let line = index.document.lineRanges[Int(token.line) - 1]
        let start = Int(token.start), end = Int(token.end)
        // An opening mark: a straight quote after a non-letter, or the curly “ (E2 80 9C).
        var left = start - 1
        var opened = false
        while left >= line.lowerBound, start - left <= Self.mentionReach {
            let byte = bytes[left]
            if byte == UInt8(ascii: "\"") {
                opened = left == line.lowerBound || !TextIndex.isWordByte(bytes[left - 1])
                break
            }
            if byte == 0x9C, left >= line.lowerBound + 2, bytes[left - 1] == 0x80, bytes[left - 2] == 0xE2 { opened = true; break }
            if byte == 0x9D, left >= line.lowerBound + 2, bytes[left - 1] == 0x80, bytes[left - 2] == 0xE2 { break }
            left -= 1
        }
        guard opened, left > sentenceStart else { return false }
        // A closing mark: a straight quote before a non-letter, or the curly ” (E2 80 9D).
        var right = end
        while right < line.upperBound, right - left <= Self.mentionReach {
            let byte = bytes[right]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return false }
            if byte == UInt8(ascii: "\"") { return right + 1 >= line.upperBound || !TextIndex.isWordByte(bytes[right + 1]) }
            if byte == 0xE2, right + 2 < line.upperBound, bytes[right + 1] == 0x80 {
                if bytes[right + 2] == 0x9D { return true }
                if bytes[right + 2] == 0x9C { return false }
            }
            right += 1
        }
        return false
    }
}
