import Foundation

/// Finds many plain phrases at once in a token stream: case-insensitive, whole words, longest
/// phrase first at each position ("average precision" wins over "precision"). Phrases are cut into
/// tokens exactly like the text, so "PR-AUC", "pr auc" and "PR AUC" are the same phrase.
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable {
        public var label: String        // the name the phrase belongs to (a metric id, a keyword)
        public var firstToken: Int
        public var lastToken: Int
        /// The label cut at "+" (see `sharedLabels`), cut once when the matcher was built.
        var parts: [String]? = nil
        /// The position of the match's list in `labels` (-1 for a match made elsewhere), so that a
        /// caller can work out what a list means once rather than per match.
        var list = -1
    }

    /// A phrase: its list (`labels`, `labelParts`) and where its token hashes sit in `phraseHashes`.
    /// Plain numbers only, so that trying phrases retains and releases nothing.
    private struct Entry: Sendable {
        var list: Int32
        var start: Int32
        var count: Int32
    }

    /// The phrases grouped by first token, longest first within a group: group g is
    /// `entries[groupStarts[g]..<groupStarts[g + 1]]`.
    private var entries: [Entry] = []
    private var groupStarts: [Int32] = [0]
    private var phraseHashes: [UInt64] = []
    /// First-token hash -> group.
    private var groups = TokenHashTable(capacity: 0)
    /// One bit per first-token hash (a Bloom filter with one hash function): most words of a README
    /// start no phrase, and a bit test rejects them before the table is probed.
    private var firstTokenBits = [UInt64](repeating: 0, count: PhraseMatcher.filterWords)
    static let filterWords = 1024
    public private(set) var labels: [String] = []
    /// Each list's label cut at "+" (see `sharedLabels`).
    private var labelParts: [[String]] = []

    public init(_ phrases: [(label: String, phrases: [String])]) {
        var byFirstToken: [UInt64: [(list: Int, hashes: [UInt64])]] = [:]
        var firstTokenOrder: [UInt64] = []
        // Built for every vocabulary list at start-up: one token buffer and a table sized once.
        byFirstToken.reserveCapacity(phrases.reduce(0) { $0 + $1.phrases.count })
        var tokens: [Token] = []
        for (label, list) in phrases {
            labels.append(label)
            labelParts.append(label.split(separator: "+").map(String.init))
            for phrase in list {
                tokens.removeAll(keepingCapacity: true)
                Self.tokenize(phrase, into: &tokens)
                let hashes = tokens.map(\.hash)
                guard let first = hashes.first else { continue }
                if byFirstToken[first] == nil { firstTokenOrder.append(first) }
                byFirstToken[first, default: []].append((labels.count - 1, hashes))
                let bit = Self.filterBit(first)
                firstTokenBits[bit.word] |= bit.mask
            }
        }
        groups = TokenHashTable(capacity: firstTokenOrder.count)
        for first in firstTokenOrder {
            var group = byFirstToken[first]!
            group.sort { $0.hashes.count > $1.hashes.count }
            groups.insert(first, value: groupStarts.count - 1)
            for phrase in group {
                entries.append(Entry(list: Int32(phrase.list), start: Int32(phraseHashes.count), count: Int32(phrase.hashes.count)))
                phraseHashes.append(contentsOf: phrase.hashes)
            }
            groupStarts.append(Int32(entries.count))
        }
    }

    /// Token hashes are FNV-1a, already well mixed: their low bits pick the filter bit.
    @inline(__always)
    static func filterBit(_ hash: UInt64) -> (word: Int, mask: UInt64) {
        (Int(truncatingIfNeeded: (hash >> 6) & UInt64(filterWords - 1)), 1 << (hash & 63))
    }

    public static func tokenHashes(_ phrase: String) -> [UInt64] {
        var tokens: [Token] = []
        tokenize(phrase, into: &tokens)
        return tokens.map(\.hash)
    }

    static func tokenize(_ phrase: String, into tokens: inout [Token]) {
        var lower = phrase.lowercased()
        lower.withUTF8 { TextIndex.tokenize($0, 0..<$0.count, line: 0, isTable: false, into: &tokens) }
    }

    /// All non-overlapping matches in the token range, left to right.
    public func matches(in tokens: [Token], range: Range<Int>) -> [Match] {
        precondition(range.lowerBound >= 0 && range.upperBound <= tokens.count)
        var found: [Match] = []
        // Most tokens start no phrase and are turned away by the filter: read through the buffers,
        // without a bounds check per token.
        tokens.withUnsafeBufferPointer { tokens in
            firstTokenBits.withUnsafeBufferPointer { bits in
                var index = range.lowerBound
                outer: while index < range.upperBound {
                    let hash = tokens[index].hash
                    let bit = Self.filterBit(hash)
                    if bits[bit.word] & bit.mask != 0, let group = groups.value(for: hash) {
                        for position in Int(groupStarts[group])..<Int(groupStarts[group + 1]) {
                            let entry = entries[position]
                            let count = Int(entry.count)
                            guard index + count <= range.upperBound else { continue }
                            var matched = true
                            for offset in 1..<max(count, 1) where tokens[index + offset].hash != phraseHashes[Int(entry.start) + offset] {
                                matched = false
                                break
                            }
                            // A phrase must not run across lines (a heading and the paragraph after it).
                            if matched, tokens[index].line == tokens[index + count - 1].line {
                                let list = Int(entry.list)
                                found.append(Match(label: labels[list], firstToken: index, lastToken: index + count - 1,
                                                   parts: labelParts[list], list: list))
                                index += count
                                continue outer
                            }
                        }
                    }
                    index += 1
                }
            }
        }
        return found
    }
}

extension PhraseMatcher {
    /// A matcher where a phrase listed under several labels matches once and names them all
    /// (joined by "+"), so that one pass over the text serves every list.
    public static func sharedLabels(_ lists: [(label: String, phrases: [String])]) -> PhraseMatcher {
        var owners: [String: [String]] = [:]
        var order: [String] = []
        for (label, phrases) in lists {
            for phrase in phrases {
                let key = phrase.lowercased()
                if owners[key] == nil { order.append(key) }
                if owners[key]?.contains(label) != true { owners[key, default: []].append(label) }
            }
        }
        var byLabels: [String: [String]] = [:]
        var labelOrder: [String] = []
        for phrase in order {
            let joined = owners[phrase]!.joined(separator: "+")
            if byLabels[joined] == nil { labelOrder.append(joined) }
            byLabels[joined, default: []].append(phrase)
        }
        return PhraseMatcher(labelOrder.map { (label: $0, phrases: byLabels[$0]!) })
    }

    /// The labels a match of a `sharedLabels` matcher stands for.
    public static func labels(of match: Match) -> [String] {
        match.parts ?? match.label.split(separator: "+").map(String.init)
    }
}
