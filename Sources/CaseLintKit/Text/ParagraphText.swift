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
    /// Whether each sentence holds a character that case folding turns into ASCII letters ("ſ", "ﬁ"):
    /// there a regex may match a word the bytes do not spell, so only prefixes are trusted. Empty
    /// when no sentence does (see `folds(sentence:)`).
    let sentenceFolds: [Bool]

    /// Whether sentence `number` holds a character that case folding turns into ASCII letters.
    func folds(sentence number: Int) -> Bool { !sentenceFolds.isEmpty && sentenceFolds[number] }
    /// Each sentence's word keys as `sentenceBit`s ORed, four words (256 bits) per sentence: a
    /// pattern's word set with none of its bits there is ruled out without looking at the sentence's
    /// words. (64 bits per sentence let about one sentence in four through for a set of one word.)
    let sentenceKeyBits: [UInt64]
    /// No byte outside ASCII: UTF-16 offsets are byte offsets (see `ParagraphIndex.Paragraph.locateASCII`).
    let isASCII: Bool
    /// Where words start (offsets into `bytes`) and their first three bytes as a `key`: a prefix test
    /// looks at a sentence's word starts, not at each of its bytes. One block of our own, freed in
    /// `deinit`: two arrays made with `init(unsafeUninitializedCapacity:)` went through the standard
    /// library's unspecialized allocation, which looks the storage class up in the runtime's metadata
    /// cache (about 780 instructions per array, two per paragraph).
    let words: UnsafeMutablePointer<Word>
    let wordCount: Int

    struct Word {
        var start: Int32
        var key: UInt32
    }

    private var sentenceStrings: [Int: String] = [:]
    private var whole: NSString?

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // Room for the most word starts the text can hold (every other byte).
        let most = bytes.count / 2 + 1
        let buffer = UnsafeMutablePointer<Word>.allocate(capacity: most)
        let scan = bytes.withUnsafeBufferPointer { text in
            Self.byteClasses.withUnsafeBufferPointer { classes in
                Self.scan(text, classes: classes, words: UnsafeMutableBufferPointer(start: buffer, count: most))
            }
        }
        words = buffer
        sentences = scan.sentences
        sentenceFolds = scan.folds
        sentenceKeyBits = scan.keyBits
        isASCII = scan.seen < 0x80
        wordCount = scan.words
    }

    deinit { words.deallocate() }

    /// The first three bytes at `offset`, each `| 0x20` as prefixes are compared (0 past the end).
    @inline(__always) static func key(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        func at(_ index: Int) -> UInt32 { index < bytes.count ? UInt32(bytes[index] | 0x20) : 0 }
        return at(offset) << 16 | at(offset + 1) << 8 | at(offset + 2)
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
        isASCII ? offset : String(decoding: bytes[0..<offset], as: UTF8.self).utf16.count
    }

    static let wordClass: UInt8 = 1
    static let sentenceEndClass: UInt8 = 2
    /// `isWordByte` and `endsSentence` for every byte value, looked up once per byte of a paragraph.
    static let byteClasses: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        return isWordByte(byte) ? wordClass : endsSentence(byte) ? sentenceEndClass : 0
    }

    static func endsSentence(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ";")
    }

    /// Whether a word in `range` starts with one of the lowercase ASCII `prefixes`.
    /// `keys` are the prefixes' `key`s, worked out once by the caller.
    /// One bit of 64 for a key: a set of keys ORed together rejects most words with one test.
    @inline(__always) static func keyBit(_ key: UInt32) -> UInt64 { 1 << UInt64((key &* 0x9E37_79B1) >> 26) }

    /// One bit of 256 for a key (word `word` of four, `mask` within it), for `sentenceKeyBits`.
    @inline(__always) static func sentenceBit(_ key: UInt32) -> (word: Int, mask: UInt64) {
        let bit = (key &* 0x9E37_79B1) >> 24
        return (Int(bit >> 6), 1 << UInt64(bit & 63))
    }

    /// `keyBits`: the prefixes' `keyBit`s ORed, so that most words are passed over without
    /// comparing their key to each prefix's. A prefix marked in `endsWord` must not be followed by
    /// an ASCII letter or digit (see `RequiredWords.Word`).
    func containsWordStart(_ prefixes: [[UInt8]], keys: [UInt32], keyBits: UInt64, endsWord: [Bool]?,
                           in range: Range<Int>) -> Bool {
        var low = 0
        var high = wordCount
        while low < high {
            let mid = (low + high) / 2
            if Int(words[mid].start) < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        // The range's words are read in the same pass that finds where they end.
        return keys.withUnsafeBufferPointer { keys in
            var word = low
            while word < wordCount, Int(words[word].start) < range.upperBound {
                let key = words[word].key
                let offset = Int(words[word].start)
                word += 1
                guard keyBits & Self.keyBit(key) != 0 else { continue }
                for candidate in 0..<keys.count where keys[candidate] == key {
                    let end = offset + prefixes[candidate].count
                    guard end <= bytes.count, matches(prefixes[candidate], at: offset) else { continue }
                    if let endsWord, endsWord[candidate], end < bytes.count, Self.isASCIILetterOrDigit(bytes[end]) { continue }
                    return true
                }
            }
            return false
        }
    }

    private func matches(_ prefix: [UInt8], at offset: Int) -> Bool {
        var index = 3
        while index < prefix.count {
            if bytes[offset + index] | 0x20 != prefix[index] { return false }
            index += 1
        }
        return true
    }

    @inline(__always) static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// Whether `text[from..<to]` is a quote mark or a wide space that `isWordByte` counts as part of a
    /// word (an apostrophe, or UTF-8 for curly quotes, dashes, no-break and typographic spaces).
    static func isOpeningMark(_ text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        switch to - from {
        case 1: return text[from] == UInt8(ascii: "'")
        case 2: return text[from] == 0xC2 && text[from + 1] == 0xA0
        case 3: return text[from] == 0xE2 && text[from + 1] == 0x80 && Self.marks.contains(text[from + 2])
        default: return false
        }
    }

    /// Last bytes of E2 80 xx: en/em space, thin space, en/em dash, curly quotes, narrow no-break space.
    static let marks: Set<UInt8> = [0x82, 0x83, 0x89, 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xAF]

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
            || byte == UInt8(ascii: "'")
    }
}
