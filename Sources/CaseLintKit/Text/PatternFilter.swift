/// What a `TextPattern` must find in a text before its regex can match there: the words it cannot
/// match without and the literal runs every match contains. Made from the pattern's source the
/// first time a README is checked against it (`LazyPatternParts.filter`), not when the packs load:
/// half of the built-in patterns are never reached by a given project (their rule is off, gated to
/// another domain, or behind a cue the README lacks), and making all of them was the largest part
/// of compiling the packs.
/// A class: every pattern call takes the filter, and copying six arrays retained and released each.
final class PatternFilter: Sendable {
    let required: [[[UInt8]]]
    /// Which required words the pattern follows with a boundary (`RequiredWords.Word.endsWord`).
    let requiredEndsWord: [[Bool]]
    /// The first three bytes of each required word, as `ParagraphText.key` packs them.
    let requiredKeys: [[UInt32]]
    /// Each set's keys as `ParagraphText.keyBit`s ORed together.
    let requiredKeyBits: [UInt64]
    /// Each set's keys as `ParagraphText.sentenceBit`s ORed, four words per set (see `sentenceKeyBits`).
    let requiredSentenceBits: [UInt64]
    /// Literal runs every match contains (see `RequiredLiterals`), for patterns words cannot filter.
    let literals: [[UInt8]]
    /// The literals case folding cannot reach, the only ones searched for in non-ASCII text.
    let unfoldedLiterals: [[UInt8]]

    init(_ source: String) {
        let words = RequiredWords.preparsedOrRead(source)
        required = words.map { $0.map { Array($0.prefix.utf8) } }
        requiredEndsWord = words.map { $0.map(\.endsWord) }
        requiredKeys = required.map { $0.map { ParagraphText.key($0, 0) } }
        requiredKeyBits = requiredKeys.map { $0.reduce(0) { $0 | ParagraphText.keyBit($1) } }
        requiredSentenceBits = requiredKeys.flatMap { keys in
            var bits = [UInt64](repeating: 0, count: 4)
            for key in keys {
                let bit = ParagraphText.sentenceBit(key)
                bits[bit.word] |= bit.mask
            }
            return bits
        }
        // A single letter is in every paragraph: only longer runs and punctuation filter anything.
        literals = RequiredLiterals.runs(source).filter { $0.count > 1 || !TextIndex.isWordByte($0[0]) }
        unfoldedLiterals = literals.filter { !RequiredLiterals.hasFoldedLetter($0) }
    }
}
