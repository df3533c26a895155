/// Suggests the known name closest to a misspelt one ("target_role" → "target_roles"), for
/// unknown manifest keys and unknown rule ids in the configuration.
public enum DidYouMean {
    /// The closest candidate within a small edit distance, or nil when nothing is close.
    /// Ties go to the alphabetically first candidate, so messages are stable.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        nearest(distances(from: word, to: candidates))?.name
    }

    /// Each candidate's distance from the word, worked out once: exact up to `allowed`, beyond it
    /// some larger number.
    private static func distances(from word: String, to candidates: some Sequence<String>)
        -> (allowed: Int, candidates: [(name: String, distance: Int)]) {
        let target = Spelling(word)
        let allowed = max(2, target.count / 3)
        // An ASCII word against ASCII candidates (keys nearly always are) is measured in buffers kept
        // from one candidate to the next: a `Spelling` and three rows per candidate were most of the
        // cost of an unknown manifest key, met in every project of a portfolio that misspells one.
        var scratch = Scratch()
        return (allowed, candidates.map { candidate in
            if let bytes = target.bytes, let distance = scratch.asciiDistance(bytes, candidate, limit: allowed) {
                return (candidate, distance)
            }
            return (candidate, target.distance(to: Spelling(candidate), limit: allowed))
        })
    }

    /// Buffers for `asciiDistance`, reused across candidates.
    private struct Scratch {
        var letters: [UInt8] = []
        var rows: [Int] = []
        /// Per ASCII letter, left at zero between calls (see `surplus`).
        var counts = [Int32](repeating: 0, count: 128)

        /// `editDistance` of `word` (lowercased ASCII) and `candidate` lowercased, as `Spelling`
        /// measures them, or nil when the candidate is not ASCII without a CR (`Spelling` reads
        /// such a candidate by characters).
        mutating func asciiDistance(_ word: [UInt8], _ candidate: String, limit: Int) -> Int? {
            letters.removeAll(keepingCapacity: true)
            for byte in candidate.utf8 {
                guard byte < 0x80 && byte != 0x0D else { return nil }
                letters.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            // Most known names share too few letters with the word to be within the limit: a bound
            // from the letters alone turns them away before the table of distances is filled. Any
            // distance past the limit reads the same to the callers.
            if surplus(word, letters) > limit { return limit + 1 }
            return DidYouMean.editDistance(word, letters, limit: limit, rows: &rows)
        }

        /// The larger of the letters one side has beyond the other (as multisets): a lower bound of
        /// the edit distance, as an insertion, deletion or substitution lowers each side's surplus by
        /// at most one and a swap changes neither. Both words are ASCII.
        mutating func surplus(_ a: [UInt8], _ b: [UInt8]) -> Int {
            counts.withUnsafeMutableBufferPointer { counts in
                for byte in a { counts[Int(byte)] += 1 }
                for byte in b { counts[Int(byte)] -= 1 }
                var (more, fewer) = (0, 0)
                // Each letter's balance is taken once and set back to zero for the next call.
                func settle(_ byte: UInt8) {
                    let count = Int(counts[Int(byte)])
                    if count > 0 { more += count } else { fewer -= count }
                    counts[Int(byte)] = 0
                }
                for byte in a { settle(byte) }
                for byte in b { settle(byte) }
                return max(more, fewer)
            }
        }
    }

    private static func nearest(_ measured: (allowed: Int, candidates: [(name: String, distance: Int)])) -> (distance: Int, name: String)? {
        var best: (distance: Int, name: String)?
        for (candidate, distance) in measured.candidates {
            guard distance <= measured.allowed, distance < candidate.count else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (distance, candidate)
            }
        }
        return best
    }

    /// The closest candidate when no other is as close: a correction safe to apply unasked.
    public static func unambiguous(to word: String, in candidates: some Sequence<String>) -> String? {
        suggestions(for: word, in: candidates).unambiguous
    }

    /// `closest` and `unambiguous` at once, for callers that want both (unknown manifest keys). The
    /// best distance is at most `allowed`, where the distances are exact, so they settle ties too.
    static func suggestions(for word: String, in candidates: some Sequence<String>) -> (closest: String?, unambiguous: String?) {
        let measured = distances(from: word, to: candidates)
        guard let best = nearest(measured) else { return (nil, nil) }
        let tied = measured.candidates.contains { $0.name != best.name && $0.distance <= best.distance }
        return (best.name, tied ? nil : best.name)
    }

    /// "; did you mean 'x'?" or "", ready to append to a message.
    public static func suffix(for word: String, in candidates: some Sequence<String>) -> String {
        suffix(closest: closest(to: word, in: candidates))
    }

    static func suffix(closest: String?) -> String {
        closest.map { "; did you mean '\($0)'?" } ?? ""
    }

    /// A lowercased word as the distance compares it: bytes when it is plain ASCII (keys almost
    /// always are), characters otherwise.
    private struct Spelling {
        let bytes: [UInt8]?
        let characters: [Character]

        init(_ word: String) {
            // ASCII without a CR (keys almost always are): lowercased byte by byte, with no new String.
            if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                bytes = word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                characters = []
                return
            }
            let lower = word.lowercased()
            // "\r\n" is one character but two bytes: such words take the character path.
            let isPlain = lower.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
            bytes = isPlain ? Array(lower.utf8) : nil
            characters = isPlain ? [] : Array(lower)
        }

        var count: Int { bytes?.count ?? characters.count }

        func distance(to other: Spelling, limit: Int) -> Int {
            if let bytes, let otherBytes = other.bytes { return editDistance(bytes, otherBytes, limit: limit) }
            return editDistance(bytes.map { $0.map { Character(Unicode.Scalar($0)) } } ?? characters,
                                other.bytes.map { $0.map { Character(Unicode.Scalar($0)) } } ?? other.characters, limit: limit)
        }
    }

    /// Levenshtein distance with adjacent swaps counted once (Damerau, restricted), giving up
    /// early (returning limit + 1) once every path exceeds `limit`.
    static func editDistance<Letter: Equatable>(_ a: [Letter], _ b: [Letter], limit: Int) -> Int {
        var rows: [Int] = []
        return editDistance(a, b, limit: limit, rows: &rows)
    }

    /// `editDistance` in `rows`, a buffer the caller may keep for the next comparison.
    static func editDistance<Letter: Equatable>(_ a: [Letter], _ b: [Letter], limit: Int, rows: inout [Int]) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // The three rows (two back, one back, this one) in one buffer, rotated by offset: one
        // allocation per comparison instead of three.
        let width = b.count + 1
        rows.removeAll(keepingCapacity: true)
        rows.append(contentsOf: repeatElement(0, count: 3 * width))
        // Through buffers: indexing the arrays checked bounds and uniqueness at every cell, most of
        // the cost of an unknown manifest key's suggestion.
        return a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                rows.withUnsafeMutableBufferPointer { rows in
                    for j in 0...b.count { rows[width + j] = j }
                    var (before, previous, current) = (0, width, 2 * width)
                    for i in 1...a.count {
                        rows[current] = i
                        var rowBest = i
                        for j in 1...b.count {
                            let cost = a[i - 1] == b[j - 1] ? 0 : 1
                            var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, rows[before + j - 2] + 1) }
                            rows[current + j] = value
                            rowBest = min(rowBest, value)
                        }
                        if rowBest > limit { return limit + 1 }
                        (before, previous, current) = (previous, current, before)
                    }
                    return rows[previous + b.count]
                }
            }
        }
    }
}
