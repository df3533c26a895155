/// 128 bits standing for the lists a matcher is built from, so that a matcher built from the same
/// lists as at build time is read from the generated tables (`MatcherPrebuilds`) instead of being
/// built again. Two independent 64-bit hashes of every byte and every length: hashing the lists
/// costs a few instructions per byte, building a matcher hundreds (lowercasing, tokenizing, sorting).
struct InputFingerprint: Hashable, Comparable, Sendable {
    var high: UInt64 = 0xcbf29ce484222325
    var low: UInt64 = 0x9E3779B97F4A7C15

    /// A fingerprint for one kind of matcher: the same lists given to another kind differ.
    init(kind: String) { combine(kind) }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    mutating func combine(_ number: Int) {
        mix(UInt64(bitPattern: Int64(number)))
    }

    mutating func combine(_ text: String) {
        var bytes = 0
        for byte in text.utf8 {
            mix(UInt64(byte))
            bytes += 1
        }
        // The length ends the string, so that ["ab", "c"] and ["a", "bc"] differ.
        combine(bytes)
    }

    mutating func combine(_ texts: [String]) {
        combine(texts.count)
        for text in texts { combine(text) }
    }

    mutating func combine(_ lists: [(label: String, phrases: [String])]) {
        combine(lists.count)
        for list in lists {
            combine(list.label)
            combine(list.phrases)
        }
    }

    @inline(__always)
    private mutating func mix(_ value: UInt64) {
        high = (high ^ value) &* 0x100000001b3
        low = (low &+ value &+ 1) &* 0xff51afd7ed558ccd
        low ^= low >> 29
    }

    static func < (lhs: InputFingerprint, rhs: InputFingerprint) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
}
