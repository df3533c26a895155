/// Suggests the known name closest to a misspelt one ("target_role" → "target_roles"), for
/// unknown manifest keys and unknown rule ids in the configuration.
public enum DidYouMean {
    /// The closest candidate within a small edit distance, or nil when nothing is close.
    /// Ties go to the alphabetically first candidate, so messages are stable.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased())
        let allowed = max(2, target.count / 3)
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()), limit: allowed)
            guard distance <= allowed, distance < candidate.count else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (distance, candidate)
            }
        }
        return best?.name
    }

    /// The closest candidate when no other is as close: a correction safe to apply unasked.
    public static func unambiguous(to word: String, in candidates: some Sequence<String>) -> String? {
        guard let best = closest(to: word, in: candidates) else { return nil }
        let target = Array(word.lowercased())
        let distance = editDistance(target, Array(best.lowercased()), limit: max(2, target.count / 3))
        let ties = candidates.filter { $0 != best && editDistance(target, Array($0.lowercased()), limit: distance) <= distance }
        return ties.isEmpty ? best : nil
    }

    /// "; did you mean 'x'?" or "", ready to append to a message.
    public static func suffix(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance with adjacent swaps counted once (Damerau, restricted), giving up
    /// early (returning limit + 1) once every path exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowBest = min(rowBest, value)
            }
            if rowBest > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
