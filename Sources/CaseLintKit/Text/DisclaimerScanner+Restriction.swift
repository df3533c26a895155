import Foundation

/// A restriction to purposes other than clinical use: "for teaching, research and portfolio purposes
/// only", "This project is for educational purposes", "Research code only.", "The predictions are
/// illustrative only". Not a licence's or a dataset's terms ("available for research purposes under
/// MIT", "only available for research use under a data use agreement"), and not what a verb's own
/// object is limited to ("used the server only for the demo", "we only use your readings for research").
extension DisclaimerScanner {
    /// "for research use only", "only for teaching", "This project is for educational purposes".
    func restriction(_ words: [DisclaimerCues.Class], inLicence: Bool, sentence: Range<Int>) -> Bool {
        // "Code is available for academic and research use only", "Trained weights are available for
        // non-commercial research purposes only": what is available, and to whom, is an access term. Every
        // labelled README of the invented sets with such a sentence (seven) marks it no disclaimer.
        if index.tokens[sentence].contains(where: { $0.hash == Self.available }) { return false }
        // Under a License heading, what is released or provided for research only is a licence's term
        // ("The adapters are released under CC BY-NC 4.0, for research purposes only").
        if inLicence, words.contains(where: { $0.contains(.availability) }) { return false }
        // "Weights are available for research purposes only, under the Llama 3 Community License": a
        // licence's term wherever it is written, not a statement about clinical use.
        if words.contains(where: { $0.contains(.licence) }), words.contains(where: { $0.contains(.availability) }) { return false }
        // "The dataset is available under a data use agreement for research purposes only": the data's
        // terms, not the project's (code or a model released with it still counts).
        let dataFirst = words.prefix(3).contains(where: { $0.contains(.dataSubject) })
        // "they may be used for research purposes only, under the OAI data use agreement": a data use
        // agreement makes the restriction the data's whatever the verb.
        let dataTerms = words.contains(where: { $0.contains(.dataTerms) })
        // Code or a model named in the same clause still counts ("so we can't put it in this repo" is another clause).
        let firstClause = words.prefix { !$0.contains(.clauseStart) }
        if dataFirst || dataTerms, dataTerms || words.contains(where: { $0.contains(.availability) }),
           !firstClause.contains(where: { $0.contains(.purposeObject) }) {
            return false
        }
        // "The data is from the Analytics Vidhya platform and was used for educational purposes only": what
        // the data was used for, its history, not the project's use.
        if dataFirst, words.indices.dropFirst().contains(where: { words[$0].contains(.useVerb) && words[$0 - 1].contains(.pastTense) }) {
            return false
        }
        // "Research only.", "Research and education only.": the sentence is nothing but purposes and a marker.
        if let last = words.last, last.contains(.marker), words.count >= 2,
           words.dropLast().allSatisfy({ ($0.contains(.purpose) && !$0.contains(.modelStage)) || $0.contains(.joiner) }),
           words.first?.contains(.purpose) == true {
            return true
        }
        for (position, word) in words.enumerated() where word.contains(.purpose) {
            // "gaps were interpolated for training only": training is the model's stage unless a purpose noun
            // makes it a purpose ("for training purposes only").
            if word.contains(.modelStage), !(position + 1 < words.count && words[position + 1].contains(.purposeNoun)
                                              && !words[position + 1].contains(.marker)) { continue }
            // "© 2024 ClaimSight Health Inc. Demo code only." under a License heading is the licence's term.
            if purposeOfSubject(words, at: position) || !inLicence && purposeObjectOnly(words, at: position) { return true }
            let low = max(0, position - 5)
            let high = min(words.count - 1, position + 5)
            // A marker after the purpose restricts it only within its clause ("research purposes only", not
            // "for research, only arrival times").
            // "telling the model to only use information present in the transcript": a purpose right after a
            // use verb is that verb's object, and a marker before them limits the verb, not the project.
            // "to use only information from the transcript": a marker between the verb and its object too.
            let isObject = position > 0 && words[position - 1].contains(.useVerb)
                || position > 1 && words[position - 1].contains(.marker) && words[position - 2].contains(.useVerb)
            for marker in low...high where words[marker].contains(.marker) && !(isObject && marker < position)
                && !(marker > position && words[(position + 1)...marker].contains { $0.contains(.clauseStart) } && !isList(words, position, marker))
                && !restrictsAnObject(words, marker: marker) {
                // The frame may stand before a whole list: "for non-commercial, non-clinical research only".
                let first = listStart(words, at: min(marker, position))
                let span = max(0, first - 1)...min(words.count - 1, max(marker, position) + 1)
                if span.contains(where: { words[$0].contains(.purposeFrame) }) { return true }
            }
        }
        guard !inLicence, !words.contains(where: { $0.contains(.availability) }) else { return false }
        if purposeAsRole(words, sentence: sentence) { return true }
        // "is for", "intended for", "designed for" + a purpose + purposes/use.
        for (position, word) in words.enumerated() where position > 0 && word.contains(.purposeFrame)
            && words[position - 1].contains(.purposeVerb) {
            let end = min(words.count - 1, position + 6)
            guard position + 1 <= end else { continue }
            let window = words[(position + 1)...end]
            guard let purpose = window.firstIndex(where: { $0.contains(.purpose) }) else { continue }
            // "for research purposes", or the purpose ends the sentence ("This repository is for learning.").
            // (A purpose on the window's last word, mid-sentence, has no purpose noun in the window.)
            if purpose + 1 == words.count || purpose < end && words[(purpose + 1)...end].contains(where: { $0.contains(.purposeNoun) }) {
                return true
            }
        }
        return false
    }

    static let available = TextIndex.hash("available".utf8)
    static let asWord = TextIndex.hash("as".utf8)

    /// "Intended purely as a learning exercise", "It was built as a teaching tool only": a purpose verb,
    /// "as", a purpose and what it names, with a marker before "as" or closing the clause. What it names
    /// must follow ("meant as a reference only" may name a value), and the marker must be there ("built
    /// as a research prototype" says what it is, not what it is limited to).
    private func purposeAsRole(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for position in words.indices.dropFirst() where index.tokens[sentence.lowerBound + position].hash == Self.asWord {
            var verb = position - 1
            let markerBefore = words[verb].contains(.marker)
            if markerBefore { verb -= 1 }
            guard verb >= 0, words[verb].contains(.purposeVerb) else { continue }
            var purpose = position + 1
            if purpose < words.count, words[purpose].contains(.article) { purpose += 1 }
            guard purpose < words.count, words[purpose].contains(.purpose), !words[purpose].contains(.modelStage) else { continue }
            var next = purpose + 1
            while next < words.count, !words[next].isDisjoint(with: [.purpose, .joiner]), !words[next].contains(.clauseStart) { next += 1 }
            let named = next
            while next < words.count, words[next].contains(.purposeObject), !words[next].contains(.clauseStart) { next += 1 }
            guard next > named else { continue }
            if markerBefore { return true }
            if next < words.count, words[next].contains(.marker), next + 1 == words.count || words[next + 1].contains(.clauseStart) {
                return true
            }
        }
        return false
    }

    /// "we parsed the bundles directly and used the server only for the demo": the verb "use" in the
    /// active, an object of its own, then the marker: what is restricted is that object, not the
    /// project ("is used only for research" and "released the code only for research" still restrict it).
    private func restrictsAnObject(_ words: [DisclaimerCues.Class], marker: Int) -> Bool {
        // "We only use your readings for research if you opt in": the marker before the verb, the data
        // after it; what the team does with a user's data, not what the project is for.
        if marker + 1 < words.count, words[marker + 1].contains(.useVerb), !words[marker + 1].contains(.purposeVerb),
           words[(marker + 2)..<min(words.count, marker + 4)].contains(where: { $0.contains(.dataSubject) }) {
            return true
        }
        var verb = marker - 1
        while verb > 0, marker - verb <= 4, !words[verb].contains(.useVerb) {
            if !words[verb].isDisjoint(with: [.purposeObject, .clauseStart]) { return false }
            verb -= 1
        }
        guard verb >= 0, marker - verb >= 2, words[verb].contains(.useVerb), !words[verb].contains(.purposeVerb) else { return false }
        // Not the passive: "is used", "be used", "was used".
        return verb == 0 || !words[verb - 1].contains(.purposeVerb)
    }

    /// Whether only purposes, joiners and purpose nouns stand between two words: "research, teaching and
    /// portfolio purposes only" is one list, whatever its commas.
    private func isList(_ words: [DisclaimerCues.Class], _ first: Int, _ last: Int) -> Bool {
        words[(first + 1)..<last].allSatisfy { !$0.isDisjoint(with: [.purpose, .joiner, .listFiller, .purposeNoun]) }
    }

    /// The first word of the list of purposes that reaches `position` from the left.
    private func listStart(_ words: [DisclaimerCues.Class], at position: Int) -> Int {
        var first = position
        while first > 0, !words[first - 1].isDisjoint(with: [.purpose, .joiner, .listFiller]) { first -= 1 }
        return first
    }

    /// "Research code only.", "This is a teaching prototype only.": a purpose, what it names, and a marker
    /// that ends the sentence ("The research code only runs on Linux" goes on past its marker).
    private func purposeObjectOnly(_ words: [DisclaimerCues.Class], at position: Int) -> Bool {
        // The sentence opens with it, or with "This is a": one other word, then verbs and articles
        // ("We share the research code only" says what is shared, not what the project is for).
        guard position <= 3, !words[position].contains(.modelStage), words[..<position].enumerated().allSatisfy({ index, word in
            index == 0 || !word.isDisjoint(with: [.purposeVerb, .article])
        }) else { return false }
        var next = position + 1
        while next < words.count, words[next].contains(.purposeObject) { next += 1 }
        return next > position + 1 && next == words.count - 1 && words[next].contains(.marker)
    }

    /// "The predictions are illustrative only", "This dashboard is purely educational": a purpose said of
    /// the subject, closed by its marker; "are only reference values" names a kind of value, not a purpose.
    private func purposeOfSubject(_ words: [DisclaimerCues.Class], at position: Int) -> Bool {
        guard position > 0 else { return false }
        if words[position - 1].contains(.purposeVerb) {
            return position + 1 < words.count && words[position + 1].contains(.marker)
        }
        return position > 1 && words[position - 1].contains(.marker) && words[position - 2].contains(.purposeVerb)
            && position + 1 == words.count
    }
}
