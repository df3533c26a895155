import Foundation

/// Decides which case-study part(s) a heading serves.
///
/// A heading is cut into pieces at "and", "&", "/", ",", ":" and brackets ("Results and Limitations"
/// serves two parts). English noun phrases end in their head noun, so in each piece a synonym counts
/// only when it ends the piece: "Model Evaluation" is evaluation, "Risk Threshold" is nothing. Words
/// after a preposition are dropped first ("The Data Behind the Models" is data), and so are generic
/// trailing words ("Results Summary" is results). Emoji never reach the matcher (the tokenizer drops
/// them), and `pieces` drops section numbering ("6. Limitations").
public struct SectionHeadingMatcher: Sendable {
    public enum Strength: Int, Sendable { case weak = 0, strong = 1 }

    public struct Assignment: Sendable, Equatable {
        public var part: String
        public var strength: Strength
    }

    let matcher: PhraseMatcher
    /// Synonyms with a gap, such as "how * works": the piece starts and ends with the given words.
    let framed: [(prefix: [UInt64], suffix: [UInt64], label: String)]
    let operational: PhraseMatcher
    /// Head nouns that make any heading operational ("Pipeline Usage", "Model Installation").
    let operationalHeads: Set<UInt64>
    /// Verbs that, opening a heading, make it a task to perform ("Reproduce our results", "Run locally").
    let operationalLeads: Set<UInt64>
    let generic: Set<UInt64>
    /// Words anywhere in a heading that point to a part; a phrase shared by parts carries all their names.
    let mentionMatcher: PhraseMatcher

    /// Built from the lists (`init(parts:...)` reads the generated tables instead when it has them).
    init(building parts: [SharedVocabulary.SectionPart], operational: [String], operationalHeads: [String],
         operationalLeads: [String], generic: [String]) {
        var table: [(label: String, phrases: [String])] = []
        var framed: [(prefix: [UInt64], suffix: [UInt64], label: String)] = []
        let listed = Set(parts.flatMap { $0.strong + $0.weak + $0.mentions })
        for part in parts {
            for (strength, phrases) in [("strong", part.strong), ("weak", part.weak)] {
                let label = "\(part.part)|\(strength)"
                table.append((label: label, phrases: Self.withPlurals(phrases.filter { !$0.utf8.contains(UInt8(ascii: "*")) },
                                                                                 listedElsewhere: listed)))
                for phrase in phrases where phrase.utf8.contains(UInt8(ascii: "*")) {
                    for variant in [phrase] + Self.questionForms(ofFrame: phrase) {
                        let sides = variant.split(separator: "*", maxSplits: 1).map { PhraseMatcher.tokenHashes(String($0)) }
                        framed.append((prefix: sides.first ?? [], suffix: sides.count > 1 ? sides[1] : [], label: label))
                    }
                }
            }
        }
        matcher = PhraseMatcher(building: table)
        // The longer frame first: "how well * work" is evaluation before "how * work" is approach.
        self.framed = framed.enumerated().sorted { ($0.element.prefix.count + $0.element.suffix.count, -$0.offset)
            > ($1.element.prefix.count + $1.element.suffix.count, -$1.offset) }.map(\.element)
        self.operational = PhraseMatcher(building: [(label: "operational", phrases: operational)])
        self.operationalHeads = Set(operationalHeads.map { TextIndex.hash($0.utf8) })
        self.operationalLeads = Set(operationalLeads.map { TextIndex.hash($0.utf8) })
        // "Methodology note", "Results notes": a generic word counts in the singular and the plural.
        let singulars = generic.filter { $0.count > 3 && $0.hasSuffix("s") && !$0.hasSuffix("ss") && !$0.hasSuffix("is") }.map { String($0.dropLast()) }
        self.generic = Set((Self.withPlurals(generic) + singulars).map { TextIndex.hash($0.utf8) })
        mentionMatcher = PhraseMatcher.buildSharedLabels(parts.map { part in
            (label: part.part, phrases: Self.withPlurals((part.strong + part.mentions).filter { !$0.utf8.contains(UInt8(ascii: "*")) },
                                             listedElsewhere: listed))
        })
    }

    /// The parts whose words appear anywhere in the heading.
    func mentions(inPieces pieces: [[Token]]) -> Set<String> {
        var found: Set<String> = []
        let labelParts = mentionMatcher.labelParts
        for piece in pieces {
            mentionMatcher.forEachMatch(in: piece, range: 0..<piece.count) { list, _, _ in
                for label in labelParts[list] { found.insert(label) }
            }
        }
        return found
    }

    /// Four words, compared one by one: hashing each token of every heading into a `Set` cost more.
    static let separators: [UInt64] = ["and", "or", "vs", "versus"].map { TextIndex.hash($0.utf8) }
    static let prepositions: Set<UInt64> = Set(["of", "for", "behind", "with", "on", "in", "from", "using", "via", "to",
                                                "by", "about", "across", "under", "per", "against", "at", "over", "after",
                                                "before", "through", "within", "beyond", "into", "without", "during",
                                                "between", "among", "around", "like", "including"].map { TextIndex.hash($0.utf8) })

    public func assignments(for heading: String) -> [Assignment] {
        assignments(forPieces: Self.pieces(heading))
    }

    func assignments(forPieces pieces: [[Token]]) -> [Assignment] {
        var result: [Assignment] = []
        for piece in pieces {
            guard let best = headMatch(in: piece) else { continue }
            // "part|strength", cut at its bar in the bytes (splitting by Characters cost more than the match).
            let label = best.label.utf8
            guard let bar = label.lastIndex(of: UInt8(ascii: "|")) else { preconditionFailure("a heading label is part|strength") }
            let strong = label[label.index(after: bar)...].elementsEqual("strong".utf8)
            let assignment = Assignment(part: String(best.label[..<bar]), strength: strong ? .strong : .weak)
            if !result.contains(where: { $0.part == assignment.part }) { result.append(assignment) }
        }
        return result
    }

    /// Whether the whole heading is one listed name of a part ("Introduction", "Problem Statement"):
    /// such a heading names a section even where it stands first, in the place of a title.
    func isListedName(pieces: [[Token]]) -> Bool {
        guard pieces.count == 1, let tokens = pieces.first else { return false }
        return wholeMatch(tokens) != nil
    }

    /// The listed name that spans every word of the piece, if one does.
    func wholeMatch(_ tokens: [Token]) -> PhraseMatcher.Match? {
        guard !tokens.isEmpty else { return nil }
        // Only a match from the first token can span them all, and matches come left to right.
        var whole: Int?
        matcher.forEachMatch(in: tokens, range: 0..<tokens.count) { list, first, last in
            if whole == nil, first == 0, last == tokens.count - 1 { whole = list }
        }
        return whole.map { matcher.match(list: $0, first: 0, last: tokens.count - 1) }
    }

    /// Whether the heading opens a section that is never a case-study part (setup, usage, layout).
    public func isOperational(_ heading: String) -> Bool {
        isOperational(pieces: Self.pieces(heading))
    }

    func isOperational(pieces: [[Token]]) -> Bool {
        guard var tokens = pieces.first else { return false }
        while tokens.count > 1, generic.contains(tokens[tokens.count - 1].hash) { tokens.removeLast() }
        if let head = tokens.last, operationalHeads.contains(head.hash) { return true }
        if let lead = tokens.first, operationalLeads.contains(lead.hash) { return true }
        var spansAll = false
        operational.forEachMatch(in: tokens, range: 0..<tokens.count) { _, first, last in
            if first == 0, last == tokens.count - 1 { spansAll = true }
        }
        return spansAll
    }

    /// The listed frame ("how * works") that opens the first `end` tokens and closes them.
    func frameMatch(_ tokens: [Token], end: Int) -> PhraseMatcher.Match? {
        var lead = 0
        while lead < end - 1, tokens[lead].isNumber { lead += 1 }
        let words = end - lead
        // Compared hash by hash in place: copying each frame and the heading's words into arrays
        // was most of the cost of a heading that no earlier test settles.
        for position in framed.indices {
            let (prefixCount, suffixCount) = (framed[position].prefix.count, framed[position].suffix.count)
            guard words >= prefixCount + suffixCount + 1 && words <= prefixCount + suffixCount + 3,
                  Self.hashes(of: tokens, from: lead, equal: framed[position].prefix),
                  Self.hashes(of: tokens, from: end - suffixCount, equal: framed[position].suffix) else { continue }
            return PhraseMatcher.Match(label: framed[position].label, firstToken: lead, lastToken: end - 1)
        }
        return nil
    }

    /// The synonym that ends the piece, after dropping what follows a preposition and generic tails.
    func headMatch(in tokens: [Token]) -> PhraseMatcher.Match? {
        // A listed heading that holds a preposition is whole before it is cut there: "Threats to validity".
        if let whole = wholeMatch(tokens) { return whole }
        // "Our threats to validity", "The path to deployment": a determiner before a listed heading.
        if tokens.count > 2, Self.openingDeterminers.contains(tokens[0].hash), var whole = wholeMatch(Array(tokens.dropFirst())) {
            whole.firstToken += 1
            whole.lastToken += 1
            return whole
        }
        if Self.asksWhatItCannot(tokens) {
            return PhraseMatcher.Match(label: Self.limitsLabel, firstToken: 0, lastToken: tokens.count - 1)
        }
        if Self.asksWhatRealUseNeeds(tokens) {
            return PhraseMatcher.Match(label: Self.planLabel, firstToken: 0, lastToken: tokens.count - 1)
        }
        // "Things that go wrong" read as "what go wrong"; if that names nothing, the heading's own words
        // are read on ("Things that bother me about this").
        if let asWhat = Self.thingsThatAsWhat(tokens), let match = headMatch(in: asWhat) { return match }
        var end = tokens.count
        if let preposition = tokens.firstIndex(where: { Self.prepositions.contains($0.hash) }), preposition > 0 {
            end = preposition
        }
        // "Problem we are solving": the noun before a relative clause, when it is a listed heading.
        if let clause = relativeClauseStart(tokens, before: end),
           let head = matcher.matches(in: tokens, range: 0..<clause).last(where: { $0.lastToken == clause - 1 }) {
            return head
        }
        // "Failure modes seen in development", "Results obtained": a participle after a listed heading
        // opens a reduced relative clause, as "that we saw" would.
        if let participle = tokens[1..<end].firstIndex(where: { Self.postParticiples.contains($0.hash) }),
           let head = matcher.matches(in: tokens, range: 0..<participle).last(where: { $0.lastToken == participle - 1 }) {
            return head
        }
        // A frame opens the heading's words: "3. How does it work?" is framed as "How does it work?". A frame
        // whose words hold a preposition spans the whole heading: "What I was trying to do".
        if end < tokens.count, let whole = frameMatch(tokens, end: tokens.count) { return whole }
        if let framedPart = frameMatch(tokens, end: end) { return framedPart }
        var candidates = [end]
        var trimmed = end
        while trimmed > 1, generic.contains(tokens[trimmed - 1].hash) {
            trimmed -= 1
            candidates.append(trimmed)
        }
        // Most trimmed first: "Results Summary" is results even though "summary" names a part too.
        for limit in candidates.reversed() {
            var ending: (list: Int, first: Int)?
            matcher.forEachMatch(in: tokens, range: 0..<limit) { list, first, last in
                if last == limit - 1 { ending = (list, first) }
            }
            if let ending { return matcher.match(list: ending.list, first: ending.first, last: limit - 1) }
        }
        return nil
    }

    /// Whether the tokens from `start` on begin with words of exactly these hashes.
    @inline(__always) static func hashes(of tokens: [Token], from start: Int, equal hashes: [UInt64]) -> Bool {
        for offset in hashes.indices where tokens[start + offset].hash != hashes[offset] { return false }
        return true
    }

    static let openingDeterminers: Set<UInt64> = Set(["the", "our", "my", "a", "an"].map { TextIndex.hash($0.utf8) })
    static let markers: Set<UInt64> = Set(["todo", "tbd", "wip", "fixme"].map { TextIndex.hash($0.utf8) })
}
