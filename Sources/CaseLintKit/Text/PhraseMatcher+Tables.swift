/// A phrase matcher as plain tables, which `Scripts/embed-resources.sh` writes into the generated
/// `PrebuiltMatchers` for the matchers the built-in packs make: building them (lowercasing,
/// tokenizing and sorting every phrase) was a fifth of start-up, and reading the tables back costs
/// one pass over their first tokens.
extension PhraseMatcher {
    struct Tables: Sendable, Equatable {
        var labels: [String]
        /// Each phrase as two numbers, its list and its token count, in the matcher's order.
        var entries: [Int32]
        var groupStarts: [Int32]
        var hashes: [UInt64]
    }

    /// A matcher of the lists: read from the generated tables when they were made from the same
    /// lists, built otherwise.
    public init(_ phrases: [(label: String, phrases: [String])]) {
        var key = InputFingerprint(kind: "phrases")
        key.combine(phrases)
        self = MatcherPrebuilds.phrase(key) { PhraseMatcher(building: phrases) }
    }

    var tables: Tables {
        Tables(labels: labels, entries: entries.flatMap { [$0.list, $0.count] }, groupStarts: groupStarts, hashes: phraseHashes)
    }

    /// The matcher `init(building:)` made the tables of: the same phrases, groups and filter.
    init(tables: Tables) {
        labels = tables.labels
        labelParts = labels.map(Self.parts(of:))
        groupStarts = tables.groupStarts
        phraseHashes = tables.hashes
        entries.reserveCapacity(tables.entries.count / 2)
        var start: Int32 = 0
        for pair in stride(from: 0, to: tables.entries.count - 1, by: 2) {
            let count = tables.entries[pair + 1]
            entries.append(Entry(list: tables.entries[pair], start: start, count: count))
            start += count
        }
        // Each group's first token, in group order, as `init(building:)` inserts them.
        let groupCount = groupStarts.count - 1
        groups = TokenHashTable(capacity: groupCount)
        for group in 0..<groupCount {
            let first = phraseHashes[Int(entries[Int(groupStarts[group])].start)]
            groups.insert(first, value: group)
            let bit = Self.filterBit(first)
            firstTokenBits[bit.word] |= bit.mask
        }
        filterWordList = firstTokenBits.indices.filter { firstTokenBits[$0] != 0 }.map { Int32($0) }
    }
}
