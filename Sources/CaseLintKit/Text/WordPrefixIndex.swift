import Foundation

/// Where words start, by their first three letters, for one document: lets a pattern find the
/// paragraphs that contain its required words with a few dictionary look-ups instead of a scan.
public struct WordPrefixIndex: Sendable {
    /// Token positions bucketed by a hash of their first three letters, by counting sort: bucket `b`
    /// holds `positions[bucketStarts[b]..<bucketStarts[b + 1]]` in token order. Two arrays built in two passes
    /// over the tokens, where a dictionary of arrays hashed every key and allocated every bucket.
    private let bucketStarts: [Int32]
    private let positions: [Int32]
    private let index: TextIndex
    /// Each token's first three bytes (`key`), 0 for a shorter token.
    private let tokenKeys: [UInt32]
    static let bucketBits = 10

    public init(_ index: TextIndex) {
        self.index = index
        let tokens = index.tokens
        let lower = index.lower
        // A token's bucket is worked out again from its key in the second pass (a multiply and a
        // shift), not kept in an array of its own: that array was allocated, filled with -1 and read
        // back for every README. A key is never 0 for a token of three bytes or more (a token starts
        // with a word byte, 0x30 or above), so 0 marks the short tokens that go in no bucket.
        var keys = [UInt32](repeating: 0, count: tokens.count)
        var starts = [Int32](repeating: 0, count: (1 << Self.bucketBits) + 1)
        // Through buffers: three array writes per token each checked bounds and uniqueness.
        let minimum = Int32(RequiredWords.minimumLength)
        tokens.withUnsafeBufferPointer { tokens in
            lower.withUnsafeBufferPointer { lower in
                keys.withUnsafeMutableBufferPointer { keys in
                    starts.withUnsafeMutableBufferPointer { starts in
                        for position in 0..<tokens.count where tokens[position].end - tokens[position].start >= minimum {
                            let start = Int(tokens[position].start)
                            let key = UInt32(lower[start]) << 16 | UInt32(lower[start + 1]) << 8 | UInt32(lower[start + 2])
                            keys[position] = key
                            starts[Self.bucket(key) + 1] += 1
                        }
                    }
                }
            }
        }
        for bucket in 0..<(1 << Self.bucketBits) { starts[bucket + 1] += starts[bucket] }
        var fill = starts
        var positions = [Int32](repeating: 0, count: Int(starts[1 << Self.bucketBits]))
        keys.withUnsafeBufferPointer { keys in
            fill.withUnsafeMutableBufferPointer { fill in
                positions.withUnsafeMutableBufferPointer { positions in
                    for position in 0..<keys.count where keys[position] != 0 {
                        let bucket = Self.bucket(keys[position])
                        positions[Int(fill[bucket])] = Int32(position)
                        fill[bucket] += 1
                    }
                }
            }
        }
        bucketStarts = starts
        tokenKeys = keys
        self.positions = positions
    }

    static func key(_ bytes: [UInt8], _ start: Int) -> UInt32 {
        UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2])
    }

    @inline(__always) static func bucket(_ key: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> (32 - UInt32(bucketBits)))
    }

    /// Positions of the tokens whose first three letters hash like the prefix's (a superset).
    @inline(__always) private func bucket(of prefix: [UInt8]) -> ArraySlice<Int32> {
        let bucket = Self.bucket(Self.key(prefix, 0))
        return positions[Int(bucketStarts[bucket])..<Int(bucketStarts[bucket + 1])]
    }

    /// Whether the token at `start` (of `length` bytes) begins with `prefix`; a plain loop, as the
    /// generic slice comparison costs more than the comparison itself.
    @inline(__always) func starts(_ start: Int, _ length: Int, with prefix: [UInt8]) -> Bool {
        guard length >= prefix.count else { return false }
        let lower = index.lower
        var offset = 0
        while offset < prefix.count {
            if lower[start + offset] != prefix[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Whether some word starts with one of `prefixes` (lowercase ASCII).
    public func contains(startingWith prefixes: [[UInt8]]) -> Bool {
        for prefix in prefixes where prefix.count >= RequiredWords.minimumLength {
            for position in bucket(of: prefix) {
                let token = index.tokens[Int(position)]
                let start = Int(token.start)
                if starts(start, Int(token.end) - start, with: prefix) { return true }
            }
        }
        return false
    }

    /// How many words share the bucket of the prefixes: an upper bound, in one look-up each.
    public func estimatedCount(startingWith prefixes: [[UInt8]]) -> Int {
        prefixes.reduce(0) { $0 + ($1.count >= RequiredWords.minimumLength ? bucket(of: $1).count : 0) }
    }

    /// Whether one of the tokens numbered `range` starts with one of `prefixes`.
    public func hasToken(in range: Range<Int>, startingWith prefixes: [[UInt8]]) -> Bool {
        guard prefixes.allSatisfy({ $0.count >= RequiredWords.minimumLength }) else {
            for position in range {
                let token = index.tokens[position]
                let start = Int(token.start)
                let length = Int(token.end) - start
                for prefix in prefixes where starts(start, length, with: prefix) { return true }
            }
            return false
        }
        // A prefix's bucket lists its candidate tokens in order: a binary search finds those in
        // `range`, where reading every token of the range cost a few thousand instructions a call.
        for prefix in prefixes {
            let key = Self.key(prefix, 0)
            let candidates = bucket(of: prefix)
            var low = candidates.startIndex
            var high = candidates.endIndex
            while low < high {
                let middle = (low + high) / 2
                if Int(candidates[middle]) < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            while low < candidates.endIndex, Int(candidates[low]) < range.upperBound {
                let position = Int(candidates[low])
                low += 1
                guard tokenKeys[position] == key else { continue }
                let token = index.tokens[position]
                let start = Int(token.start)
                if starts(start, Int(token.end) - start, with: prefix) { return true }
            }
        }
        return false
    }

    /// Token positions of words starting with any of `prefixes` (lowercase ASCII).
    public func tokens(startingWith prefixes: [[UInt8]]) -> [Int32] {
        var result: [Int32] = []
        forEachToken(startingWith: prefixes) { result.append($0) }
        return result
    }

    /// The same positions handed over one by one, prefix by prefix, without an array to hold them.
    @inline(__always) func forEachToken(startingWith prefixes: [[UInt8]], _ body: (Int32) -> Void) {
        for prefix in prefixes where prefix.count >= RequiredWords.minimumLength {
            for position in bucket(of: prefix) {
                let token = index.tokens[Int(position)]
                let start = Int(token.start)
                if starts(start, Int(token.end) - start, with: prefix) { body(position) }
            }
        }
    }
}
