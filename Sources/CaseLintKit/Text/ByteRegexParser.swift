/// Reads a pattern into a `ByteRegexNode` tree, case-insensitively, or refuses it. It accepts only
/// syntax whose ICU meaning over ASCII text is settled here: ASCII literals, escaped punctuation,
/// `.`, classes of single bytes, ranges and class escapes, `\b \B \d \D \s \S \w \W \n \t \r \f`,
/// `^ $`, `\uXXXX` outside ASCII (it matches nothing in ASCII text), groups (capturing ones are read
/// as non-capturing: only the whole match is used),
/// lookahead and bounded lookbehind, greedy and lazy quantifiers. Anything else (inline flags,
/// back-references, possessive quantifiers, `\p{..}`, non-ASCII, a quantified part that can match
/// nothing) returns nil, and the caller keeps NSRegularExpression, so no result can differ.
struct ByteRegexParser {
    private let bytes: [UInt8]
    private var index = 0

    /// Repetitions are unrolled by `ByteRegexProgram`; larger counts are left to ICU.
    static let largestCount = 1000

    static func parse(_ pattern: String) -> ByteRegexNode? {
        var parser = ByteRegexParser(bytes: Array(pattern.utf8))
        guard !parser.bytes.isEmpty, parser.bytes.allSatisfy({ $0 < 0x80 }),
              let node = parser.alternation(), parser.index == parser.bytes.count else { return nil }
        return node
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private var next: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func take(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] { return false }
        index += count
        return true
    }

    private mutating func alternation() -> ByteRegexNode? {
        var options: [ByteRegexNode] = []
        repeat {
            guard let option = sequence() else { return nil }
            options.append(option)
        } while take("|")
        return options.count == 1 ? options[0] : .alternation(options)
    }

    private mutating func sequence() -> ByteRegexNode? {
        var items: [ByteRegexNode] = []
        while let byte = next, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
            guard let atom = atom(), let item = quantified(atom) else { return nil }
            items.append(item)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func atom() -> ByteRegexNode? {
        guard let byte = next else { return nil }
        index += 1
        switch byte {
        case UInt8(ascii: "("): return group()
        case UInt8(ascii: "["): return ByteRegexClassParser.parse(bytes, &index).map { .byte($0) }
        case UInt8(ascii: "."): return .byte(.anyButLineTerminator)
        case UInt8(ascii: "^"): return .assertion(.start)
        case UInt8(ascii: "$"): return .assertion(.end)
        case UInt8(ascii: "\\"): return escape()
        case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "]"):
            return nil
        default: return .byte(ByteRegexSet.of(byte).caseClosed)
        }
    }

    private mutating func group() -> ByteRegexNode? {
        var look: (behind: Bool, negated: Bool)?
        if take("?:") {
        } else if take("?=") { look = (false, false)
        } else if take("?!") { look = (false, true)
        } else if take("?<=") { look = (true, false)
        } else if take("?<!") { look = (true, true)
        } else if next == UInt8(ascii: "?") { return nil }   // flags, named groups, atomic groups
        guard let body = alternation(), take(")") else { return nil }
        guard let look else { return body }
        // ICU needs a bounded lookbehind; it refuses the others when compiling.
        if look.behind, !body.fitsLookbehind { return nil }
        return .look(body, behind: look.behind, negated: look.negated)
    }

    private mutating func escape() -> ByteRegexNode? {
        guard let letter = next else { return nil }
        index += 1
        if let set = ByteRegexSet.classEscape(letter) { return .byte(set) }
        if let byte = ByteRegexSet.characterEscape(letter) { return .byte(.of(byte)) }
        if letter == UInt8(ascii: "b") { return .assertion(.wordBoundary(negated: false)) }
        if letter == UInt8(ascii: "B") { return .assertion(.wordBoundary(negated: true)) }
        // "\u00A3" (a pound sign): a character outside ASCII, which the ASCII text read here never holds,
        // so it matches nothing (non-ASCII text goes to ICU, which reads the escape). ASCII ones stay ICU's.
        if letter == UInt8(ascii: "u") {
            guard bytes.count - index >= 4, let value = Int(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16),
                  value >= 0x80 else { return nil }
            index += 4
            return .byte(ByteRegexSet.of())
        }
        guard Self.isQuotable(letter) else { return nil }
        return .byte(ByteRegexSet.of(letter).caseClosed)
    }

    /// Punctuation an escape makes literal (letters and digits are escapes of their own).
    static func isQuotable(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !ByteRegexSet.word.contains(byte)
    }

    private mutating func quantified(_ atom: ByteRegexNode) -> ByteRegexNode? {
        guard let byte = next else { return atom }
        var bounds: (min: Int, max: Int?)
        switch byte {
        case UInt8(ascii: "*"): bounds = (0, nil); index += 1
        case UInt8(ascii: "+"): bounds = (1, nil); index += 1
        case UInt8(ascii: "?"): bounds = (0, 1); index += 1
        case UInt8(ascii: "{"):
            index += 1
            guard let counted = counts() else { return nil }
            bounds = counted
        default: return atom
        }
        let lazy = take("?")
        // Possessive quantifiers and a quantifier on a quantifier are ICU's alone.
        if let after = next, "*+?{".utf8.contains(after) { return nil }
        switch atom {
        case .assertion, .look: return nil
        default: break
        }
        // A repeated part that can match nothing loops differently in ICU; only "?" is plain.
        if atom.minLength == 0, bounds.max != 1 { return nil }
        if let max = bounds.max, max < bounds.min { return nil }
        return .repetition(atom, min: bounds.min, max: bounds.max, lazy: lazy)
    }

    /// `{n}`, `{n,}` or `{n,m}`, after the `{`.
    private mutating func counts() -> (min: Int, max: Int?)? {
        guard let low = number() else { return nil }
        if take("}") { return (low, low) }
        guard take(",") else { return nil }
        if take("}") { return (low, nil) }
        guard let high = number(), take("}") else { return nil }
        return (low, high)
    }

    private mutating func number() -> Int? {
        var value = 0
        let start = index
        while let byte = next, ByteRegexSet.digit.contains(byte), index - start < 4 {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start, value <= Self.largestCount, !(next.map(ByteRegexSet.digit.contains) ?? false) else { return nil }
        return value
    }
}
