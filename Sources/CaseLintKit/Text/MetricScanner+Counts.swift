import Foundation

/// A sensitivity told as a count of the positives found out of all of them: "found 47 of the 50 staged
/// falls (94%)" (the bracketed percentage is the value), "Detected **171 of 180 falls**", "flagged 47
/// out of 52 metastatic test slides" (no percentage: the share is worked out, 0.95 and 0.904). The
/// counted noun must name the positives: a share of everybody ("flagged 23 of 200 test images"), of
/// the negatives ("41 of the 115 clean drafts") or with no noun at all ("flagged 2 of the 4") is none.
extension MetricScanner {
    static let countVerbs: Set<UInt64> = Set(["found", "finds"].map { TextIndex.hash($0.utf8) })
    static let out = TextIndex.hash("out".utf8)
    /// Words that make the counted noun the negatives: a false-positive count, not a sensitivity.
    static let negativeClasses: Set<UInt64> = Set(["negative", "negatives", "clean", "normal", "healthy", "benign", "control",
                                                   "controls", "non", "without", "false", "adl", "adls"].map { TextIndex.hash($0.utf8) })
    /// Words that make the counted noun a split or the whole set ("of 200 test images").
    static let wholeSets: Set<UInt64> = Set(["test", "validation", "held", "holdout", "external", "internal", "training", "train",
                                             "total", "all", "evaluation"].map { TextIndex.hash($0.utf8) })

    func countedShares(_ tokens: [Token], verbs shareVerbs: [Int]) -> (percents: [Int], fractions: [(position: Int, value: Double)]) {
        var percents: [Int] = []
        var fractions: [(position: Int, value: Double)] = []
        var verbs = shareVerbs
        // "found" from its filter bucket (`TokenFilterBuckets`), not a pass over every token.
        let buckets = index.filterBuckets
        for hash in Self.countVerbs {
            let word = PhraseMatcher.filterBit(hash).word
            for candidate in buckets.positions[Int(buckets.starts[word])..<Int(buckets.starts[word + 1])]
            where tokens[Int(candidate)].hash == hash {
                verbs.append(Int(candidate))
            }
        }
        for verb in verbs {
            let line = tokens[verb].line
            let position = pastHedges(verb, tokens)
            guard position + 2 < tokens.count, tokens[position].isNumber, !index.isScoreShaped(tokens[position]),
                  tokens[position].line == line else { continue }
            // "of", or "out of".
            var of = position + 1
            if tokens[of].hash == Self.out, of + 1 < tokens.count { of += 1 }
            guard tokens[of].hash == Self.of else { continue }
            // "It detected 37 of them, so about 92%": the positives named in the sentence before; only the
            // percentage stated right after counts, as nothing here says how many there were.
            if of + 1 < tokens.count, Self.anaphora.contains(tokens[of + 1].hash) {
                if let percent = statedShare(after: of + 1, tokens) { percents.append(percent) }
                continue
            }
            var total = of + 1
            while total < tokens.count, total - of <= 3, Self.shareDeterminers.contains(tokens[total].hash) { total += 1 }
            guard total < tokens.count, tokens[total].line == line, tokens[total].isNumber, !index.isScoreShaped(tokens[total]) else { continue }
            // "caught 19 of 20 = 95%": the percentage right after the count.
            if total + 1 < tokens.count, tokens[total + 1].line == line, index.isPercent(tokens[total + 1]) {
                let gap = index.lower[Int(tokens[total].end)..<Int(tokens[total + 1].start)]
                if gap.contains(UInt8(ascii: "=")) || gap.contains(UInt8(ascii: "(")) { percents.append(total + 1) }
                continue
            }
            // The counted noun (a few words) and then the bracketed percentage.
            var cursor = total + 1
            while cursor < tokens.count, cursor - total <= 4, tokens[cursor].line == line, !tokens[cursor].isNumber {
                if cues.sharePopulations.contains(tokens[cursor].hash) { break }
                cursor += 1
            }
            if cursor < tokens.count, cursor > total + 1, tokens[cursor].line == line, index.isPercent(tokens[cursor]),
               !cues.sharePopulations.contains(tokens[cursor - 1].hash),
               Int(tokens[cursor].start) > 0, index.lower[Int(tokens[cursor].start) - 1] == UInt8(ascii: "(") {
                percents.append(cursor)
                continue
            }
            // Worked out only when the count follows its verb in one clause ("flagged; 4 of 64 without AF" is not).
            let clause = index.lower[Int(tokens[verb].end)..<Int(tokens[position].start)]
            guard !clause.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".")
                || $0 == UInt8(ascii: ":") }) else { continue }
            if let value = fraction(found: position, total: total, tokens) { fractions.append((position, value)) }
        }
        return (percents, fractions)
    }

    static let anaphora: Set<UInt64> = Set(["them", "those", "these"].map { TextIndex.hash($0.utf8) })
    static let shareLinks: Set<UInt64> = Set(["so", "about", "around", "approximately", "roughly", "nearly", "almost", "that",
                                              "is", "which", "or", "i", "e"].map { TextIndex.hash($0.utf8) })

    /// A percentage within four words after `position` in the same run of prose, with only linking words
    /// ("so about", "that is", "i.e.") between: "37 of them, so about 92%", "36 of those (90%)".
    private func statedShare(after position: Int, _ tokens: [Token]) -> Int? {
        var cursor = position + 1
        while cursor < tokens.count, cursor - position <= 4, runs[Int(tokens[cursor].line)] == runs[Int(tokens[position].line)] {
            if index.isPercent(tokens[cursor]) {
                // "about 30% of the cohort": a share of everybody, not of the positives.
                var next = cursor + 1
                guard next < tokens.count, tokens[next].hash == Self.of else { return cursor }
                next += 1
                while next < tokens.count, next - cursor <= 4, Self.shareDeterminers.contains(tokens[next].hash) { next += 1 }
                guard next < tokens.count else { return cursor }
                return cues.sharePopulations.contains(tokens[next].hash) || Self.wholeSets.contains(tokens[next].hash) ? nil : cursor
            }
            guard Self.shareLinks.contains(tokens[cursor].hash) else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The share N/M when the words after M name the positives: at least one word on the line, the first
    /// not the whole set or everybody, none the negatives; M of five or more, and N no more than M.
    private func fraction(found: Int, total: Int, _ tokens: [Token]) -> Double? {
        guard let count = index.numberValue(tokens[found]), let all = index.numberValue(tokens[total]),
              all >= 5, count <= all, count >= 0, !index.isPercent(tokens[found]), !index.isPercent(tokens[total]) else { return nil }
        let line = tokens[total].line
        let first = total + 1
        guard first < tokens.count, tokens[first].line == line, !tokens[first].isNumber,
              !cues.sharePopulations.contains(tokens[first].hash), !Self.wholeSets.contains(tokens[first].hash) else { return nil }
        var position = first
        while position < tokens.count, position - first < 4, tokens[position].line == line, !tokens[position].isNumber {
            if Self.negativeClasses.contains(tokens[position].hash) { return nil }
            position += 1
        }
        return (count / all * 1000).rounded() / 1000
    }

    /// "3 of 4", "22 of 23 participants", "112 / 187": a whole number, "of" or a slash, and a whole number
    /// no smaller on its line ("Precision@10 of 0.64" is a cut-off and its value).
    func isCountOfCount(_ position: Int, _ tokens: [Token]) -> Bool { countOfCountTotal(position, tokens) != nil }

    /// The position of the total when `position` opens a count of a count.
    func countOfCountTotal(_ position: Int, _ tokens: [Token]) -> Int? {
        guard position + 1 < tokens.count, tokens[position].isNumber, !index.isPercent(tokens[position]) else { return nil }
        let total: Int
        if tokens[position + 1].hash == Self.of {
            total = position + 2
        } else {
            // "112 / 187": only a slash and spaces between.
            let gap = index.lower[Int(tokens[position].end)..<Int(tokens[position + 1].start)]
            guard gap.contains(UInt8(ascii: "/")), gap.allSatisfy({ $0 == UInt8(ascii: "/") || $0 == 0x20 }),
                  gap.filter({ $0 == UInt8(ascii: "/") }).count == 1 else { return nil }
            total = position + 1
        }
        guard total < tokens.count, tokens[total].isNumber, !index.isPercent(tokens[total]),
              tokens[total].line == tokens[position].line, tokens[total].cell == tokens[position].cell,
              let count = index.numberValue(tokens[position]), let all = index.numberValue(tokens[total]), count <= all,
              count == count.rounded(), all == all.rounded(),
              !isDecimal(tokens[position]), !isDecimal(tokens[total]) else { return nil }
        return total
    }

    /// "1.00 / 1.00" are two scores, not a count of a count.
    private func isDecimal(_ token: Token) -> Bool {
        index.lower[Int(token.start)..<Int(token.end)].contains(UInt8(ascii: "."))
    }

    /// The share worked out after a count of a count: "396 / 435 = **0.91**", "11/18 = 0.61", "16/40 — 40%".
    func equalsShare(after total: Int, _ tokens: [Token]) -> Int? {
        let next = total + 1
        guard next < tokens.count, tokens[next].line == tokens[total].line, tokens[next].cell == tokens[total].cell,
              tokens[next].isNumber, index.isScoreShaped(tokens[next]) else { return nil }
        let gap = index.lower[Int(tokens[total].end)..<Int(tokens[next].start)]
        // "=", or a dash (ASCII, or the en or em dash: E2 80 93 / 94) before a percentage.
        let dashed = index.isPercent(tokens[next]) && (gap.contains(UInt8(ascii: "-")) || gap.contains(0xE2))
        guard gap.contains(UInt8(ascii: "=")) || dashed else { return nil }
        return gap.allSatisfy(Self.shareJoiners.contains) ? next : nil
    }

    /// What may stand between a total and its worked-out share: "=", spaces, emphasis and dashes (with the
    /// bytes of the en and em dash).
    static let shareJoiners: Set<UInt8> = [UInt8(ascii: "="), 0x20, UInt8(ascii: "*"), UInt8(ascii: "-"), 0xE2, 0x80, 0x93, 0x94]

    /// The percentage opening a bracket within twelve words after `position`, on its line and in its cell:
    /// "22 of 23 participants with AF (95.7%, 95% CI 79.0–99.2%)".
    func bracketedShare(after position: Int, _ tokens: [Token]) -> Int? {
        var cursor = position + 1
        while cursor < tokens.count, cursor - position <= 12, tokens[cursor].line == tokens[position].line,
              tokens[cursor].cell == tokens[position].cell {
            if tokens[cursor].isNumber {
                let start = Int(tokens[cursor].start)
                return index.isPercent(tokens[cursor]) && start > 0 && index.lower[start - 1] == UInt8(ascii: "(") ? cursor : nil
            }
            cursor += 1
        }
        return nil
    }
}
