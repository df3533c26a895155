/// Reads a bracketed class (`[- ]`, `[^\]\n]`, `[\w-]`, `[a-z0-9]`) into a case-closed
/// `ByteRegexSet`, or refuses it. ICU's class syntax goes further (nested sets, `&&` and `--`,
/// `[:alpha:]`, `\p{..}`, `{strings}`); those are refused so such patterns stay with ICU. A `-`
/// is literal only first or last; between single bytes it makes a range.
enum ByteRegexClassParser {
    /// Starts after `[` and leaves `index` after the closing `]`.
    static func parse(_ bytes: [UInt8], _ index: inout Int) -> ByteRegexSet? {
        let negated = index < bytes.count && bytes[index] == UInt8(ascii: "^")
        if negated { index += 1 }
        var set = ByteRegexSet()
        var first = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "]") {
                // "[]" and "[^]" mean other things in other dialects; ICU's reading is not assumed.
                guard !first else { return nil }
                index += 1
                return negated ? set.caseClosed.inverted : set.caseClosed
            }
            guard let item = member(bytes, &index, first: first) else { return nil }
            switch item {
            case .set(let members):
                // "[\w-x]" is not a range; only a literal "-" may follow (then "]").
                if index < bytes.count, bytes[index] == UInt8(ascii: "-"), !(index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "]")) {
                    return nil
                }
                set = set.union(members)
            case .single(let low):
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] != UInt8(ascii: "]") {
                    // "a--]" is ICU's set difference, not a range ending in "-" (found by fuzzing).
                    if bytes[index + 1] == UInt8(ascii: "-") { return nil }
                    index += 1
                    guard index < bytes.count, let upper = member(bytes, &index, first: false),
                          case .single(let high) = upper, low <= high else { return nil }
                    set.insert(low...high)
                } else {
                    set.insert(low)
                }
            }
            first = false
        }
        return nil
    }

    private enum Member {
        case single(UInt8)
        case set(ByteRegexSet)
    }

    private static func member(_ bytes: [UInt8], _ index: inout Int, first: Bool) -> Member? {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\\"):
            guard index < bytes.count else { return nil }
            let letter = bytes[index]
            index += 1
            if let set = ByteRegexSet.classEscape(letter) { return .set(set) }
            if let escaped = ByteRegexSet.characterEscape(letter) { return .single(escaped) }
            return ByteRegexParser.isQuotable(letter) ? .single(letter) : nil
        case UInt8(ascii: "["), UInt8(ascii: "&"), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            return nil
        case UInt8(ascii: "-"):
            // Literal only first in the class or right before "]"; "--" is ICU's set difference.
            guard index < bytes.count, bytes[index] != UInt8(ascii: "-") else { return nil }
            return bytes[index] == UInt8(ascii: "]") || first ? .single(byte) : nil
        default:
            return byte < 0x20 ? nil : .single(byte)
        }
    }
}
