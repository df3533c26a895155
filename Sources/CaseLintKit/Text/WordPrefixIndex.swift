import Foundation

/// Where words start, by their first three letters, for one document: lets a pattern find the
/// paragraphs that contain its required words with a few dictionary look-ups instead of a scan.
public struct WordPrefixIndex: Sendable {
    private var byPrefix: [UInt32: [Int32]] = [:]
    private let index: TextIndex

    public init(_ index: TextIndex) {
        self.index = index
        for (position, token) in index.tokens.enumerated() where token.end - token.start >= Int32(RequiredWords.minimumLength) {
            byPrefix[Self.key(index.lower, Int(token.start)), default: []].append(Int32(position))
        }
    }

    static func key(_ bytes: [UInt8], _ start: Int) -> UInt32 {
        UInt32(bytes[start]) << 16 | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2])
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
            guard let positions = byPrefix[Self.key(prefix, 0)] else { continue }
            if prefix.count == 3 { return true }
            for position in positions {
                let token = index.tokens[Int(position)]
                let start = Int(token.start)
                if starts(start, Int(token.end) - start, with: prefix) { return true }
            }
        }
        return false
    }

    /// How many words share the first three letters of the prefixes: an upper bound, in one look-up each.
    public func estimatedCount(startingWith prefixes: [[UInt8]]) -> Int {
        prefixes.reduce(0) { $0 + (($1.count >= RequiredWords.minimumLength ? byPrefix[Self.key($1, 0)]?.count : nil) ?? 0) }
    }

    /// Whether one of the tokens numbered `range` starts with one of `prefixes`.
    public func hasToken(in range: Range<Int>, startingWith prefixes: [[UInt8]]) -> Bool {
        for position in range {
            let token = index.tokens[position]
            let start = Int(token.start)
            let length = Int(token.end) - start
            for prefix in prefixes where starts(start, length, with: prefix) { return true }
        }
        return false
    }

    /// Token positions of words starting with any of `prefixes` (lowercase ASCII).
    public func tokens(startingWith prefixes: [[UInt8]]) -> [Int32] {
        var result: [Int32] = []
        for prefix in prefixes where prefix.count >= RequiredWords.minimumLength {
            guard let positions = byPrefix[Self.key(prefix, 0)] else { continue }
            for position in positions {
                let token = index.tokens[Int(position)]
                let start = Int(token.start)
                if starts(start, Int(token.end) - start, with: prefix) { result.append(position) }
            }
        }
        return result
    }
}
