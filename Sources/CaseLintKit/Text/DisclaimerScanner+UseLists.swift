import Foundation

extension DisclaimerScanner {
    /// "It must not be used to certify deaths, for legal purposes, or to replace physician review": the last
    /// item of a list of uses that a negated "used" opens is denied with the rest, however far it sits from
    /// the negation ("We used it to draft letters and to replace dictation" denies nothing).
    func endsDeniedUseList(_ words: [DisclaimerCues.Class], replacement: Int, sentence: Range<Int>) -> Bool {
        let tokens = index.tokens
        guard replacement >= 2, tokens[sentence.lowerBound + replacement - 1].hash == Self.toWord,
              Self.listJoiners.contains(tokens[sentence.lowerBound + replacement - 2].hash) else { return false }
        return (1..<replacement).contains { used in
            words[used].contains(.useVerb) && words[max(0, used - 3)..<used].contains { $0.contains(.negator) }
        }
    }

    static let toWord = TextIndex.hash("to".utf8)
    static let listJoiners: Set<UInt64> = Set(["or", "nor", "and"].map { TextIndex.hash($0.utf8) })

    /// A colon after a word that is no preposition, between a negator and what it would deny.
    func colonCloses(_ words: [DisclaimerCues.Class], from negator: Int, to target: Int, sentence: Range<Int>) -> Bool {
        let tokens = index.tokens
        return (negator..<target).contains { position in
            !words[position].contains(.preposition)
                && index.lower[Int(tokens[sentence.lowerBound + position].end)..<Int(tokens[sentence.lowerBound + position + 1].start)]
                    .contains(UInt8(ascii: ":"))
        }
    }
}
