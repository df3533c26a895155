import Foundation

/// Small byte-level tests the identifier scanners share. They work on UTF-8 bytes without making
/// strings, so that looking at every digit and every '@' of 10,000 READMEs stays cheap.
enum ByteText {
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

    /// Whether the lowercase ASCII `word` starts at `offset`, case-insensitively.
    static func matches(_ bytes: [UInt8], at offset: Int, _ word: [UInt8]) -> Bool {
        guard offset >= 0, offset + word.count <= bytes.count else { return false }
        for (index, byte) in word.enumerated() where lower(bytes[offset + index]) != byte { return false }
        return true
    }

    /// Whether one of `cues` (lowercase ASCII) begins a word inside `range`; a cue may end inside a
    /// word ("admit" covers "admitted") unless it is shorter than four letters ("dob", "ssn").
    static func containsCue(_ bytes: [UInt8], in range: Range<Int>, _ cues: [[UInt8]]) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            if isAlnum(byte) || byte == UInt8(ascii: "_") {
                let startsWord = offset == 0 || !isLetter(bytes[offset - 1])
                if startsWord {
                    for cue in cues where offset + cue.count <= range.upperBound && matches(bytes, at: offset, cue) {
                        let after = offset + cue.count
                        if cue.count >= 4 || after >= bytes.count || !isLetter(bytes[after]) { return true }
                    }
                }
            }
            offset += 1
        }
        return false
    }

    /// The range of at most `window` bytes before `offset`, not reaching back past `lineStart`.
    static func before(_ offset: Int, lineStart: Int, window: Int) -> Range<Int> {
        max(lineStart, offset - window)..<offset
    }

    /// The whitespace-delimited token around `offset`: a URL, a link target, a path.
    static func token(_ bytes: [UInt8], around offset: Int, in line: Range<Int>) -> Range<Int> {
        func isBreak(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "`")
        }
        var start = offset
        while start > line.lowerBound, !isBreak(bytes[start - 1]) { start -= 1 }
        var end = offset
        while end < line.upperBound, !isBreak(bytes[end]) { end += 1 }
        return start..<end
    }

    /// Whether the token holding `offset` is a web address or a mail link: its digits and '@' are
    /// not about a person ("https://doi.org/10.1000/182", "mailto:...").
    static func isInAddress(_ bytes: [UInt8], at offset: Int, in line: Range<Int>) -> Bool {
        let token = self.token(bytes, around: offset, in: line)
        var index = token.lowerBound
        while index < token.upperBound {
            if bytes[index] == UInt8(ascii: ":"), index + 2 < token.upperBound,
               bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") { return true }
            if addressPrefixes.contains(where: { matches(bytes, at: index, $0) }) { return true }
            index += 1
        }
        return false
    }

    static let addressPrefixes = cues(["mailto:", "www.", "doi:"])

    static func cues(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// Whether a line opens or closes a fenced code block: "```" or "~~~" after spaces.
    static func isFence(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        let trimmed = line.drop { bytes[$0] == 0x20 }
        return matches(bytes, at: trimmed.lowerBound, backticks) || matches(bytes, at: trimmed.lowerBound, tildes)
    }

    /// The fence openings, made once: made per call, every line of every code block allocated two arrays.
    private static let backticks = Array("```".utf8)
    private static let tildes = Array("~~~".utf8)
}
