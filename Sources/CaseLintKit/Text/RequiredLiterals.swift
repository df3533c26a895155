import Foundation

/// Reads a regular expression for runs of literal characters that every match must contain
/// ("0\.[xX]{2,}" needs ".xx", "[xX]{2,3}\s?%" needs "xx" and "%"), so a sentence lacking one is
/// skipped without running the regex. `RequiredWords` covers words at word starts; this covers the
/// patterns it cannot read (punctuation, letters inside words). Only the top level is read: groups,
/// classes other than one letter in both cases ("[xX]"), wildcards and escapes like `\s` end a run.
/// Runs are lowercase ASCII without white space, so they are found in the document's lowercased
/// bytes exactly where they are found in a paragraph's text (whose lines are joined by spaces).
enum RequiredLiterals {
    /// Letters that a non-ASCII character can match under ICU's case-insensitive full case folding
    /// (the Kelvin sign "k", long s "s", "ß" as "ss", ligatures such as "ﬁ"): a run holding one is
    /// trusted only on ASCII text.
    static let foldedLetters: Set<UInt8> = Set("afhijklnstwy".utf8)

    static func runs(_ pattern: String) -> [[UInt8]] {
        let bytes = Array(pattern.utf8)
        var runs: [[UInt8]] = []
        var run: [UInt8] = []
        var atomInRun = false   // whether the last atom read is the last byte of `run`
        func flush() {
            if !run.isEmpty { runs.append(run) }
            run = []
            atomInRun = false
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { return [] }
                let escaped = bytes[index + 1]
                if isLiteralPunctuation(escaped) {
                    run.append(escaped)
                    atomInRun = true
                } else if "sSbBwWdDnrtAzZG".utf8.contains(escaped) {
                    flush()
                } else {
                    return []   // \x, \u, \p{..}, \Q..\E, back-references: not read
                }
                index += 2
                continue
            case UInt8(ascii: "["):
                guard let end = classEnd(bytes, from: index) else { return [] }
                let members = Array(bytes[(index + 1)..<end])
                if members.count == 2, members[0] | 0x20 == members[1] | 0x20, members[0] != members[1],
                   (0x61...0x7A).contains(members[0] | 0x20) {
                    run.append(members[0] | 0x20)
                    atomInRun = true
                } else {
                    flush()
                }
                index = end + 1
                continue
            case UInt8(ascii: "("):
                guard index + 1 < bytes.count else { return [] }
                if bytes[index + 1] == UInt8(ascii: "?"),
                   !(index + 2 < bytes.count && ":=!<".utf8.contains(bytes[index + 2])) { return [] }  // inline flags
                guard let end = groupEnd(bytes, from: index) else { return [] }
                flush()
                index = end + 1
                continue
            case UInt8(ascii: "|"), UInt8(ascii: ")"):
                return []
            case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "{"):
                var low = byte == UInt8(ascii: "+") ? 1 : 0
                var bounded = false
                if byte == UInt8(ascii: "{") {
                    guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) else { return [] }
                    let body = String(decoding: bytes[(index + 1)..<close], as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
                    guard let first = body.first, let minimum = Int(first) else { return [] }
                    low = minimum
                    bounded = body.count == 1 || Int(body[1]) == minimum
                    index = close
                }
                if atomInRun, let atom = run.popLast() {
                    run.append(contentsOf: repeatElement(atom, count: low))
                    if low == 0 || !bounded { flush() }
                } else {
                    flush()
                }
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "?") || bytes[index] == UInt8(ascii: "+") { index += 1 }
                continue
            case UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "#"):
                flush()
            default:
                if byte >= 0x80 || byte <= 0x20 {
                    flush()
                    // A quantifier after a multi-byte character applies to all of it: skip the rest.
                    while index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 { index += 1 }
                } else {
                    run.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                    atomInRun = true
                }
            }
            index += 1
        }
        flush()
        return runs
    }

    /// Whether `run` occurs in `bytes[range]` (ASCII-lowercased on the fly), or may occur there as
    /// ICU case-insensitive matching sees it: a run with a `foldedLetters` letter on non-ASCII text.
    static func mayOccur(_ run: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = run.first else { return true }
        var index = range.lowerBound
        var sawNonASCII = false
        let last = range.upperBound - run.count
        while index < range.upperBound {
            let byte = bytes[index]
            if byte >= 0x80 { sawNonASCII = true }
            if index <= last, (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == first {
                var offset = 1
                while offset < run.count {
                    let next = bytes[index + offset]
                    if (next >= 0x41 && next <= 0x5A ? next | 0x20 : next) != run[offset] { break }
                    offset += 1
                }
                if offset == run.count { return true }
            }
            index += 1
        }
        return sawNonASCII && run.contains(where: foldedLetters.contains)
    }

    /// Whether `run` occurs in `lower[range]`, text already ASCII-lowercased (the document's `lower`):
    /// `memchr` finds each candidate first byte and the rest of the run is compared in place. Case
    /// folding is the caller's concern (it uses a run with a `foldedLetters` letter on ASCII text only).
    static func occurs(_ run: [UInt8], inLowercased lower: [UInt8], _ range: Range<Int>) -> Bool {
        guard !run.isEmpty else { return true }
        guard range.count >= run.count else { return false }
        return lower.withUnsafeBufferPointer { text in
            var start = text.baseAddress! + range.lowerBound
            let last = text.baseAddress! + range.upperBound - run.count
            while start <= last, let hit = memchr(start, Int32(run[0]), last - start + 1) {
                let first = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                var offset = 1
                while offset < run.count, first[offset] == run[offset] { offset += 1 }
                if offset == run.count { return true }
                start = first + 1
            }
            return false
        }
    }

    static func hasFoldedLetter(_ run: [UInt8]) -> Bool { run.contains(where: foldedLetters.contains) }

    /// Whether the UTF-8 character at `index` is one whose full case folding holds ASCII letters,
    /// the characters behind `foldedLetters`: "ß" (C3 9F), "İ" (C4 B0), "ŉ" (C5 89), "ſ" (C5 BF),
    /// "ǰ" (C7 B0), "ẖ" to "ẚ" and "ẞ" (E1 BA 96-9E), the Kelvin sign (E2 84 AA), "ﬀ" to "ﬆ" (EF AC 80-86).
    static func foldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
        switch bytes[index] {
        case 0xC3: return at(1) == 0x9F
        case 0xC4: return at(1) == 0xB0
        case 0xC5: return at(1) == 0x89 || at(1) == 0xBF
        case 0xC7: return at(1) == 0xB0
        case 0xE1: return at(1) == 0xBA && (0x96...0x9E).contains(at(2))
        case 0xE2: return at(1) == 0x84 && at(2) == 0xAA
        case 0xEF: return at(1) == 0xAC && (0x80...0x86).contains(at(2))
        default: return false
        }
    }

    static func isLiteralPunctuation(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x80 && !(byte >= 0x30 && byte <= 0x39) && !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Index of the `]` closing the class opened at `start` (nested classes and escapes allowed).
    static func classEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                // A `]` right after `[` or `[^` is a member.
                if index > start + 1, !(index == start + 2 && bytes[start + 1] == UInt8(ascii: "^")) {
                    depth -= 1
                    if depth == 0 { return index }
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Index of the `)` closing the group opened at `start` (classes and escapes skipped).
    static func groupEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["):
                guard let end = classEnd(bytes, from: index) else { return nil }
                index = end
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }
}
