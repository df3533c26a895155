import Foundation

/// A sensitivity told with the positives first and the finding after them, no metric named:
/// - "74% of real lows were caught", "38% of pre-exacerbation episodes flagged", "about 64% of hypo
///   episodes got a warning 30 minutes ahead", "62% of exacerbations had at least one flag before onset";
/// - "Of the 143 hypo events, 92 (64%) were warned 30 minutes ahead".
/// A share of everybody ("12% of patients were flagged", `metric_share_populations`) is an alert rate,
/// unless a clause after the noun makes it the positives ("46% of the patients who went on to stay 7+
/// days were flagged"); a share that found nothing ("36% of exacerbations had no flag") is a miss rate.
extension MetricScanner {
    /// "were", "got": what may stand between the noun and the participle.
    static let passiveAuxiliaries: Set<UInt64> = Set(["were", "was", "are", "is", "got", "get", "gets", "been", "be", "would", "could",
                                                      "will", "have", "has", "had", "should", "can", "may", "might"]
        .map { TextIndex.hash($0.utf8) })
    /// "got a warning", "had at least one flag", "triggered an alert", "received an alert".
    /// "preceded by a red alert": the positives the warning came before.
    static let warningVerbs: Set<UInt64> = Set(["got", "get", "gets", "had", "has", "have", "received", "receive", "triggered",
                                                "trigger", "raised", "produced", "preceded"].map { TextIndex.hash($0.utf8) })
    static let warningNouns: Set<UInt64> = Set(["warning", "warnings", "alert", "alerts", "alarm", "alarms", "flag", "flags"]
        .map { TextIndex.hash($0.utf8) })
    /// Words between a warning verb and its noun: "a", "at least one", "an early".
    static let warningFillers: Set<UInt64> = Set(["a", "an", "at", "least", "one", "early", "timely", "advance", "correct", "by",
                                                  "red", "amber", "orange", "yellow"]
        .map { TextIndex.hash($0.utf8) })
    /// Words that open a clause narrowing a population to the positives: "patients who ...", "days before an exacerbation".
    static let narrowingWords: Set<UInt64> = Set(["who", "that", "whose", "with", "before", "preceding", "ahead"]
        .map { TextIndex.hash($0.utf8) })

    static let clauseBreaks: Set<UInt8> = Set(";:,()".utf8)
    static let with = TextIndex.hash("with".utf8)

    func passiveShares(_ tokens: [Token]) -> [Int] {
        var result: [Int] = []
        for position in tokens.indices where tokens[position].percent {
            let token = tokens[position]
            guard position + 2 < tokens.count, tokens[position + 1].hash == Self.of, !isBoundOrSpread(token), !isMasked(token),
                  !isInsideMarker(token) else { continue }
            if findsAfterNoun(from: position + 2, tokens) != nil { result.append(position) }
        }
        result += bracketedCountShares(tokens)
        result += labelledRowShares(tokens)
        return result
    }

    /// "| Patients with sepsis who got an alert before onset | 71.4% | 63.0% |", "- Lows caught 30 min
    /// ahead: 74%": a table row's first cell or a list item's label told the same way, its shares after it.
    private func labelledRowShares(_ tokens: [Token]) -> [Int] {
        let document = index.document
        var result: [Int] = []
        for line in 1...max(document.lineCount, 1) where line <= document.lineCount {
            let range = index.tokenRange(line: line)
            guard !range.isEmpty, document.kinds[line - 1] == .table || isListItem(line) else { continue }
            if let finding = findsAfterNoun(from: range.lowerBound, tokens) { result += labelValues(tokens, after: finding) }
        }
        return result
    }

    private func isListItem(_ line: Int) -> Bool {
        index.document.kinds[line - 1] == .prose && LineText(index.lower, index.document.lineRanges[line - 1]).listMarker != nil
    }

    /// The noun after "of" or opening a label (a few words, the same clause) and then the finding: a
    /// participle, after "were" or alone, or a warning the positives got; the finding's position. The noun
    /// must not be everybody, unless narrowed.
    private func findsAfterNoun(from start: Int, _ tokens: [Token]) -> Int? {
        var cursor = start
        var head: Int?
        var nounWords = 0
        var narrowed = false
        while cursor < tokens.count, cursor - start <= 9, cursor == start || continuesClause(cursor, tokens) {
            let hash = tokens[cursor].hash
            // "who went on to stay 7+ days": numbers may narrow the noun, they do not count it.
            if tokens[cursor].isNumber && !narrowed || Self.labelStoppers.contains(hash) { return nil }
            if Self.shareParticiples.contains(hash) || Self.warningVerbs.contains(hash) && warns(after: cursor, tokens) {
                guard let head, !cues.sharePopulations.contains(tokens[head].hash) || narrowed else { return nil }
                return cursor
            }
            // "Exacerbations with at least one flag before onset": the positives with a warning (not
            // everybody with one: "Patients with an alert" is an alert rate).
            if hash == Self.with, let head, !narrowed, warns(after: cursor, tokens) {
                return cues.sharePopulations.contains(tokens[head].hash) ? nil : cursor
            }
            if Self.narrowingWords.contains(hash), head != nil {
                narrowed = true
            } else if !narrowed, !Self.passiveAuxiliaries.contains(hash), !Self.shareHedges.contains(hash),
                      !Self.shareDeterminers.contains(hash) {
                // A short noun ("real lows", "pre-exacerbation episodes"), not a clause ("the image after an OCR check").
                nounWords += 1
                if nounWords > 3 { return nil }
                head = cursor
            }
            cursor += 1
        }
        return nil
    }

    /// "got a warning", "had at least one \"look first\" flag", "received an amber alert": an article or
    /// "at least one", then the warning within two more words. A negator is none of those: "had no flag" is a miss.
    private func warns(after verb: Int, _ tokens: [Token]) -> Bool {
        var cursor = verb + 1
        while cursor < tokens.count, Self.warningFillers.contains(tokens[cursor].hash), continuesClause(cursor, tokens) { cursor += 1 }
        // "got warnings": the noun right after the verb.
        guard cursor > verb + 1 || cursor < tokens.count && Self.warningNouns.contains(tokens[cursor].hash) else { return false }
        let last = cursor + 2
        while cursor < tokens.count, cursor <= last, continuesClause(cursor, tokens) || isQuoteGap(before: cursor, tokens) {
            if Self.warningNouns.contains(tokens[cursor].hash) { return true }
            cursor += 1
        }
        return false
    }

    /// Whether only a quotation mark and spaces stand before the token ("one \"look first\" flag").
    private func isQuoteGap(before position: Int, _ tokens: [Token]) -> Bool {
        guard position > 0, tokens[position].line == tokens[position - 1].line else { return false }
        let gap = index.lower[Int(tokens[position - 1].end)..<Int(tokens[position].start)]
        return gap.allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: "\"") }
    }

    /// "Of the 143 hypo events, 92 (64%) were warned 30 minutes ahead": "of", a total and its noun open
    /// the sentence; a count, its bracketed share and a participle of finding follow.
    private func bracketedCountShares(_ tokens: [Token]) -> [Int] {
        var result: [Int] = []
        for position in tokens.indices.dropFirst() where tokens[position].percent && !isBoundOrSpread(tokens[position]) {
            let count = position - 1
            guard tokens[count].isNumber, !index.isScoreShaped(tokens[count]), tokens[count].line == tokens[position].line,
                  index.lower[Int(tokens[count].end)..<Int(tokens[position].start)].contains(UInt8(ascii: "(")) else { continue }
            var after = position + 1
            while after < tokens.count, after - position <= 2, Self.passiveAuxiliaries.contains(tokens[after].hash) { after += 1 }
            guard after > position + 1, after < tokens.count, continuesClause(after, tokens),
                  Self.shareParticiples.contains(tokens[after].hash) else { continue }
            if opensWithTotal(before: count, tokens) { result.append(position) }
        }
        return result
    }

    /// "Of the 143 hypo events," before the count: "of", at most a determiner, the total, then its noun.
    private func opensWithTotal(before count: Int, _ tokens: [Token]) -> Bool {
        var cursor = count - 1
        var nouns: [Int] = []
        while cursor >= 0, count - cursor <= 7, !tokens[cursor].isNumber, cursor + 1 == count || continuesClause(cursor + 1, tokens) {
            nouns.append(cursor)
            cursor -= 1
        }
        guard cursor >= 1, tokens[cursor].isNumber, !index.isScoreShaped(tokens[cursor]), let head = nouns.first,
              !cues.sharePopulations.contains(tokens[head].hash),
              !nouns.contains(where: { Self.labelStoppers.contains(tokens[$0].hash) }) else { return false }
        var of = cursor - 1
        if Self.shareDeterminers.contains(tokens[of].hash), of > 0 { of -= 1 }
        return tokens[of].hash == Self.of
    }

    /// Whether the token at `position` is in the clause of the one before it: the same line, or the
    /// next prose line of a wrapped paragraph, with no full stop, comma, colon or bracket between.
    private func continuesClause(_ position: Int, _ tokens: [Token]) -> Bool {
        guard position > 0, position < tokens.count else { return false }
        let previous = tokens[position - 1], token = tokens[position]
        if token.line != previous.line {
            let kinds = index.document.kinds
            guard token.line == previous.line + 1, kinds[Int(token.line) - 1] == .prose, kinds[Int(previous.line) - 1] == .prose else {
                return false
            }
        }
        guard token.cell == previous.cell else { return false }
        return !endsSentence(after: position - 1)
            && !index.lower[Int(previous.end)..<Int(token.start)].contains { Self.clauseBreaks.contains($0) }
    }
}
