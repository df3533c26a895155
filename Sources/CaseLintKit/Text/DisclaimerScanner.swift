import Foundation

/// Finds the first sentence of a README that says the project is not for clinical use. A sentence
/// is judged on its words alone (emphasis, links and other inline markup are not words), by classes
/// of cues (`DisclaimerCues`) rather than fixed wording:
/// - a negated clinical use, suitability or status: "not intended for clinical use", "Nothing here has
///   been checked for use with patients", "This isn't a diagnostic product", "not a medical device";
/// - a restriction to other purposes: "for teaching, research and portfolio purposes only",
///   "This project is for educational and research purposes" (but not "available for research
///   purposes under MIT", and not a licence's own terms);
/// - a clinician it must not replace: "not a substitute for a physician" (advice to consult a doctor,
///   "please consult your doctor" in an app's FAQ, is no disclaimer: readers do not take it as one);
/// - a use still to be earned: "requires validation before any clinical use";
/// - under a Disclaimer heading, a sentence that names a purpose ("A student project for learning").
struct DisclaimerScanner {
    let index: TextIndex
    let paragraphs: ParagraphIndex
    let cues: DisclaimerCues

    struct Hit {
        var line: Int
        var paragraph: Int
    }

    func firstHit() -> Hit? {
        let document = index.document
        let announced = announcedLines()
        let licence = document.lines(underHeadingsWith: cues.licenceHeadings)
        // One array for every paragraph's sentences: a new one per paragraph grew two or three times.
        var sentences: [Range<Int>] = []
        for number in paragraphs.lineSpans.indices {
            let lines = paragraphs.lineSpans[number]
            // A table's rows are results and settings ("| only tdcsfog for training | 0.398 |"): no labelled
            // README of corpus-dev or the invented sets has its disclaimer in one.
            if document.kinds[lines.lowerBound - 1] == .table {
                if let line = announcedRow(lines) { return Hit(line: line, paragraph: number) }
                continue
            }
            let range = index.tokenRange(line: lines.lowerBound).lowerBound..<index.tokenRange(line: lines.upperBound).upperBound
            // A paragraph that names no clinical use, purpose or clinician has no sentence that does
            // (`isDisclaimer` turns such a sentence away first): it is not cut into sentences.
            guard names(range) else { continue }
            self.sentences(in: range, into: &sentences)
            // "**Scope and intended use.** This is a research and educational project.": a short first
            // sentence ending in a heading's cue announces the rest of its paragraph, as a heading would.
            let leadIn = sentences.first.map(isLeadInLabel) ?? false
            for (order, sentence) in sentences.enumerated() {
                let line = Int(index.tokens[sentence.lowerBound].line)
                let inLicence = licence[line - 1]
                if isDisclaimer(sentence, announced: (announced[line - 1] || leadIn && order > 0) && !inLicence, inLicence: inLicence),
                   !isPromptInstruction(sentence) {
                    return Hit(line: line, paragraph: number)
                }
            }
        }
        return nil
    }

    /// Lines under a heading that announces a disclaimer: one of its pieces ends in a cue ("Disclaimer",
    /// "Important notice", "⚠️ Intended use"), so that "Sepsis early warning" announces nothing.
    func announcedLines() -> [Bool] {
        var marked = [Bool](repeating: false, count: index.document.lineCount)
        for (section, pieces) in zip(index.sections, index.headingPieces) where section.heading.level > 1 {
            guard pieces.contains(where: { piece in
                cues.headings.contains { cue in cue.count <= piece.count && zip(piece.suffix(cue.count), cue).allSatisfy { $0.hash == $1 } }
            }) else { continue }
            let last = section.bodyLines?.upperBound ?? section.heading.lastLine
            for line in section.heading.line...last { marked[line - 1] = true }
        }
        return marked
    }

    func isDisclaimer(_ sentence: Range<Int>, announced: Bool, inLicence: Bool) -> Bool {
        // Every kind of disclaimer names a clinical use, a purpose or a clinician: most sentences name
        // none, and are passed over before their words' classes are kept in an array. (Reading
        // "non-clinical" as a purpose below turns a clinical word into a purpose: this test holds either way.)
        guard names(sentence) else { return false }
        var words = index.tokens[sentence].map { cues.classes(of: $0.hash) }
        // "for non-clinical use only": the prefix makes the clinical word a purpose of its own.
        // Any other "non-" word ("non-commercial") is read through in a list of purposes, and is none itself.
        for position in words.indices.dropLast() where index.tokens[sentence.lowerBound + position].hash == Self.non {
            words[position].insert(.listFiller)
            if words[position + 1].contains(.clinical) {
                words[position + 1] = [.purpose]
            } else {
                words[position + 1].insert(.listFiller)
            }
        }
        // "should never be run on a patient's MRI", "not something to run on real patients": a verb of use other
        // than "use" itself is one only after "be" or "to" ("they will not run on real data" tells what the
        // scripts can do).
        for position in words.indices where words[position].contains(.useVerb)
            && !Self.plainUseVerbs.contains(index.tokens[sentence.lowerBound + position].hash)
            && (position == 0 || !Self.beforeOtherUseVerbs.contains(index.tokens[sentence.lowerBound + position - 1].hash)) {
            words[position].subtract([.useVerb, .use])
        }
        // "with \"not tested\" allowed": a negation quoted as a label or an option is mentioned, not said.
        let sentenceStart = Int(index.tokens[sentence.lowerBound].start)
        func quoted(_ position: Int) -> Bool {
            position >= 0 && position < words.count && isInShortQuote(index.tokens[sentence.lowerBound + position], sentenceStart: sentenceStart)
        }
        // A restriction quoted as another product's label is mentioned too: 'labelled "for reference only"'.
        for position in words.indices where !words[position].isDisjoint(with: [.negator, .nounNegator, .marker]) && quoted(position) {
            words[position].subtract([.negator, .nounNegator, .marker])
        }
        // "my question was not \"can AI replace the radiologist\"": a replacement inside a quoted phrase is
        // mentioned too (a word in scare quotes, "not a \"replacement\" for your doctor", is still said).
        for position in words.indices where words[position].contains(.replacement) && quoted(position)
            && (quoted(position - 1) || quoted(position + 1)) {
            words[position].remove(.replacement)
        }
        // "No model here should be used to make insulin decisions": "no" with a modal two or three words on
        // denies the whole use, as "nothing should" does, not only the noun after it.
        for position in words.indices where words[position].contains(.nounNegator)
            && words[min(words.count, position + 2)..<min(words.count, position + 4)].contains(where: { $0.contains(.modal) }) {
            words[position].remove(.nounNegator)
            words[position].insert(.negator)
        }
        // "whether a patient has diabetes or not based on diagnostic measurements": "or not" closes a
        // question's alternative and denies nothing after it.
        for position in words.indices.dropFirst() where words[position].contains(.negator)
            && index.tokens[sentence.lowerBound + position - 1].hash == Self.or {
            words[position].remove(.negator)
        }
        // A comma or a dash closes a clause: "not to replace them, by flagging high-risk patients" denies
        // no clinical use, and "shared for research with no identifiers — only arrival times" restricts nothing.
        func gapBefore(_ position: Int) -> ArraySlice<UInt8> {
            index.lower[Int(index.tokens[sentence.lowerBound + position - 1].end)..<Int(index.tokens[sentence.lowerBound + position].start)]
        }
        var aside = -1
        var bracketEnd = -1
        for position in words.indices.dropFirst() {
            // Inside a short aside read through (below), commas start no clause.
            if position < bracketEnd { continue }
            let gap = gapBefore(position)
            // A clause never ends in a preposition: "not approved for, and must not be used in, real patient
            // documentation" is one clause around its inserted words.
            if words[position - 1].contains(.preposition), gap.contains(UInt8(ascii: ",")), !Self.hasDash(gap) { continue }
            // "do not use this code, or anything like it, to decide insulin doses": an aside of a few words
            // opened by "or" or "and" between commas, denying nothing itself, leaves the clause whole.
            if position == aside { continue }
            if gap.contains(UInt8(ascii: ",")), words[position].contains(.joiner),
               let close = ((position + 1)..<min(words.count, position + 5)).first(where: { gapBefore($0).contains(UInt8(ascii: ",")) }),
               !words[position..<close].contains(where: { !$0.isDisjoint(with: [.negator, .nounNegator]) }) {
                aside = close
                continue
            }
            // A short aside in brackets that denies nothing is read through: "Please don't use this (or any
            // chatbot) to make decisions"; its words are no cues ("(only defined when ...)" restricts nothing).
            if gap.contains(UInt8(ascii: "(")), !gap.contains(UInt8(ascii: ",")),
               let close = ((position + 1)..<min(words.count, position + 6)).first(where: { gapBefore($0).contains(UInt8(ascii: ")")) }),
               !words[position..<close].contains(where: { !$0.isDisjoint(with: [.negator, .nounNegator]) }) {
                for inside in position..<close { words[inside] = [] }
                bracketEnd = close
                continue
            }
            // A longer bracket starts an aside of its own.
            if gap.contains(UInt8(ascii: ",")) || gap.contains(UInt8(ascii: "(")) || Self.hasDash(gap) || Self.isSpacedHyphen(gap) {
                words[position].insert(.clauseStart)
            }
        }
        // "to support, not replace, clinical judgment": the support is the use, the denied replacement only
        // its limit, so that "not" denies nothing clinical.
        // "The forecast supports, and does not replace, the judgement of the nurse in charge": "and" and
        // "does" may stand between them.
        for position in words.indices.dropLast(2) where words[position].contains(.support) && words[position + 1].contains(.clauseStart) {
            var negator = position + 1
            while negator < position + 4, negator + 1 < words.count, !words[negator].contains(.negator),
                  !words[negator].isDisjoint(with: [.joiner, .doer]) || Self.auxiliaries.contains(index.tokens[sentence.lowerBound + negator].hash) {
                negator += 1
            }
            if negator + 1 < words.count, words[negator].contains(.negator), words[negator + 1].contains(.replacement) {
                words[negator].remove(.negator)
            }
        }
        // A word joined to another by an underscore is part of an identifier ("prior_noshow_rate"), not
        // prose; underscores that only wrap a word are emphasis ("__Not__ for use in patient care").
        let bytes = index.lower
        func joins(_ underscore: Int, to neighbour: Int) -> Bool {
            underscore >= 0 && neighbour >= 0 && neighbour < bytes.count && bytes[underscore] == UInt8(ascii: "_")
                && TextIndex.isWordByte(bytes[neighbour])
        }
        for position in words.indices {
            let token = index.tokens[sentence.lowerBound + position]
            let end = Int(token.end), start = Int(token.start)
            if end < bytes.count && joins(end, to: end + 1) || joins(start - 1, to: start - 2) { words[position] = [] }
            // An inline HTML tag's name is markup, not a word: "<code>results/</code>" names no code.
            if start > 0, bytes[start - 1] == UInt8(ascii: "<") || start > 1 && bytes[start - 1] == UInt8(ascii: "/") && bytes[start - 2] == UInt8(ascii: "<") {
                words[position] = []
            }
        }
        // A heading, or a label opening the sentence ("Intended use: teaching."), announces a disclaimer.
        let announces = { announced || !inLicence && self.opensWithLabel(sentence) }
        return negatedUse(words, sentence: sentence) || deniedRealUse(words, sentence: sentence) || deniedDecisions(words, sentence: sentence)
            || deniedAdvice(words, sentence: sentence)
            || restriction(words, inLicence: inLicence, sentence: sentence) || professional(words, sentence: sentence) || useToEarn(words, sentence: sentence)
            || purposeContrast(words, sentence: sentence) || purposeIdentity(words) || deniesBeingClinician(words, sentence: sentence)
            || deniesBeingDevice(words)
            || words.indices.contains { namesPurpose(words, at: $0) } && announces() || deniedByPhrase(words, sentence: sentence, ends: denialEnds(sentence))
    }

    /// A purpose word used as one, not as a modifier of a plain noun: "for learning about", "a learning project",
    /// "teaching and research", but not "reference panels" or "training data" under a Responsible use heading.
    func namesPurpose(_ words: [DisclaimerCues.Class], at position: Int) -> Bool {
        guard words[position].contains(.purpose) else { return false }
        // "for learning about sepsis models": after "for", whatever follows.
        if position > 0, words[position - 1].contains(.purposeFrame), words[position - 1].contains(.preposition) { return true }
        let next = position + 1
        guard next < words.count, !words[next].contains(.clauseStart) else { return true }
        return !words[next].isEmpty && !words[next].contains(.dataSubject)
    }

    /// Whether a word of the token range has a class every disclaimer names (`DisclaimerCues.Class.naming`).
    func names(_ range: Range<Int>) -> Bool {
        index.tokens.withUnsafeBufferPointer { tokens in
            for position in range where cues.names(tokens[position].hash) { return true }
            return false
        }
    }

    static let non = TextIndex.hash("non".utf8)
    static let plainUseVerbs: Set<UInt64> = Set(["use", "used", "using", "uses"].map { TextIndex.hash($0.utf8) })
    static let beforeOtherUseVerbs: Set<UInt64> = Set(["be", "been", "being", "to"].map { TextIndex.hash($0.utf8) })
    static let about = TextIndex.hash("about".utf8)
    static let or = TextIndex.hash("or".utf8)

    /// A negator, then within ten words a clinical word that a use word makes a use, product or judgement.
    /// "not the sole basis for treatment decisions" keeps a clinical use (with oversight): not a disclaimer.
    func negatedUse(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for (position, word) in words.enumerated() where word.contains(.negator) || word.contains(.nounNegator) {
            if position + 1 < words.count, words[position + 1].contains(.emphasis) { continue }
            let nounOnly = word.contains(.nounNegator)
            if usesSomething(words, negator: position) { continue }
            // A norm right after the negator carries the use further: "not suitable to be put into a
            // patient's record or used for care".
            let reach = position + 1 < words.count && words[position + 1].contains(.norm) ? 14 : 10
            let last = min(words.count - 1, position + reach)
            guard position + 1 <= last else { continue }
            for target in (position + 1)...last where words[target].contains(.clinical) {
                // "They say nothing about any individual patient and are not used for triage or any clinical
                // decision": an aggregate tool describing the level it works at denies no use of its own in
                // that clause, unless a rule of use stands in the sentence.
                if describesLevel(words, around: target) { continue }
                if words[position..<target].contains(where: { $0.contains(.partial) }) { break }
                // "don't show up, which costs the public health system money": the negation stays in its clause.
                if words[(position + 1)...target].contains(where: { $0.contains(.clauseStart) && $0.contains(.clauseOpener) }) { break }
                // "Something is not ready yet: a package of home care": a colon closes the denial, unless it opens
                // the list of what is denied ("not suitable for: diagnosis or triage").
                if colonCloses(words, from: position, to: target, sentence: sentence) { break }
                if words[target].contains(.population), !isReachedByUse(words, negator: position, population: target) { continue }
                if words[target - 1].contains(.elsewhere), !extendsList(words, elsewhere: target - 1, sentence: sentence) { continue }
                // "no patient uses": a population right after "no" is the clause's subject, not a denied use.
                if nounOnly, target == position + 1, words[target].contains(.population) { continue }
                // "might not care about the drugs we have": a clinical word with "about" after it is a verb's.
                if target + 1 < words.count, index.tokens[sentence.lowerBound + target + 1].hash == Self.about { continue }
                // "Discharged alive, not against medical advice": a discharge against advice is a cohort's
                // criterion, not advice the project denies giving.
                if target > 0, index.tokens[sentence.lowerBound + target - 1].hash == Self.against { continue }
                if isConditional(words, negator: position, clinical: target) { continue }
                if isPartial(words, after: target) { continue }
                if nounOnly {
                    // "no medical advice", "without clinical validation": the denied noun is the use itself.
                    if target + 1 < words.count, words[target + 1].contains(.use), target <= position + 2 { return true }
                    continue
                }
                if hasUse(words, from: position + 1, clinical: target) { return true }
                // "The scores are not diagnoses", "does not provide a diagnosis", "Not for diagnosis": the
                // clinical word is itself the use ("for" is the one preposition both lists hold).
                // "Not for dosing real patients", "not for triage": a clinical act right after "not for".
                if target == position + 2, words[position + 1].contains(.preposition), words[position + 1].contains(.purposeFrame),
                   !words[target].contains(.population) {
                    return true
                }
                // "Built for learning, not for the clinic": a place of care closing the clause after "not for the".
                if target == position + 3, words[position + 1].contains(.preposition), words[position + 1].contains(.purposeFrame),
                   words[position + 2].contains(.article), Self.placesOfCare.contains(index.tokens[sentence.lowerBound + target].hash),
                   target + 1 == words.count || words[target + 1].contains(.clauseStart) {
                    return true
                }
                if words[target].contains(.use), target <= position + 3,
                   words[(position + 1)..<target].allSatisfy({
                       $0.contains(.article) || $0.contains(.delivery) || $0.contains(.preposition) && $0.contains(.purposeFrame)
                   }) {
                    return true
                }
            }
        }
        return false
    }

    static let any = TextIndex.hash("any".utf8)
    static let prior = TextIndex.hash("prior".utf8)
    static let placesOfCare: Set<UInt64> = Set(["clinic", "clinics", "bedside", "hospital", "hospitals", "ward", "wards"]
        .map { TextIndex.hash($0.utf8) })
    static let subjectPronouns: Set<UInt64> = Set(["they", "it", "we", "you", "he", "she", "i"].map { TextIndex.hash($0.utf8) })
    static let against = TextIndex.hash("against".utf8)
    static let auxiliaries: Set<UInt64> = Set(["do", "does", "will", "should"].map { TextIndex.hash($0.utf8) })

    /// "doesn't use machine learning for triage", "did not use any data from my hospital": the verb
    /// "use" after "does" or "did" and a negator, with an object of its own, tells what the project is
    /// made of or was built from; "Do not use it for triage" and "is not used for triage" deny the use.
    private func usesSomething(_ words: [DisclaimerCues.Class], negator: Int) -> Bool {
        let verb = negator + 1
        guard verb + 1 < words.count, words[verb].contains(.useVerb), !words[verb + 1].contains(.preposition) else { return false }
        return words[negator].contains(.doer) || negator > 0 && words[negator - 1].contains(.doer)
    }

    /// A population right after "individual" ("an individual patient") in the clause of `target`, with no
    /// modal or norm anywhere in the sentence: a description of the level the tool works at. A comma ends
    /// the clause ("it knows nothing about any individual patient, and nothing it outputs is treatment advice").
    /// "patient-level" names the level too.
    func describesLevel(_ words: [DisclaimerCues.Class], around target: Int) -> Bool {
        var start = target
        while start > 0, !words[start].contains(.clauseStart) { start -= 1 }
        var end = target + 1
        while end < words.count, !words[end].contains(.clauseStart) { end += 1 }
        guard end - start >= 2 else { return false }
        return ((start + 1)..<end).contains {
            words[$0].contains(.population) && (words[$0 - 1].contains(.level) || $0 + 1 < words.count && words[$0 + 1].contains(.levelAfter))
        }
            && !words.contains { !$0.isDisjoint(with: [.modal, .norm]) }
    }

    /// "not for treatment planning or any other clinical decision": "or any other" adds to the denied
    /// uses; it is not the other hospitals an evaluation did not reach.
    private func extendsList(_ words: [DisclaimerCues.Class], elsewhere: Int, sentence: Range<Int>) -> Bool {
        elsewhere >= 2 && index.tokens[sentence.lowerBound + elsewhere - 1].hash == Self.any
            && !words[elsewhere - 2].isDisjoint(with: [.joiner, .negator])
    }

    /// "Not a diagnosis in themselves", "not for diagnosis alone": the use is denied only on its own,
    /// within the next three words of its clause.
    private func isPartial(_ words: [DisclaimerCues.Class], after target: Int) -> Bool {
        var position = target + 1
        while position < words.count, position <= target + 3, !words[position].contains(.clauseStart) {
            if words[position].contains(.partialAfter) { return true }
            position += 1
        }
        return false
    }

    /// A use denied only without a condition is a use under oversight, not a denial: "must not be used
    /// to justify closing beds without clinical input", "must not be used for clinical decisions without
    /// review by a clinician". The condition stands between the negator and the clinical word, or a few
    /// words after it in the same clause. A denied status keeps its condition: "Not approved for clinical
    /// diagnosis without expert validation" still says it is not approved.
    func isConditional(_ words: [DisclaimerCues.Class], negator: Int, clinical target: Int) -> Bool {
        guard words[(negator + 1)..<target].contains(where: { $0.contains(.useVerb) }) else { return false }
        if words[(negator + 1)..<target].contains(where: { $0.contains(.condition) }) { return true }
        var position = target + 1
        while position < words.count, position <= target + 6, !words[position].contains(.clauseStart), !words[position].contains(.negator) {
            if words[position].contains(.condition) { return true }
            position += 1
        }
        return false
    }

    /// Patients or a hospital as whom or where the denied use would reach: closing the clause ("not
    /// tested on real patients"), or named after "used to", "used for" ("must not be used to document
    /// real patient encounters"); never before a condition ("to patients without that review" is oversight).
    private func isReachedByUse(_ words: [DisclaimerCues.Class], negator: Int, population: Int) -> Bool {
        if population + 1 < words.count, words[population + 1].contains(.condition) { return false }
        // "it cannot replace asking real patients": what a replacement stands in for is no use that reaches them
        // (a professional it does not replace is `professional`'s).
        if words[(negator + 1)..<population].contains(where: { $0.contains(.replacement) }) { return false }
        // "images from our hospital": a source of data, a few words back with no use or preposition between.
        var back = population - 1
        while back > negator, population - back <= 3, words[back].isDisjoint(with: [.preposition, .use, .negator]) {
            if words[back].contains(.source) { return false }
            back -= 1
        }
        return closesClause(words, at: population) || usedWithPreposition(words, from: negator + 1, before: population)
    }

    /// The word ends its sentence or clause, a list goes on after it ("patients or providers"), or a
    /// use follows it ("hospital use", "patient care").
    private func closesClause(_ words: [DisclaimerCues.Class], at position: Int) -> Bool {
        position + 1 == words.count || !words[position + 1].isDisjoint(with: [.clauseStart, .joiner, .use])
    }

    /// The verb "use" followed by a preposition, both before `end`: "not be used to document ...".
    private func usedWithPreposition(_ words: [DisclaimerCues.Class], from start: Int, before end: Int) -> Bool {
        guard let verb = words[start..<end].firstIndex(where: { $0.contains(.useVerb) }) else { return false }
        return words[(verb + 1)..<end].contains { $0.contains(.preposition) }
    }

    /// A use word between the negator and the clinical word, or right after it. The verb "use" on
    /// its own needs a preposition before the clinical word: "not be used for diagnosis", but not
    /// "does not use patient data".
    private func hasUse(_ words: [DisclaimerCues.Class], from start: Int, clinical target: Int) -> Bool {
        let after = min(words.count - 1, target + 2)
        var verbAt: Int?
        for position in start...after where position != target && words[position].contains(.use) {
            // "in clinical practice" is a use; "aren't clinical practice" is a comparison.
            if words[position].contains(.place), position > target,
               !words[max(start, target - 2)..<target].contains(where: { $0.contains(.preposition) }) { continue }
            // A use before the clinical word counts only within its clause, or across a list of single
            // words ("must never be used to prioritise, discharge, redirect or triage a patient").
            if position < target, words[(position + 1)...target].contains(where: { $0.contains(.clauseStart) }),
               !isWordList(words, from: position + 1, to: target) { continue }
            // "will not come to his medical appointment, using the famous dataset": a participle after a
            // comma opens a clause of its own.
            if position > target, words[position].contains(.useVerb), words[(target + 1)...position].contains(where: { $0.contains(.clauseStart) }) {
                continue
            }
            if position > target || !words[position].contains(.useVerb) { return true }
            verbAt = position
        }
        guard let verbAt, verbAt + 1 < target else { return false }
        return words[(verbAt + 1)..<target].contains { $0.contains(.preposition) }
    }

    /// Whether the words from `start` to `target` are a list of single words closed by "or" or "and"
    /// before `target`: each comma opens a one-word item ("prioritise, discharge, redirect or triage").
    private func isWordList(_ words: [DisclaimerCues.Class], from start: Int, to target: Int) -> Bool {
        guard target - 2 > start, words[target - 1].contains(.joiner), !words[target - 1].contains(.clauseStart) else { return false }
        // The first item follows `start`; every later one is a single word after a comma.
        return ((start + 2)..<(target - 1)).allSatisfy { words[$0].contains(.clauseStart) }
    }

    /// "not a substitute for a physician", "does not replace clinical judgement".
    func professional(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for (position, word) in words.enumerated() where word.contains(.replacement) {
            // "could replace radiologists" is a claim; only a denied replacement is a disclaimer.
            if !words[max(0, position - 4)..<position].contains(where: { $0.contains(.negator) || $0.contains(.nounNegator) })
                && !endsDeniedUseList(words, replacement: position, sentence: sentence) {
                continue
            }
            let end = min(words.count - 1, position + 7)
            guard position + 1 <= end else { continue }
            for target in (position + 1)...end {
                if words[target].contains(.professional) { return true }
                if words[target].contains(.clinical), target + 1 < words.count, words[target + 1].contains(.use) { return true }
            }
        }
        return false
    }

    /// "validated before any clinical use", "before use with patients".
    func useToEarn(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for (position, word) in words.enumerated() where word.contains(.before) {
            // "warns you about lows before they happen with clinical-grade accuracy": a clause of its own
            // opened by a pronoun tells when, not a use to be earned.
            if position + 1 < words.count, Self.subjectPronouns.contains(index.tokens[sentence.lowerBound + position + 1].hash) { continue }
            // "prior" says "before" only as "prior to": "Excluded: prior kidney replacement therapy" is a history.
            if index.tokens[sentence.lowerBound + position].hash == Self.prior,
               !(position + 1 < words.count && index.tokens[sentence.lowerBound + position + 1].hash == Self.toWord) { continue }
            let end = min(words.count - 1, position + 4)
            guard position + 1 <= end else { continue }
            for target in (position + 1)...end where words[target].contains(.clinical) {
                if hasUse(words, from: position + 1, clinical: target) { return true }
            }
        }
        return false
    }
}
