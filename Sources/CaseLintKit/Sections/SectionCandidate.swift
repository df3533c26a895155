import Foundation

/// One heading that could serve a case-study part, with what the section model needs to decide.
public struct SectionCandidate: Sendable {
    public var section: Section
    public var heading: Heading { section.heading }
    /// The parts (raw values, the vocabulary's order) and, in one buffer, a row of one value per
    /// `SectionFeature` for each: a dictionary of arrays made an allocation per part per heading,
    /// a tenth of the section model's time.
    let partNames: [String]
    let featureRows: [Double]
    /// Parts the heading's head noun names (strongly), for combined headings ("Results and Limitations").
    public var named: Set<String>
    /// Parts whose words appear anywhere in the heading.
    public var mentioned: Set<String>

    /// Every heading of the README that opens a section and may name a part: not the title, not an
    /// operational heading (Installation, Usage), not a bold line that reads like a sentence.
    static func all(index: TextIndex, vocabulary: SharedVocabulary, metricLines: [Int]) -> [SectionCandidate] {
        let document = index.document
        let sections = index.sections
        guard !sections.isEmpty else { return [] }
        let matcher = vocabulary.headingMatcher
        let parts = vocabulary.sectionParts.map(\.part)
        let cues = SectionCues(index: index, matcher: vocabulary.sectionCueMatcher, labels: parts + [SectionCues.usage])
        var metricPrefix = [Int32](repeating: 0, count: document.lineCount + 2)
        for line in metricLines where line >= 1 && line <= document.lineCount { metricPrefix[line + 1] += 1 }
        for line in stride(from: 1, through: document.lineCount + 1, by: 1) { metricPrefix[line] += metricPrefix[line - 1] }
        func metrics(_ lines: Range<Int>) -> Int { lines.isEmpty ? 0 : Int(metricPrefix[lines.upperBound] - metricPrefix[lines.lowerBound]) }

        // The first heading of a README is almost always its title, not one of its parts, unless it is
        // word for word a part's name: a README that opens with "# Introduction" has no title heading.
        let first = sections[0].heading
        let titleLine = first.level == 1 && sections.count > 1 && !matcher.isListedName(pieces: index.headingPieces[0])
            ? first.line : nil
        // Position runs from the first heading to the end: badges, banners or a note above the
        // title move no heading down the README (a baseline must survive lines added at the top).
        let startLine = sections[0].heading.line
        let span = Double(max(document.lineCount - startLine + 1, 1))

        // Part sets as bits by the part's position (`mask`), worked out once per heading: a candidate
        // under several headings ORs its ancestors' bits instead of merging their sets.
        struct Open {
            var level: Int; var operational: Bool; var named: Set<String>; var mentioned: Set<String>
            var namedBits: UInt64; var mentionedBits: UInt64
        }
        var open: [Open] = []
        var earlierNamed: Set<String> = []
        var result: [SectionCandidate] = []
        // A heading's assignments and mentions are worked out once, here, and kept for the candidates.
        // A struct, not a tuple: a tuple of this many references was copied through the runtime's
        // generic tuple witnesses (about 390 instructions a copy, some 45 copies per README).
        struct Pending {
            var section: Section; var pieces: [[Token]]; var ownEnd: Int; var ancestors: [Open]; var earlier: Set<String>
            var assignments: [SectionHeadingMatcher.Assignment]; var named: Set<String>; var mentioned: Set<String>
            var namedBits: UInt64; var mentionedBits: UInt64
        }
        var pending: [Pending] = []
        func mask(_ names: Set<String>) -> UInt64 {
            var bits: UInt64 = 0
            for name in names {
                for (slot, part) in parts.enumerated() where slot < 64 && part == name { bits |= 1 << UInt64(slot) }
            }
            return bits
        }
        for (position, section) in sections.enumerated() {
            let heading = section.heading
            open.removeAll { $0.level >= heading.level }
            let pieces = index.headingPieces[position]
            let operational = matcher.isOperational(pieces: pieces)
            let assignments = matcher.assignments(forPieces: pieces)
            let named = Set(assignments.filter { $0.strength == .strong }.map(\.part))
            let ownEnd = position + 1 < sections.count ? sections[position + 1].heading.line : document.lineCount + 1
            // The title names the project, not a part: "Heart failure readmission" puts no heading under "failure".
            // (A candidate is never the title, so its mentions kept here are the heading's own.)
            let isTitle = heading.line == titleLine
            let mentioned = operational || isTitle ? [] : matcher.mentions(inPieces: pieces)
            let openNamed: Set<String> = operational || isTitle ? [] : named
            let (namedBits, mentionedBits) = (mask(openNamed), mask(mentioned))
            if !operational, heading.line != titleLine, SectionOutline.canNameAPart(heading) {
                // Not operational and not the title: `openNamed` is `named`, so its bits are the heading's.
                pending.append(Pending(section: section, pieces: pieces, ownEnd: ownEnd, ancestors: open, earlier: earlierNamed,
                                       assignments: assignments, named: named, mentioned: mentioned, namedBits: namedBits,
                                       mentionedBits: mentionedBits))
            }
            if heading.line != titleLine, !operational, !open.contains(where: \.operational) { earlierNamed.formUnion(named) }
            open.append(Open(level: heading.level, operational: operational, named: openNamed, mentioned: mentioned,
                             namedBits: namedBits, mentionedBits: mentionedBits))
        }
        // Cue counts and set membership by a part's position: no part name is hashed per feature.
        let cueSlots = parts.map { cues.labels.firstIndex(of: $0) }
        let usageSlot = cues.labels.firstIndex(of: SectionCues.usage)
        let levels = pending.map { min($0.section.heading.level, 7) }
        let topLevel = levels.filter { $0 < 7 }.min() ?? 7

        for (number, item) in pending.enumerated() {
            let heading = item.section.heading
            let isFirst = number == 0
            let strong = item.named
            let mentioned = item.mentioned
            // Only parts past the 64 that bits hold are looked up in sets (`holds`); with fewer parts
            // the sets below stay empty and each is a mask alone.
            let manyParts = parts.count > 64
            var weakBits: UInt64 = 0
            for assignment in item.assignments where assignment.strength == .weak {
                for (slot, part) in parts.enumerated() where slot < 64 && part == assignment.part { weakBits |= 1 << UInt64(slot) }
            }
            let weak = manyParts ? Set(item.assignments.filter { $0.strength == .weak }.map(\.part)) : []
            // A listed name that is the heading's head ("Things to keep in mind", "What worries me") is
            // what the heading is about, even where a preposition or verb cut the word-by-word head.
            let headWords = matcher.headWords(inPieces: item.pieces)
            let heads = manyParts ? headWords.union(strong) : []
            let ownLines = (heading.lastLine + 1)..<item.ownEnd
            let sectionEnd = (item.section.bodyLines?.upperBound ?? heading.lastLine) + 1
            let subLines = item.ownEnd..<max(item.ownEnd, sectionEnd)
            let ownWords = cues.words(lines: ownLines)
            let underOperational = item.ancestors.contains { $0.operational }
            let ancestorNames = manyParts ? item.ancestors.reduce(into: Set<String>()) { $0.formUnion($1.named) } : []
            let ancestorWords = manyParts ? item.ancestors.reduce(into: ancestorNames) { $0.formUnion($1.mentioned) } : []
            let hasAncestorNames = item.ancestors.contains { !$0.named.isEmpty }
            let ancestorNameBits = item.ancestors.reduce(UInt64(0)) { $0 | $1.namedBits }
            let ancestorWordBits = item.ancestors.reduce(ancestorNameBits) { $0 | $1.mentionedBits }
            let level = heading.level < 7 ? heading.level : (item.ancestors.last.map { $0.level + 1 } ?? topLevel)
            let depth = Double(min(max(level - topLevel, 0), 3))
            let question = Self.isQuestion(heading.text, pieces: item.pieces)
            let (strongBits, mentionedBits, earlierBits) = (item.namedBits, item.mentionedBits, mask(item.earlier))
            let headBits = mask(headWords) | strongBits
            // What does not depend on the part is worked out once per heading, not once per part.
            let metricCount = Self.logCount(metrics(ownLines)), subsectionMetricCount = Self.logCount(metrics(subLines))
            let usage = Self.logCount(cues.count(slot: usageSlot, lines: ownLines))
            let subsectionUsage = Self.logCount(cues.count(slot: usageSlot, lines: subLines) + cues.commands(lines: subLines))
            let codeShare = cues.codeShare(lines: ownLines), commands = Self.logCount(cues.commands(lines: ownLines))
            let words = Self.logCount(ownWords)
            var rows = [Double](repeating: 0, count: parts.count * SectionFeature.count)
            for (slot, part) in parts.enumerated() {
                let base = slot * SectionFeature.count
                func set(_ feature: SectionFeature, _ value: Double) { rows[base + feature.index] = value }
                func flag(_ condition: Bool) -> Double { condition ? 1 : 0 }
                // Membership of this part in a set, by its bit (a part beyond 64 asks the set).
                func holds(_ bits: UInt64, _ names: Set<String>) -> Bool { slot < 64 ? bits & 1 << UInt64(slot) != 0 : names.contains(part) }
                set(.bias, 1)
                let isStrong = holds(strongBits, strong)
                set(.name, flag(isStrong))
                set(.weakName, flag(holds(weakBits, weak) && !isStrong))
                set(.mention, flag(holds(mentionedBits, mentioned)))
                set(.headWord, flag(holds(headBits, heads)))
                // "Limitations, Improvement Backlog": naming risks does not count against next steps it mentions.
                set(.otherName, flag(!strong.isEmpty && !isStrong && !holds(mentionedBits, mentioned)))
                set(.question, flag(question))
                let ownCues = cues.count(slot: cueSlots[slot], lines: ownLines)
                set(.cues, Self.logCount(ownCues))
                set(.cueShare, ownWords > 0 ? min(1, Double(ownCues) / Double(ownWords)) : 0)
                set(.subsectionCues, Self.logCount(cues.count(slot: cueSlots[slot], lines: subLines)))
                set(.metrics, metricCount)
                set(.subsectionMetrics, subsectionMetricCount)
                set(.usage, usage)
                set(.subsectionUsage, subsectionUsage)
                set(.code, codeShare)
                set(.commands, commands)
                set(.words, words)
                set(.container, flag(ownWords < 3 && !subLines.isEmpty))
                set(.depth, depth)
                set(.bold, flag(heading.kind == .bold))
                set(.position, Double(heading.line - startLine + 1) / span)
                set(.first, flag(isFirst))
                set(.underOperational, flag(underOperational))
                set(.underSame, flag(holds(ancestorWordBits, ancestorWords)))
                set(.underOther, flag(hasAncestorNames && !holds(ancestorNameBits, ancestorNames)))
                set(.earlierName, flag(holds(earlierBits, item.earlier) && !holds(ancestorNameBits, ancestorNames)))
            }
            result.append(SectionCandidate(section: item.section, partNames: parts, featureRows: rows, named: strong, mentioned: mentioned))
        }
        return result
    }

    /// log(1 + count), the form counts take as features. Counts are small: the first 256 come from a
    /// table filled by `log1p` itself, so the values are the same, without a `log1p` call per feature.
    @inline(__always) static func logCount(_ count: Int) -> Double {
        count >= 0 && count < logCounts.count ? logCounts[count] : log1p(Double(count))
    }

    private static let logCounts: [Double] = (0..<256).map { log1p(Double($0)) }

    /// Per part, one value per `SectionFeature` (for `caselint outline`; the model reads the rows).
    public var features: [String: [Double]] {
        Dictionary(partNames.indices.map { (partNames[$0], Array(features(slot: $0))) }, uniquingKeysWith: { $1 })
    }

    /// The row of a part: the last one of a name listed twice, as the dictionary keeps it.
    func slot(of part: String) -> Int? { partNames.lastIndex(of: part) }

    func features(slot: Int) -> ArraySlice<Double> {
        featureRows[(slot * SectionFeature.count)..<((slot + 1) * SectionFeature.count)]
    }

    func features(for part: String) -> [Double]? { slot(of: part).map { Array(features(slot: $0)) } }

    static let questionWords: Set<UInt64> = Set(["what", "why", "how", "where", "when", "who", "which", "whats", "is", "are",
                                                 "can", "does", "do", "will", "should"].map { TextIndex.hash($0.utf8) })

    /// "What problem are we solving?", "How we measured it", "Why this matters".
    static func isQuestion(_ text: String, pieces: [[Token]]) -> Bool {
        if text.hasSuffix("?") { return true }
        guard let first = pieces.first?.first else { return false }
        return questionWords.contains(first.hash)
    }
}
