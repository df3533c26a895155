/// Tests on eight bytes at once, read as one `UInt64`: the byte scans (line splitting, JSON
/// escaping, the identifier scan) pass over runs of bytes that hold nothing they look for. Each test
/// is exact for "some byte": true when, and only when, at least one of the eight bytes qualifies.
enum ByteWord {
    // Literals, not stored globals: the tests run per eight bytes and must fold to constants.
    @inline(__always) static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inline(__always) static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Some byte is below `limit` (at most 0x80): subtracting `limit` borrows into its top bit.
    @inline(__always) static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        marks(below: limit, in: word) != 0
    }

    /// Some byte equals `byte`: that byte of `word ^ byte…` is zero.
    @inline(__always) static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        marks(byte, in: word) != 0
    }

    /// `hasByte(below:in:)` before its test: nonzero exactly when the test holds, so several tests'
    /// marks can be ORed and tested once.
    @inline(__always) static func marks(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- (ones &* UInt64(limit))) & ~word & highs
    }

    /// `hasByte(_:in:)` before its test (see `marks(below:in:)`).
    @inline(__always) static func marks(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highs
    }

    /// Some byte lies in `range` (bounds within 0x01...0x7E), by comparing the low seven bits of each
    /// byte with both bounds at once; a byte with its top bit set is in no such range.
    @inline(__always) static func hasByte(in range: ClosedRange<UInt8>, in word: UInt64) -> Bool {
        let low = word & (ones &* 0x7F)
        let belowUpper = (ones &* (0x7F + UInt64(range.upperBound) + 1)) &- low
        let aboveLower = low &+ (ones &* (0x7F - (UInt64(range.lowerBound) - 1)))
        return belowUpper & ~word & aboveLower & highs != 0
    }

    /// How many of the eight bytes, from the first in memory, are ASCII letters (either case) before
    /// the first that is not one: 8 when all are. Each byte is folded to lowercase in its low seven
    /// bits and compared with 'a' and 'z' at once; a byte with its top bit set is no letter.
    @inline(__always) static func leadingLetters(_ loaded: UInt64) -> Int {
        let word = UInt64(littleEndian: loaded)
        let folded = (word & (ones &* 0x7F)) | (ones &* 0x20)
        let atLeastA = folded &+ (ones &* (0x80 - 0x61))
        let pastZ = folded &+ (ones &* (0x80 - 0x7B))
        let letters = atLeastA & ~pastZ & ~word & highs
        return (~letters & highs).trailingZeroBitCount >> 3
    }
}
