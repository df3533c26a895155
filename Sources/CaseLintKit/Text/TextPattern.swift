import Foundation

/// A rule's regular expression, run only where it can match. Running every pattern over every README
/// would dominate the linter's time (ICU regexes manage tens of MB/s), so each pattern is reduced to
/// the words it cannot match without; the regex then runs only on paragraphs holding all of them.
///
/// Most patterns never reach a README that holds their words, so a built-in pattern (tested to
/// compile) is compiled the first time one does; compiling them all took a quarter of start-up.
/// Its opening (`WordSequence`) is read the first time a sentence holds all the words, too.
public struct TextPattern: Sendable {
    public let source: String
    private let compiled: LazyPatternParts

    /// - compileNow: compile (and so validate) the regex now; false for patterns known to compile.
    ///   Either way the words and runs that filter texts are read when a README first needs them.
    public init(_ source: String, compileNow: Bool = true) throws {
        self.source = source
        compiled = LazyPatternParts(source)
        if compileNow { _ = try compiled.compile() }
    }

    /// The words and runs a text must hold for the regex to match there (see `PatternFilter`).
    var filter: PatternFilter { compiled.filter }
    /// The words the pattern cannot match without: each set's alternatives, as lowercase bytes.
    var required: [[[UInt8]]] { filter.required }

    var regex: NSRegularExpression { compiled.regex }

    /// The pattern's opening in order (see `WordSequence`), tried where the words and runs are all there.
    var sequence: WordSequence? { compiled.sequence }

    public struct Hit: Sendable {
        public var line: Int
        public var column: Int
        public var text: String
        public var paragraph: Int
        public var range: NSRange
    }

    /// Paragraphs that contain every required word, in document order.
    func candidates(_ words: WordPrefixIndex, _ index: TextIndex, _ paragraphs: ParagraphIndex) -> [Int] {
        candidates(filter, words, index, paragraphs)
    }

    private func candidates(_ filter: PatternFilter, _ words: WordPrefixIndex, _ index: TextIndex, _ paragraphs: ParagraphIndex) -> [Int] {
        let required = filter.required
        let lower = index.lower
        // Runs searched in the lowercased bytes: on non-ASCII text only those case folding cannot reach.
        let runs = index.hasNonASCII ? filter.unfoldedLiterals : filter.literals
        func hasLiterals(_ number: Int) -> Bool {
            let range = paragraphs.byteRanges[number]
            return runs.allSatisfy { RequiredLiterals.occurs($0, inLowercased: lower, range) }
        }
        guard !required.isEmpty else {
            // A run the whole document lacks rules every paragraph out in one search.
            for run in runs where !RequiredLiterals.occurs(run, inLowercased: lower, 0..<lower.count) { return [] }
            return paragraphs.byteRanges.indices.filter(hasLiterals)
        }
        // Most patterns need a word the document lacks: a look-up per word settles that before
        // any paragraph set is built.
        for alternatives in required where !words.contains(startingWith: alternatives) { return [] }
        // The paragraphs of the rarest word, kept when they hold the other words too: common words
        // ("with", "patients") are then looked for in a few paragraphs, not gathered document-wide.
        // (The rarest is picked, not the sets sorted: a sorted copy of the sets per call was a
        // measurable share of this filter.)
        var rarest = 0
        var fewest = Int.max
        for set in required.indices {
            let count = words.estimatedCount(startingWith: required[set])
            if count < fewest { (rarest, fewest) = (set, count) }
        }
        var result: [Int] = []
        // At most one paragraph per token of the rarest word: one allocation, not a doubling series.
        result.reserveCapacity(min(fewest, paragraphs.byteRanges.count))
        words.forEachToken(startingWith: required[rarest]) { position in
            if let paragraph = paragraphs.paragraph(atLine: Int(index.tokens[Int(position)].line)), result.last != paragraph {
                result.append(paragraph)
            }
        }
        // Each prefix's tokens come in order; several prefixes' lists are merged here.
        if required[rarest].count > 1 {
            result.sort()
            var unique = 0
            for paragraph in result where unique == 0 || result[unique - 1] != paragraph {
                result[unique] = paragraph
                unique += 1
            }
            result.removeLast(result.count - unique)
        }
        // Kept in place: `filter` made a second array per call.
        var kept = 0
        for position in result.indices {
            let number = result[position]
            let lines = paragraphs.lineSpans[number]
            let tokens = index.tokenRange(line: lines.lowerBound).lowerBound..<index.tokenRange(line: lines.upperBound).upperBound
            guard required.indices.allSatisfy({ $0 == rarest || words.hasToken(in: tokens, startingWith: required[$0]) }),
                  hasLiterals(number) else { continue }
            result[kept] = number
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }

    /// Whether `range` of a paragraph's text holds every required word and literal run, and the
    /// pattern's opening in order, without which the regex cannot match there. `folds`: the range has a character that case folding
    /// turns into ASCII letters, where required words are trusted as prefixes only.
    func mayMatch(_ text: ParagraphText, in range: Range<Int>, folds: Bool) -> Bool {
        holdsWords(filter, text, in: range, folds: folds, sentence: nil)
            && sequence?.mayMatch(text.bytes, in: range, folds: folds) != false
    }

    /// `mayMatch` without the opening: the required words and literal runs. `sentence`: the number of
    /// the sentence `range` is, whose `sentenceKeyBits` rule sets out first (nil for another range).
    private func holdsWords(_ filter: PatternFilter, _ text: ParagraphText, in range: Range<Int>, folds: Bool, sentence: Int?) -> Bool {
        // Sets with no key in the sentence are ruled out first, without looking at its words.
        if let sentence {
            let bits = text.sentenceKeyBits, wanted = filter.requiredSentenceBits, at = sentence * 4
            for set in filter.required.indices {
                let from = set * 4
                guard wanted[from] & bits[at] | wanted[from + 1] & bits[at + 1] | wanted[from + 2] & bits[at + 2]
                        | wanted[from + 3] & bits[at + 3] != 0 else { return false }
            }
        }
        return filter.required.indices.allSatisfy {
            text.containsWordStart(filter.required[$0], keys: filter.requiredKeys[$0], keyBits: filter.requiredKeyBits[$0],
                                   endsWord: folds ? nil : filter.requiredEndsWord[$0], in: range)
        }
            && filter.literals.allSatisfy { RequiredLiterals.mayOccur($0, in: text.bytes, range) }
    }

    /// The regex's matches in one sentence of a paragraph, as UTF-16 ranges from the sentence's start.
    /// An ASCII sentence is matched on its bytes by the `ByteRegex` when the pattern reads as one
    /// (UTF-16 offsets are byte offsets there); other text, other patterns and a search that runs
    /// out of steps go to NSRegularExpression, which reads the sentence as a string of its own.
    func matches(in text: ParagraphText, sentence number: Int, firstOnly: Bool = false) -> [NSRange] {
        let range = text.sentences[number]
        if let found = byteMatches(in: text, range, firstOnly: firstOnly) { return found }
        return icuMatches(in: text.sentence(number), firstOnly: firstOnly)
    }

    /// The regex's matches in a whole paragraph, as UTF-16 ranges into `text.string`.
    func matches(inParagraph text: ParagraphText) -> [NSRange] {
        if let found = byteMatches(in: text, 0..<text.bytes.count, firstOnly: false) { return found }
        return icuMatches(in: text.string as String, firstOnly: false)
    }

    private func byteMatches(in text: ParagraphText, _ range: Range<Int>, firstOnly: Bool) -> [NSRange]? {
        guard text.isASCII || !text.bytes[range].contains(where: { $0 >= 0x80 }),
              let found = compiled.byteRegex?.matches(in: text.bytes, range, firstOnly: firstOnly) else { return nil }
        return found.map { NSRange(location: $0.lowerBound, length: $0.count) }
    }

    private func icuMatches(in string: String, firstOnly: Bool) -> [NSRange] {
        let whole = NSRange(location: 0, length: string.utf16.count)
        return firstOnly ? regex.firstMatch(in: string, range: whole).map { [$0.range] } ?? []
                         : regex.matches(in: string, range: whole).map(\.range)
    }

    /// Matches within the readable text of the document, each located at its first line and column.
    /// The regex sees one paragraph at a time (its lines joined by spaces), so wording that wraps
    /// across source lines still matches; it runs only on sentences holding every required word.
    /// With `firstOnly`, stops at the first paragraph with a match; with `before`, looks only at
    /// paragraphs numbered below it.
    public func hits(in index: TextIndex, words: WordPrefixIndex, paragraphs: ParagraphIndex, firstOnly: Bool = false,
                     before limit: Int? = nil) -> [Hit] {
        var hits: [Hit] = []
        // Taken once here: every sentence below is tried against them (the opening when the first
        // sentence holds the words; each read takes the parts' lock and copies the opening).
        let filter = self.filter
        // Read at the first sentence that holds the words, then tried in place: bound per sentence
        // (`if let`), the opening and its arrays were copied, retained and released every time.
        var opening: WordSequence?
        var openingRead = false
        for number in candidates(filter, words, index, paragraphs) {
            if let limit, number >= limit { break }
            let text = paragraphs.text(number)
            for (sentenceNumber, sentence) in text.sentences.enumerated() {
                let folds = text.folds(sentence: sentenceNumber)
                guard holdsWords(filter, text, in: sentence, folds: folds, sentence: sentenceNumber) else { continue }
                if !openingRead {
                    opening = self.sequence
                    openingRead = true
                }
                if opening?.mayMatch(text.bytes, in: sentence, folds: folds) == false { continue }
                let found = matches(in: text, sentence: sentenceNumber, firstOnly: firstOnly)
                guard !found.isEmpty else { continue }
                let base = text.utf16Offset(ofByte: sentence.lowerBound)
                let paragraph = paragraphs.paragraphs[number]
                for match in found {
                    let range = NSRange(location: match.location + base, length: match.length)
                    // ASCII text is located and cut from its bytes, without Foundation strings.
                    let (line, column) = text.isASCII ? paragraph.locateASCII(offset: range.location)
                                                      : paragraph.locate(utf16Offset: range.location, in: text.string)
                    let matched = text.isASCII ? String(decoding: text.bytes[range.location..<(range.location + range.length)], as: UTF8.self)
                                               : text.string.substring(with: range)
                    hits.append(Hit(line: line, column: column, text: matched, paragraph: number, range: range))
                }
                if firstOnly, !hits.isEmpty { return hits }
            }
        }
        return hits
    }
}
