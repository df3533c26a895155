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
    struct Entry: Sendable {
        var list: Int32
        var start: Int32
        var count: Int32
    }

    /// The phrases grouped by first token, longest first within a group: group g is
    /// `entries[groupStarts[g]..<groupStarts[g + 1]]`.
    var entries: [Entry] = []
    var groupStarts: [Int32] = [0]
    var phraseHashes: [UInt64] = []
    /// First-token hash -> group.
    var groups = TokenHashTable(capacity: 0)
    /// One bit per first-token hash (a Bloom filter with one hash function): most words of a README
    /// start no phrase, and a bit test rejects them before the table is probed.
    var firstTokenBits = [UInt64](repeating: 0, count: PhraseMatcher.filterWords)
    static let filterWords = 1024
    /// The words of `firstTokenBits` that hold a bit: the token buckets a pass over a document visits
    /// (see `TokenFilterBuckets`).
    var filterWordList: [Int32] = []
    public internal(set) var labels: [String] = []
    /// Each list's label cut at "+" (see `sharedLabels`).
    var labelParts: [[String]] = []

    /// Built from the lists (`init(_:)` reads the generated tables instead when it has them).
    init(building phrases: [(label: String, phrases: [String])]) {
        // Built for every vocabulary list at start-up, so without a heap object per phrase: all
        // phrases' token hashes in one buffer, each phrase a row of numbers pointing into it.
        var hashes: [UInt64] = []
        var rows: [(group: Int32, list: Int32, start: Int32, count: Int32)] = []
        var firstTokens: [UInt64] = []
        var groupOfFirst = TokenHashTable(capacity: phrases.reduce(0) { $0 + $1.phrases.count })
        var tokens: [Token] = []
        for (label, list) in phrases {
            labels.append(label)
            labelParts.append(Self.parts(of: label))
            for phrase in list {
                tokens.removeAll(keepingCapacity: true)
                Self.tokenize(phrase, into: &tokens)
                guard let first = tokens.first?.hash else { continue }
                let group = groupOfFirst.value(for: first) ?? firstTokens.count
                if group == firstTokens.count {
                    groupOfFirst.insert(first, value: group)
                    firstTokens.append(first)
                }
                rows.append((Int32(group), Int32(labels.count - 1), Int32(hashes.count), Int32(tokens.count)))
                for token in tokens { hashes.append(token.hash) }
                let bit = Self.filterBit(first)
                firstTokenBits[bit.word] |= bit.mask
            }
        }
        // Groups in the order their first tokens were met; within one, longest first and listed
        // order among equals (`start` grows with it).
        rows.sort { ($0.group, $1.count, $0.start) < ($1.group, $0.count, $1.start) }
        groups = TokenHashTable(capacity: firstTokens.count)
        for (group, first) in firstTokens.enumerated() { groups.insert(first, value: group) }
        entries.reserveCapacity(rows.count)
        phraseHashes.reserveCapacity(hashes.count)
        for (position, row) in rows.enumerated() {
            entries.append(Entry(list: row.list, start: Int32(phraseHashes.count), count: row.count))
            phraseHashes.append(contentsOf: hashes[Int(row.start)..<Int(row.start + row.count)])
            if position + 1 == rows.count || rows[position + 1].group != row.group { groupStarts.append(Int32(entries.count)) }
        }
        filterWordList = firstTokenBits.indices.filter { firstTokenBits[$0] != 0 }.map { Int32($0) }
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
        var found: [Match] = []
        forEachMatch(in: tokens, range: range) { list, first, last in found.append(match(list: list, first: first, last: last)) }
        return found
    }

    /// The `Match` of a phrase of list `list` found from token `first` to `last`.
    @inline(__always)
    func match(list: Int, first: Int, last: Int) -> Match {
        Match(label: labels[list], firstToken: first, lastToken: last, parts: labelParts[list], list: list)
    }

    /// `matches(in:range:)` handed over one by one (see `forEachMatch(in:range:_:)` on a `TextIndex`).
    func forEachMatch(in tokens: [Token], range: Range<Int>, _ body: (_ list: Int, _ first: Int, _ last: Int) -> Void) {
        precondition(range.lowerBound >= 0 && range.upperBound <= tokens.count)
        // Most tokens start no phrase and are turned away by the filter: read through the buffers,
        // without a bounds check per token.
        tokens.withUnsafeBufferPointer { tokens in
            firstTokenBits.withUnsafeBufferPointer { bits in
                var index = range.lowerBound
                while index < range.upperBound {
                    let bit = Self.filterBit(tokens[index].hash)
                    if bits[bit.word] & bit.mask != 0, let entry = entry(at: index, in: tokens, before: range.upperBound) {
                        body(Int(entry.list), index, index + Int(entry.count) - 1)
                        index += Int(entry.count)
                        continue
                    }
                    index += 1
                }
            }
        }
    }

    /// The phrase that matches at `index` (longest first, then listed order), ending before `end`.
    @inline(__always)
    func entry(at index: Int, in tokens: UnsafeBufferPointer<Token>, before end: Int) -> Entry? {
        guard let group = groups.value(for: tokens[index].hash) else { return nil }
        for position in Int(groupStarts[group])..<Int(groupStarts[group + 1]) {
            let entry = entries[position]
            let count = Int(entry.count)
            guard index + count <= end else { continue }
            var matched = true
            for offset in 1..<max(count, 1) where tokens[index + offset].hash != phraseHashes[Int(entry.start) + offset] {
                matched = false
                break
            }
            // A phrase must not run across lines (a heading and the paragraph after it).
            if matched, tokens[index].line == tokens[index + count - 1].line { return entry }
        }
        return nil
    }
}
