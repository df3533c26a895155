import Foundation

/// An accuracy told as the share of items judged correct, with no metric named:
/// - the items first: "87% of cases were classified correctly", "it gets 87% of the test cases right",
///   "answered 58.4% of the questions correctly";
/// - the judgement first: "correct in 78% of pairs", "exactly right in 61% of episodes", "ranks the pair
///   correctly 74% of the time", "correctly classified 87% of the images";
/// - counts, then the share in brackets: "184 of 200 right (92%)", "184/200 correct (92%)".
/// Not a hypothetical model's or a baseline's ("A model that says everyone shows up is right 80% of the
/// time"), not a comparison ("reclassified 3.5% more people correctly"), and "right" or "correct" only
/// where no noun follows ("38% of false positives were correct codes" says what they were).
extension MetricScanner {
    static let correctWords: Set<UInt64> = Set(["correct", "correctly", "right"].map { TextIndex.hash($0.utf8) })
    static let correctWordTable = TokenHashTable(correctWords)
    static let correctly = TextIndex.hash("correctly".utf8)
    /// What may stand between the judgement and the share after it: "right in 61%", "correct on about 80%".
    static let correctShareFillers: Set<UInt64> = Set(["in", "on", "for", "about", "around", "roughly", "nearly", "almost", "over",
                                                       "some", "approximately"].map { TextIndex.hash($0.utf8) })
    /// Words that make the share a comparison or a baseline's, not the project's result.
    /// "as" makes the judgement a definition ("counts as correct", "Treating the empty 93% of the matrix as
    /// unknown is correct"); a clause opener parts the share from it ("chose A 31% of the time while A is correct").
    static let correctShareStoppers: Set<UInt64> = Set(["more", "fewer", "less", "not", "never", "no", "always", "everyone",
                                                        "everybody", "chance", "baseline", "than", "as", "while", "whereas",
                                                        "but", "when", "if", "because", "although", "whether"]
        .map { TextIndex.hash($0.utf8) })
    /// People whose own answers a share may count ("Lay readers answered 52% of questions correctly",
    /// "reviewers guessed the source correctly 58% of the time"): a user study or a blinding check, not
    /// the project's result, unless they only judged the project's answers ("rated", "judged").
    static let answeringPeople: Set<UInt64> = Set(["readers", "reviewers", "raters", "annotators", "participants", "clinicians",
                                                   "nurses", "doctors", "students", "users", "volunteers", "people", "patients",
                                                   "respondents", "physicians", "pharmacists", "lay", "comprehension"]
        .map { TextIndex.hash($0.utf8) })
    static let judgingVerbs: Set<UInt64> = Set(["rated", "judged", "graded", "marked", "scored", "assessed"].map { TextIndex.hash($0.utf8) })
    static let to = TextIndex.hash("to".utf8)
    static let be = TextIndex.hash("be".utf8)
    static let hypotheticalOpeners: Set<UInt64> = Set(["a", "an", "any"].map { TextIndex.hash($0.utf8) })
    static let relativeWords: Set<UInt64> = Set(["that", "which", "who"].map { TextIndex.hash($0.utf8) })

    func correctShareValues(_ tokens: [Token]) -> [Int] {
        var result = correctRowShares(tokens)
        // Every token is tested: the open-addressing table, held in a local, spares a Hasher per token.
        let judgements = Self.correctWordTable
        for judge in tokens.indices where judgements.contains(tokens[judge].hash) {
            guard judgementEndsPhrase(judge, tokens), !isHypotheticalOrBaseline(judge, tokens) else { continue }
            // "confident enough to be right 80% of the time": a level asked for, not one reached.
            if judge >= 2, tokens[judge - 1].hash == Self.be, tokens[judge - 2].hash == Self.to { continue }
            if let share = shareOfItemsBefore(judge, tokens) ?? shareAfterJudgement(judge, tokens) ?? bracketedShareAfterCounts(judge, tokens),
               !isBoundOrSpread(tokens[share]), !isMasked(tokens[share]), !isInsideMarker(tokens[share]),
               !isPeoplesOwnAnswer(from: min(share, judge), to: max(share, judge), tokens) {
                result.append(share)
            }
        }
        return result
    }

    /// "| Change status correct, all lines | 93.6% | 81.2% |", "| Answered correctly | 177 of 306 (58%) |": a
    /// table row whose first cell calls its items correct (not "incorrect", no number of its own), its
    /// shares in the cells after it. People's own answers are left out as in prose.
    private func correctRowShares(_ tokens: [Token]) -> [Int] {
        let document = index.document
        var result: [Int] = []
        for line in 1...max(document.lineCount, 1) where line <= document.lineCount && document.kinds[line - 1] == .table {
            let range = index.tokenRange(line: line)
            guard let first = range.first else { continue }
            let label = range.prefix { tokens[$0].cell == tokens[first].cell }
            guard let judge = label.first(where: { Self.correctWords.contains(tokens[$0].hash) }), tokens[judge].hash != Self.right,
                  !label.contains(where: { tokens[$0].isNumber || Self.answeringPeople.contains(tokens[$0].hash)
                      || Self.rowHedges.contains(tokens[$0].hash) }) else { continue }
            result += labelValues(tokens, after: label.last!).filter { tokens[$0].percent }
        }
        return result
    }

    static let right = TextIndex.hash("right".utf8)
    /// "83% of the items in the gold notes appeared correctly in the drafts": what was carried over, a
    /// completeness (recall) of the items, not an accuracy.
    static let presenceVerbs: Set<UInt64> = Set(["appeared", "appear", "appears", "included", "present", "listed", "carried"]
        .map { TextIndex.hash($0.utf8) })
    /// "Partly correct", "Code is probably correct, label missing": a category of an error analysis, not a result.
    static let rowHedges: Set<UInt64> = Set(["partly", "partially", "probably", "possibly", "arguably", "likely", "maybe", "half"]
        .map { TextIndex.hash($0.utf8) })

    /// "correctly" may stand before anything; "right" and "correct" close their phrase or open a
    /// preposition ("right in 61%"), else they qualify the noun after them.
    private func judgementEndsPhrase(_ judge: Int, _ tokens: [Token]) -> Bool {
        if tokens[judge].hash == Self.correctly { return true }
        guard judge + 1 < tokens.count, sameClause(judge, judge + 1, tokens) else { return true }
        let next = tokens[judge + 1]
        return next.isNumber || Self.correctShareFillers.contains(next.hash) || Self.prepositionsAfterJudgement.contains(next.hash)
    }

    static let prepositionsAfterJudgement: Set<UInt64> = Set(["at", "after", "when", "with", "by", "across", "of", "and", "or"]
        .map { TextIndex.hash($0.utf8) })

    /// The share of items before the judgement in its clause: a percentage, then "of" and a few words.
    private func shareOfItemsBefore(_ judge: Int, _ tokens: [Token]) -> Int? {
        var position = judge - 1
        while position >= 0, judge - position <= 10, sameClause(position, position + 1, tokens) {
            let token = tokens[position]
            if token.percent {
                // "Fewer than 50% of the notes were coded correctly": a bound, not a result.
                let bounded = position > 0 && sameClause(position - 1, position, tokens)
                    && Self.correctShareStoppers.contains(tokens[position - 1].hash)
                guard position + 1 < judge, tokens[position + 1].hash == Self.of, !bounded else { return nil }
                // "98% of high-risk nodules correctly flagged": what was found of a class is its recall (a
                // sensitivity), unless the items are everybody ("87% of cases were correctly identified").
                let around = tokens[(position + 2)...min(judge + 1, tokens.count - 1)]
                if around.contains(where: { Self.presenceVerbs.contains($0.hash) }) { return nil }
                let finding = around.contains { Self.shareParticiples.contains($0.hash) }
                let everybody = tokens[(position + 2)..<judge].contains { cues.sharePopulations.contains($0.hash) }
                return !finding || everybody ? position : nil
            }
            if token.isNumber || Self.correctShareStoppers.contains(token.hash) { return nil }
            position -= 1
        }
        return nil
    }

    /// The share after the judgement: "right in 61% of episodes", "correctly 74% of the time", or after
    /// one verb ("correctly classified 87% of the images").
    private func shareAfterJudgement(_ judge: Int, _ tokens: [Token]) -> Int? {
        var position = judge + 1
        var skipped = 0
        while position < tokens.count, skipped <= 2, sameClause(position - 1, position, tokens) {
            let token = tokens[position]
            if token.percent {
                return position + 1 < tokens.count && tokens[position + 1].hash == Self.of ? position : nil
            }
            let isVerb = tokens[judge].hash == Self.correctly && position == judge + 1 && !token.isNumber
                && !Self.shareParticiples.contains(token.hash)
            guard Self.correctShareFillers.contains(token.hash) || isVerb else { return nil }
            skipped += 1
            position += 1
        }
        return nil
    }

    /// "184 of 200 right (92%)", "184/200 correct (92%)": counts just before the judgement, the share in
    /// brackets just after it.
    private func bracketedShareAfterCounts(_ judge: Int, _ tokens: [Token]) -> Int? {
        guard judge >= 2, judge + 1 < tokens.count, tokens[judge - 1].isNumber, tokens[judge + 1].percent,
              tokens[judge + 1].line == tokens[judge].line,
              index.lower[Int(tokens[judge].end)..<Int(tokens[judge + 1].start)].contains(UInt8(ascii: "(")) else { return nil }
        let total = judge - 1
        let gap = index.lower[Int(tokens[total - 1].end)..<Int(tokens[total].start)]
        let counted = tokens[total - 1].isNumber && gap.contains(UInt8(ascii: "/"))
            || total >= 2 && tokens[total - 1].hash == Self.of && tokens[total - 2].isNumber
        return counted ? judge + 1 : nil
    }

    /// "A model that says everyone shows up is right 80% of the time": a sentence opening with an
    /// indefinite subject and a relative clause describes a hypothetical model.
    private func isHypotheticalOrBaseline(_ judge: Int, _ tokens: [Token]) -> Bool {
        var start = judge
        while start > 0, judge - start < 30, !endsSentence(start - 1, start, tokens) { start -= 1 }
        guard Self.hypotheticalOpeners.contains(tokens[start].hash) else { return false }
        return tokens[(start + 1)..<min(judge, start + 5)].contains { Self.relativeWords.contains($0.hash) }
    }

    /// A person noun in the six words of the clause before the share or the judgement, and no judging verb
    /// between it and the judgement.
    private func isPeoplesOwnAnswer(from first: Int, to last: Int, _ tokens: [Token]) -> Bool {
        var position = first - 1
        while position >= 0, first - position <= 6, sameClause(position, position + 1, tokens) {
            if Self.answeringPeople.contains(tokens[position].hash) {
                return !tokens[position...last].contains { Self.judgingVerbs.contains($0.hash) }
            }
            position -= 1
        }
        return false
    }

    /// Two neighbouring tokens of one clause: the same cell, at most one line apart, no clause mark between.
    private func sameClause(_ first: Int, _ second: Int, _ tokens: [Token]) -> Bool {
        guard tokens[first].cell == tokens[second].cell, tokens[second].line - tokens[first].line <= 1 else { return false }
        return !index.lower[Int(tokens[first].end)..<Int(tokens[second].start)].contains { Self.clauseMarks.contains($0) }
    }

    private func endsSentence(_ first: Int, _ second: Int, _ tokens: [Token]) -> Bool {
        guard tokens[second].line - tokens[first].line <= 1, tokens[first].cell == tokens[second].cell else { return true }
        return index.lower[Int(tokens[first].end)..<Int(tokens[second].start)].contains { Self.sentenceMarks.contains($0) }
    }

    static let clauseMarks: Set<UInt8> = Set(".;:!?()".utf8)
    static let sentenceMarks: Set<UInt8> = Set(".;!?".utf8)
}
