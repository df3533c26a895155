import Foundation

/// A paragraph's text as the regex engine reads it, with its sentences. A pattern's required words
/// must share a sentence before the regex runs, and then the regex reads that sentence only: a few
/// hundred characters instead of the whole paragraph (Foundation copies the whole string it is
/// given into UTF-16 on every call, so the sentence is handed over as a string of its own).
/// Kept as UTF-8 bytes; Foundation strings are made only for what a regex reads.
public final class ParagraphText {
    let bytes: [UInt8]
    /// Byte ranges of the sentences, split after `.`, `!`, `?` or `;` followed by white space.
    let sentences: [Range<Int>]
    private var sentenceStrings: [Int: String] = [:]
    private var whole: NSString?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var sentences: [Range<Int>] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where Self.endsSentence(byte) {
            let next = offset + 1
            guard next == bytes.count || bytes[next] == 0x20 || bytes[next] == 0x09 else { continue }
            sentences.append(start..<next)
            start = next
        }
        if start < bytes.count { sentences.append(start..<bytes.count) }
        self.sentences = sentences
    }

    /// The whole paragraph for Foundation APIs; hit ranges are UTF-16 offsets into it.
    public var string: NSString {
        if let whole { return whole }
        let made = NSString(string: String(decoding: bytes, as: UTF8.self))
        whole = made
        return made
    }

    func sentence(_ number: Int) -> String {
        if let cached = sentenceStrings[number] { return cached }
        let text = String(decoding: bytes[sentences[number]], as: UTF8.self)
        sentenceStrings[number] = text
        return text
    }

    /// UTF-16 offset in `string` of a byte offset, for turning a sentence's match into a paragraph range.
    func utf16Offset(ofByte offset: Int) -> Int {
        String(decoding: bytes[0..<offset], as: UTF8.self).utf16.count
    }

    static func endsSentence(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";")
    }

    /// Whether a word in `range` starts with one of the lowercase ASCII `prefixes`.
    func containsWordStart(_ prefixes: [[UInt8]], in range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        var previousIsWord = offset > 0 && Self.isWordByte(bytes[offset - 1])
        while offset < range.upperBound {
            let byte = bytes[offset]
            let isWord = Self.isWordByte(byte)
            if isWord, !previousIsWord {
                let folded = byte | 0x20
                for prefix in prefixes where prefix[0] == folded && offset + prefix.count <= bytes.count && matches(prefix, at: offset) {
                    return true
                }
            }
            previousIsWord = isWord
            offset += 1
        }
        return false
    }

    private func matches(_ prefix: [UInt8], at offset: Int) -> Bool {
        var index = 1
        while index < prefix.count {
            if bytes[offset + index] | 0x20 != prefix[index] { return false }
            index += 1
        }
        return true
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
            || byte == UInt8(ascii: "'")
    }
}
