import Foundation

/// A finding's identity across commits, for the baseline and for SARIF `partialFingerprints`.
///
/// It hashes the rule id, the file (relative to its project, or to its portfolio folder) and the
/// whitespace-normalised text of the line the finding points at, never the line number: inserting
/// or deleting lines elsewhere leaves it unchanged, while editing the line itself makes it a new
/// finding, as it should. A finding about a file as a whole (a missing part) hashes no text, so it
/// keeps its identity whatever happens to the file. The message is left out on purpose: it may
/// carry counts ("found 1 of 3") that change with unrelated edits.
///
/// Two findings of one rule on lines with the same text share a fingerprint; the baseline counts
/// them, and SARIF numbers them (`:1`, `:2` in file order), the way CodeQL numbers equal line hashes.
/// The hash is one-way, so a baseline or SARIF file never repeats what a privacy rule found.
public enum FindingFingerprint {
    /// Bumped when the recipe changes; baselines and SARIF keys carry it.
    public static let version = 1

    /// The `partialFingerprints` property: SARIF 2.1.0 §3.27.17 asks for a versioned name, and
    /// GitHub reserves `primaryLocationLineHash` for the hash its upload action computes itself.
    public static let sarifKey = "caselintFinding/v\(version)"

    /// 16 hex digits (64-bit FNV-1a) of the parts, each separated by a NUL so no two parts can blur.
    public static func make(rule: String, file: String, context: String?) -> String {
        var hash = FNV1a64()
        hash.add(versionPart)
        hash.add(rule)
        hash.add(normalisedPath(file))
        // "F" (whole file) and "L<text>" (a line) can never collide, not even with an empty line.
        if let context {
            hash.mix(UInt8(ascii: "L"))
            // Findings mostly carry their line normalised already (`FindingContext`): hashed as it is.
            hash.add(isNormalisedASCII(context) ? context : normalise(context))
        } else {
            hash.add("F")
        }
        return hash.hex
    }

    private static let versionPart = "v\(version)"

    /// Whether `normalise` would return `text` unchanged and it is all ASCII: no control byte, no
    /// space at either end and no two spaces in a row.
    static func isNormalisedASCII(_ text: String) -> Bool {
        var afterSpace = true
        for byte in text.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return false }
            if byte == 0x20, afterSpace { return false }
            afterSpace = byte == 0x20
        }
        return !afterSpace || text.isEmpty
    }

    /// Runs of whitespace (spaces, tabs, a stray CR, no-break spaces) become one space; the ends are
    /// trimmed; a byte-order mark, which only ever sits on line 1, is dropped.
    public static func normalise(_ text: String) -> String {
        if let ascii = normaliseASCII(text) { return ascii }
        // Built as UTF-8 bytes: appending to a String scalar by scalar cost more than the rest.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars where scalar != "\u{FEFF}" {
            // ASCII is decided without a Unicode property lookup: most lines are ASCII.
            let space = scalar.isASCII ? scalar.value <= 0x20 || scalar.value == 0x7F : scalar.properties.isWhitespace
            if space {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            if scalar.isASCII { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `normalise` for ASCII text (most lines), read from the string's UTF-8 buffer, where each
    /// byte is a scalar: no byte-order mark and no white space outside ASCII to look up. nil for
    /// other text.
    private static func normaliseASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte <= 0x20 || byte == 0x7F {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `./README.md` and `README.md` name one file.
    static func normalisedPath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}

/// 64-bit FNV-1a: small, stable across platforms and Swift versions (unlike `Hasher`, which is
/// seeded per process), and plenty against collisions among the few findings of one file.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The text's UTF-8 bytes, then a NUL that ends the part.
    mutating func add(_ text: String) {
        var text = text
        // Through the contiguous bytes: the UTF-8 view's iterator cost more than the hashing.
        text.withUTF8 { bytes in for byte in bytes { mix(byte) } }
        mix(0)
    }

    mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    /// 16 lowercase hex digits, leading zeros kept.
    var hex: String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            for index in 0..<16 {
                let digit = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * index)) & 0xF
                buffer[index] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
            }
            return 16
        }
    }
}
