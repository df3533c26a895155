extension SectionHeadingMatcher {
    /// Headings use singular and plural alike ("Research Questions", "Limitation"): each listed
    /// phrase also matches with an "s" on its last word, unless another part lists that plural itself
    /// (`listedElsewhere`): "Problem" is the need, "Problems" what went wrong.
    static func withPlurals(_ phrases: [String], listedElsewhere: Set<String> = []) -> [String] {
        var result = phrases
        let listed = Set(phrases)
        for phrase in phrases {
            guard endsInLetterOtherThanS(phrase) else { continue }
            let plural = phrase + "s"
            if !listed.contains(plural), !listedElsewhere.contains(plural) { result.append(plural) }
        }
        return result
    }

    /// Read from the last byte for ASCII text: finding the last character of a string (a grapheme
    /// cluster) and its Unicode properties was most of the cost of listing plurals at start-up.
    static func endsInLetterOtherThanS(_ phrase: String) -> Bool {
        guard phrase.utf8.allSatisfy({ $0 < 0x80 }) else {
            guard let last = phrase.last else { return false }
            return last.isLetter && last != "s"
        }
        guard let last = phrase.utf8.last else { return false }
        let lower = last | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") && last != UInt8(ascii: "s")
    }
}
