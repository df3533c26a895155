import Foundation

/// How a paragraph's bytes are cut into word starts and sentences, in one pass. The pass keeps its
/// state in local variables of its own function: captured by the closures that hand it the
/// buffers, the state lived in memory and the loop cost over twenty instructions a byte.
extension ParagraphText {
    struct Scan {
        var sentences: [Range<Int>] = []
        /// Empty while no sentence folds (nearly every paragraph): an array of falses was one
        /// allocation more per paragraph.
        var folds: [Bool] = []
        var keyBits: [UInt64] = []
        var seen: UInt8 = 0
        var words = 0

        /// Records whether the sentence just appended to `sentences` folds.
        mutating func noteFolds(_ sentenceFolds: Bool) {
            guard sentenceFolds || !folds.isEmpty else { return }
            if folds.isEmpty { folds = Array(repeating: false, count: sentences.count - 1) }
            folds.append(sentenceFolds)
        }
    }

    /// Writes each word's start and `key` into `words` (room for one at every other byte) and
    /// returns the sentences, the bytes seen and the number of words.
    static func scan(_ text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>,
                     words wordBuffer: UnsafeMutableBufferPointer<Word>) -> Scan {
        var result = Scan()
        // Room for a sentence every 64 bytes, which few paragraphs exceed: grown from empty, the three
        // arrays were reallocated two or three times each per paragraph.
        let expected = text.count / 64 + 1
        result.sentences.reserveCapacity(expected)
        result.keyBits.reserveCapacity(expected * 4)
        var sentenceFolds = false
        var seen: UInt8 = 0
        var words = 0
        var start = 0
        var previousIsWord = false
        var wordStart = 0
        let count = text.count
        var offset = -1
        // The sentence's key bits in four words of memory of their own: a `SIMD4` indexed by a
        // variable was copied through the stack, six vector loads and stores per word start. (Not
        // a temporary allocation: its closure would capture the loop's state, which then lives in memory.)
        let sentenceBits = UnsafeMutablePointer<UInt64>.allocate(capacity: 4)
        sentenceBits.initialize(repeating: 0, count: 4)
        defer { sentenceBits.deallocate() }
        // Offsets are below `count`, so the arithmetic here cannot overflow: wrapping operators
        // spare an overflow check per step.
        while offset &+ 1 < count {
            offset &+= 1
            let byte = text[offset]
            let kind = classes[Int(byte)]
            guard kind == wordClass else {
                // Every byte outside ASCII is a word byte: this one is ASCII, folds nothing and
                // leaves `seen` below 0x80 as it was.
                previousIsWord = false
                if kind == sentenceEndClass {
                    let next = offset &+ 1
                    guard next == count || text[next] == 0x20 || text[next] == 0x09 else { continue }
                    result.sentences.append(start..<next)
                    result.noteFolds(sentenceFolds)
                    for word in 0..<4 {
                        result.keyBits.append(sentenceBits[word])
                        sentenceBits[word] = 0
                    }
                    sentenceFolds = false
                    start = next
                }
                continue
            }
            seen |= byte
            // “Clinicians review”, 'clinically validated': the word starts after the mark too. (A
            // mark starts with ' or a multi-byte lead: most words skip the call.)
            if !previousIsWord || offset &- wordStart <= 3 && (text[wordStart] == UInt8(ascii: "'") || text[wordStart] >= 0xC2)
                && isASCIILetterOrDigit(byte) && isOpeningMark(text, from: wordStart, to: offset) {
                let key: UInt32
                if offset &+ 2 < count {
                    key = UInt32(byte | 0x20) << 16 | UInt32(text[offset &+ 1] | 0x20) << 8 | UInt32(text[offset &+ 2] | 0x20)
                } else {
                    func at(_ index: Int) -> UInt32 { index < count ? UInt32(text[index] | 0x20) : 0 }
                    key = at(offset) << 16 | at(offset &+ 1) << 8 | at(offset &+ 2)
                }
                wordBuffer[words] = Word(start: Int32(truncatingIfNeeded: offset), key: key)
                let bit = sentenceBit(key)
                sentenceBits[bit.word] |= bit.mask
                words &+= 1
                wordStart = offset
            }
            previousIsWord = true
            if byte >= 0xC3, !sentenceFolds { sentenceFolds = RequiredLiterals.foldsToASCII(text, at: offset) }
            // Inside a word that opened with an ASCII letter or digit, further ASCII word bytes change
            // nothing but the position (no word starts there, nothing folds, no sentence ends).
            if text[wordStart] < 0x80, text[wordStart] != UInt8(ascii: "'") {
                // Letters eight at a time first (most of a word's bytes), then the rest byte by byte.
                if let base = text.baseAddress {
                    while offset &+ 9 <= count {
                        let letters = ByteWord.leadingLetters(UnsafeRawPointer(base + offset + 1).loadUnaligned(as: UInt64.self))
                        offset &+= letters
                        if letters < 8 { break }
                    }
                }
                while offset &+ 1 < count, text[offset &+ 1] < 0x80, classes[Int(text[offset &+ 1])] == wordClass { offset &+= 1 }
            }
        }
        if start < count {
            result.sentences.append(start..<count)
            result.noteFolds(sentenceFolds)
            for word in 0..<4 { result.keyBits.append(sentenceBits[word]) }
        }
        result.seen = seen
        result.words = words
        return result
    }
}
