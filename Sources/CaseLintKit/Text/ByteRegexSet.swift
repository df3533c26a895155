/// A set of ASCII bytes: what one step of a `ByteRegex` may consume. Every literal, class, escape
/// and `.` of a pattern becomes one of these, so the matcher tests each byte with one bit look-up.
///
/// The members follow ICU's definitions restricted to ASCII (checked against NSRegularExpression
/// by `ByteRegexDifferentialTests`): `\s` is tab through carriage return and space, `\w` letters,
/// digits and underscore, `.` anything but a line terminator (LF, VT, FF, CR).
struct ByteRegexSet: Sendable, Equatable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
    }

    mutating func insert(_ byte: UInt8) {
        if byte < 64 { low |= 1 << UInt64(byte) } else if byte < 128 { high |= 1 << UInt64(byte - 64) }
    }

    mutating func insert(_ range: ClosedRange<UInt8>) {
        for byte in range { insert(byte) }
    }

    func union(_ other: ByteRegexSet) -> ByteRegexSet { ByteRegexSet(low: low | other.low, high: high | other.high) }

    /// The complement within ASCII (the text this matcher reads holds nothing else).
    var inverted: ByteRegexSet { ByteRegexSet(low: ~low, high: ~high) }

    /// Each letter with its other case: ICU closes a class over case before negating it, so
    /// `[^a-z]` rejects "A" too under case-insensitive matching.
    var caseClosed: ByteRegexSet {
        // "A"-"Z" are bits 1-26 of `high` (bytes 65-90), "a"-"z" bits 33-58 (bytes 97-122).
        let letters: UInt64 = (1 << 26) - 1
        let either = (high >> 1 | high >> 33) & letters
        return ByteRegexSet(low: low, high: high | either << 1 | either << 33)
    }

    static func of(_ bytes: UInt8...) -> ByteRegexSet {
        var set = ByteRegexSet()
        for byte in bytes { set.insert(byte) }
        return set
    }

    static let word: ByteRegexSet = {
        var set = ByteRegexSet()
        set.insert(UInt8(ascii: "a")...UInt8(ascii: "z"))
        set.insert(UInt8(ascii: "A")...UInt8(ascii: "Z"))
        set.insert(UInt8(ascii: "0")...UInt8(ascii: "9"))
        set.insert(UInt8(ascii: "_"))
        return set
    }()

    static let digit: ByteRegexSet = {
        var set = ByteRegexSet()
        set.insert(UInt8(ascii: "0")...UInt8(ascii: "9"))
        return set
    }()

    static let space: ByteRegexSet = {
        var set = ByteRegexSet()
        set.insert(0x09...0x0D)
        set.insert(0x20)
        return set
    }()

    static let lineTerminators = ByteRegexSet.of(0x0A, 0x0B, 0x0C, 0x0D)

    /// `.` without the dot-all flag.
    static let anyButLineTerminator = lineTerminators.inverted

    /// The set a class escape (`\d`, `\W`, ...) stands for, or nil for another letter.
    static func classEscape(_ letter: UInt8) -> ByteRegexSet? {
        switch letter {
        case UInt8(ascii: "d"): digit
        case UInt8(ascii: "D"): digit.inverted
        case UInt8(ascii: "s"): space
        case UInt8(ascii: "S"): space.inverted
        case UInt8(ascii: "w"): word
        case UInt8(ascii: "W"): word.inverted
        default: nil
        }
    }

    /// The byte a character escape (`\n`, `\t`, ...) stands for, or nil for another letter.
    static func characterEscape(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "f"): 0x0C
        default: nil
        }
    }
}
