import Foundation

/// Ways a sentence announces or denies a clinical use without a plain negator before it: a label
/// that opens the sentence ("Intended use: teaching.", "**Disclaimer:** a student project") works like
/// a Disclaimer heading, as does a model card's row label ("| Intended use | Research Use Only |"), and
/// a denying phrase ("out of scope") may stand on either side of the use it denies ("Clinical
/// deployment is out of scope", "Out of scope: any clinical decision-making").
extension DisclaimerScanner {
    /// Whether the sentence opens with a disclaimer heading's words followed by a colon.
    func opensWithLabel(_ sentence: Range<Int>) -> Bool {
        let tokens = index.tokens
        for cue in cues.headings where cue.count < sentence.count {
            guard zip(tokens[sentence.lowerBound...], cue).allSatisfy({ $0.hash == $1 }) else { continue }
            let last = tokens[sentence.lowerBound + cue.count - 1]
            let next = tokens[sentence.lowerBound + cue.count]
            guard next.line == last.line else { continue }
            // Emphasis may close before or after the colon: "**Disclaimer:**", "_Intended use_:".
            let gap = index.lower[Int(last.end)..<Int(next.start)]
            if gap.contains(UInt8(ascii: ":")) { return true }
        }
        return false
    }

    /// A bold sentence of six words at most that ends in a heading's cue ("**Scope and intended use.**",
    /// "**Important notice.**"): a label for the sentences after it.
    func isLeadInLabel(_ sentence: Range<Int>) -> Bool {
        guard sentence.count <= 6 else { return false }
        let tokens = index.tokens
        let bytes = index.lower
        let start = Int(tokens[sentence.lowerBound].start)
        guard start >= 2, bytes[start - 1] == bytes[start - 2], bytes[start - 1] == UInt8(ascii: "*") || bytes[start - 1] == UInt8(ascii: "_") else {
            return false
        }
        return cues.headings.contains { cue in
            cue.count <= sentence.count && zip(tokens[(sentence.upperBound - cue.count)..<sentence.upperBound], cue).allSatisfy { $0.hash == $1 }
        }
    }

    /// Positions (in the sentence) of the last word of each denying phrase.
    func denialEnds(_ sentence: Range<Int>) -> [Int] {
        guard !cues.denials.isEmpty else { return [] }
        let tokens = index.tokens
        var ends: [Int] = []
        for start in sentence {
            // The first word is compared on its own first: one bit rules out nearly every word, then
            // the phrase's first word rules out nearly every phrase.
            let first = tokens[start].hash
            guard cues.denialFirstWords & DisclaimerCues.firstWordBit(first) != 0 else { continue }
            for phrase in cues.denials where phrase[0] == first && start + phrase.count <= sentence.upperBound
                && phrase.indices.allSatisfy({ tokens[start + $0].hash == phrase[$0] }) {
                ends.append(start - sentence.lowerBound + phrase.count - 1)
            }
        }
        return ends
    }

    /// A clinical use near a denying phrase, before or after it. The use is a noun right after the
    /// clinical word or before it ("deployment in clinical settings"); the verb before it is not one:
    /// "Fusion is out of scope; we use clinical notes".
    /// "Use of this model in a clinical setting is discouraged": "use" before "of" is the noun, and its
    /// phrase reaches a clinical word a few words on, behind a preposition ("in a clinical setting", "for
    /// clinical decisions"); "Use of clinical notes is not permitted" names data, not a use.
    func deniedByPhrase(_ words: [DisclaimerCues.Class], sentence: Range<Int>, ends: [Int]) -> Bool {
        let tokens = index.tokens
        func hash(_ position: Int) -> UInt64 { tokens[sentence.lowerBound + position].hash }
        func useNoun(_ position: Int) -> Bool {
            words[position].contains(.useVerb) && position + 1 < words.count && hash(position + 1) == Self.of
        }
        func behindPreposition(_ target: Int) -> Bool {
            var position = target - 1
            if position >= 0, words[position].contains(.article) { position -= 1 }
            return position >= 0 && words[position].contains(.preposition)
        }
        for end in ends {
            let low = max(0, end - 8)
            let high = min(words.count - 1, end + 6)
            for target in low...high where words[target].contains(.clinical) && (target > end || target < end - 2) {
                let before = max(low, target - 3)..<target
                let after = (target + 1)..<(min(high, target + 2) + 1)
                if after.contains(where: { words[$0].contains(.use) })
                    || before.contains(where: { words[$0].contains(.use) && !words[$0].contains(.useVerb) })
                    || behindPreposition(target) && (max(0, target - 7)..<target).contains(where: useNoun) {
                    return true
                }
            }
        }
        return false
    }

    static let of = TextIndex.hash("of".utf8)

    /// A model card's row that announces its own value: "| Intended use | Research Use Only; not for use in
    /// diagnostic procedures |". The first cell ends in a heading's cue; the cells after it are read as an
    /// announced sentence. Returns the row's line.
    func announcedRow(_ lines: ClosedRange<Int>) -> Int? {
        let tokens = index.tokens
        for line in lines {
            let range = index.tokenRange(line: line)
            guard let first = range.first else { continue }
            let firstCell = range.prefix { tokens[$0].cell == tokens[first].cell }
            guard let rest = range.first(where: { tokens[$0].cell != tokens[first].cell }),
                  cues.headings.contains(where: { cue in
                      cue.count <= firstCell.count && zip(firstCell.suffix(cue.count), cue).allSatisfy { tokens[$0].hash == $1 }
                  }),
                  isDisclaimer(rest..<range.upperBound, announced: true, inLicence: false) else { continue }
            return line
        }
        return nil
    }
}
