import Foundation

/// How a paragraph's bytes are cut into word starts and sentences, in one pass. The pass keeps its
/// state in local variables of its own function: captured by the closures that hand it the
/// buffers, the state lived in memory and the loop cost over twenty instructions a byte.
extension ParagraphText {
    struct Scan {
        var sentences: [Range<Int>] = []
        var folds: [Bool] = []
        var keyBits: [UInt64] = []
        var seen: UInt8 = 0
        var words = 0
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
        result.folds.reserveCapacity(expected)
        result.keyBits.reserveCapacity(expected * 4)
        var sentenceFolds = false
        var sentenceBits = SIMD4<UInt64>()
        var seen: UInt8 = 0
        var words = 0
        var start = 0
        var previousIsWord = false
        var wordStart = 0
        let count = text.count
        var offset = -1
        while offset + 1 < count {
            offset += 1
            let byte = text[offset]
            seen |= byte
            let kind = classes[Int(byte)]
            let isWord = kind == wordClass
            // “Clinicians review”, 'clinically validated': the word starts after the mark too. (A
            // mark starts with ' or a multi-byte lead: most words skip the call.)
            if isWord, !previousIsWord || offset - wordStart <= 3 && (text[wordStart] == UInt8(ascii: "'") || text[wordStart] >= 0xC2)
                && isASCIILetterOrDigit(byte) && isOpeningMark(text, from: wordStart, to: offset) {
                func at(_ index: Int) -> UInt32 { index < count ? UInt32(text[index] | 0x20) : 0 }
                let key = at(offset) << 16 | at(offset + 1) << 8 | at(offset + 2)
                wordBuffer[words] = Word(start: Int32(offset), key: key)
                let bit = sentenceBit(key)
                sentenceBits[bit.word] |= bit.mask
                words += 1
                wordStart = offset
            }
            previousIsWord = isWord
            if byte >= 0xC3, !sentenceFolds { sentenceFolds = RequiredLiterals.foldsToASCII(text, at: offset) }
            if kind == sentenceEndClass {
                let next = offset + 1
                guard next == count || text[next] == 0x20 || text[next] == 0x09 else { continue }
                result.sentences.append(start..<next)
                result.folds.append(sentenceFolds)
                for word in 0..<4 { result.keyBits.append(sentenceBits[word]) }
                sentenceFolds = false
                sentenceBits = SIMD4()
                start = next
            }
            // Inside a word that opened with an ASCII letter or digit, further ASCII word bytes change
            // nothing but the position (no word starts there, nothing folds, no sentence ends).
            if isWord, text[wordStart] < 0x80, text[wordStart] != UInt8(ascii: "'") {
                // Letters eight at a time first (most of a word's bytes), then the rest byte by byte.
                if let base = text.baseAddress {
                    while offset + 9 <= count {
                        let letters = ByteWord.leadingLetters(UnsafeRawPointer(base + offset + 1).loadUnaligned(as: UInt64.self))
                        offset += letters
                        if letters < 8 { break }
                    }
                }
                while offset + 1 < count, text[offset + 1] < 0x80, classes[Int(text[offset + 1])] == wordClass { offset += 1 }
            }
        }
        if start < count {
            result.sentences.append(start..<count)
            result.folds.append(sentenceFolds)
            for word in 0..<4 { result.keyBits.append(sentenceBits[word]) }
        }
        result.seen = seen
        result.words = words
        return result
    }
}
