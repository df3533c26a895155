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
        // Eight bytes at a time (little-endian words, the last one padded with zeros): byte by byte,
        // hashing the heading matcher's lists cost half of reading its tables.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil { Array(text.utf8).withUnsafeBytes { combine(bytes: $0) } }
    }

    private mutating func combine(bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var last: UInt64 = 0
        for index in offset..<bytes.count { last |= UInt64(bytes[index]) << (8 * UInt64(index - offset)) }
        if offset < bytes.count { mix(last) }
        // The length ends the string, so that ["ab", "c"] and ["a", "bc"] differ.
        combine(bytes.count)
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
