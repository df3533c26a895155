/// Random patterns over the syntax `ByteRegex` reads (and some it refuses), and random text over a
/// small alphabet so that patterns match often, for the differential test against ICU.
struct ByteRegexPatternGenerator {
    private var random: PatternSentenceGenerator

    init(seed: UInt64) { random = PatternSentenceGenerator(seed: seed) }

    static let atoms = ["a", "b", "A", "-", " ", "_", "1", ".", #"\."#, #"\s"#, #"\w"#, #"\W"#, #"\d"#, #"\S"#, "[ab]", "[^a]",
                        "[- ]", #"[\w-]"#, "[a-c1]", #"[^\W_]"#, #"\n"#, "ab", "ba", "[a-]", "[-a]", "[^-]", "[a^]", #"\-"#, ",", "'", ":"]
    static let assertions = [#"\b"#, #"\B"#, "^", "$"]
    static let quantifiers = ["*", "+", "?", "{0,2}", "{1,3}", "{2}", "{2,}", "*?", "+?", "??", "{0,2}?", "{1,3}?", "{0}", "{1}", "{0,1}?"]

    mutating func pattern() -> String { alternation(depth: 0) }

    private mutating func alternation(depth: Int) -> String {
        var options = [sequence(depth: depth)]
        while random.next(4) == 0 { options.append(sequence(depth: depth)) }
        return options.joined(separator: "|")
    }

    private mutating func sequence(depth: Int) -> String {
        var text = ""
        for _ in 0..<(random.next(4) + (depth == 0 ? 1 : 0)) { text += item(depth: depth) }
        return text
    }

    private mutating func item(depth: Int) -> String {
        let choice = random.next(10)
        if choice == 0 { return Self.assertions[random.next(Self.assertions.count)] }
        switch choice {
        case 1...2 where depth < 3:
            let opening = ["(?:", "(", "(?=", "(?!", "(?<=", "(?<!"][random.next(6)]
            let group = opening + alternation(depth: depth + 1) + ")"
            return opening.count <= 3 && random.next(2) == 0 ? group + quantifier() : group
        default:
            let atom = Self.atoms[random.next(Self.atoms.count)]
            return random.next(3) == 0 ? atom + quantifier() : atom
        }
    }

    private mutating func quantifier() -> String { Self.quantifiers[random.next(Self.quantifiers.count)] }

    /// Up to 24 bytes of letters a and b (either case), digits, separators and line ends.
    mutating func text() -> String {
        let alphabet = Array("aabbAB1_- -. \n\t:c")
        return String((0..<random.next(25)).map { _ in alphabet[random.next(alphabet.count)] })
    }
}
