import Foundation

/// Which heading serves each case-study part in one README, and whether its section is written.
/// Every heading is scored for every part by the section model (its words, its text, its place in
/// the outline); `SectionAssignment` then picks the best reading of the whole document.
public struct SectionOutline: Sendable {
    public struct Entry: Sendable {
        public var heading: Heading
        public var status: SectionStatus
        /// Words of readable text in the section, subsections included.
        public var words: Int
        /// The section holds a table, code, HTML or an image, which words do not measure.
        public var hasBlock: Bool
        /// The model's score (log-odds against "no heading serves this part").
        public var score: Double
        /// The two features that spoke most for the choice, in words: worded when asked, as only
        /// `caselint outline` shows them (wording them for every README was 2.6% of linting).
        public var reasons: [String] { why.reasons }
        let why: Why
    }

    /// What the reasons are made from: the model's features for the chosen heading, or fixed words.
    enum Why: Sendable {
        case model(SectionModel, features: [Double], part: String, heading: String)
        case words([String])

        var reasons: [String] {
            switch self {
            case let .model(model, features, part, heading):
                return model.strongestReasons(features, part: part).map { $0.0.reason(part: part, value: $0.1, heading: heading) }
            case let .words(words):
                return words
            }
        }
    }

    public enum SectionStatus: String, Sendable {
        case written, empty, placeholder
    }

    public private(set) var parts: [String: Entry] = [:]
    /// Every heading that could serve a part, in document order, with its features.
    public let candidates: [SectionCandidate]

    public init(index: TextIndex, vocabulary: SharedVocabulary, metricLines: [Int]) {
        candidates = SectionCandidate.all(index: index, vocabulary: vocabulary, metricLines: metricLines)
        let model = vocabulary.sectionModel
        let registered = Set(vocabulary.sectionParts.map(\.part))
        let order = CaseStudyPart.allCases.map(\.rawValue).filter { registered.contains($0) }
        let chosen = SectionAssignment.choose(candidates, model: model, parts: order)
        for (part, choice) in chosen {
            let candidate = candidates[choice]
            let features = candidate.features(for: part) ?? []
            let (status, words, hasBlock) = Self.status(of: candidate.section, index: index)
            parts[part] = Entry(heading: candidate.heading, status: status, words: words, hasBlock: hasBlock,
                                score: model.score(features, part: part),
                                why: .model(model, features: features, part: part, heading: candidate.heading.text))
        }
        // A heading that names a part but holds nothing yet ("## Data" over a [[TODO]]) was meant to
        // serve it: the model has no text to judge, so the author's intent decides, and the rule
        // reports the section as empty rather than missing.
        let used = Set(chosen.values)
        for part in order where parts[part] == nil {
            for (number, candidate) in candidates.enumerated() where !used.contains(number) && candidate.named.contains(part) {
                guard let features = candidate.features(for: part), features[SectionFeature.underOperational.index] == 0 else { continue }
                let (status, words, hasBlock) = Self.status(of: candidate.section, index: index)
                guard status != .written else { continue }
                parts[part] = Entry(heading: candidate.heading, status: status, words: words, hasBlock: hasBlock,
                                    score: model.score(features, part: part),
                                    why: .words(["the heading names \(part.replacingOccurrences(of: "_", with: " ")), over no text yet"]))
                break
            }
        }
    }

    /// A bold line is a heading only when it reads like one: short, not a sentence.
    /// A line of a file tree (`├── data/`) is no section heading, even where Markdown makes it one.
    static func canNameAPart(_ heading: Heading) -> Bool {
        if heading.text.unicodeScalars.contains(where: { (0x2500...0x257F).contains($0.value) }) { return false }
        guard heading.kind == .bold else { return true }
        return !heading.text.hasSuffix(".") && heading.text.split(separator: " ").count <= 8
    }

    static let placeholderWords = [
        "todo", "tbd", "tba", "tbc", "wip", "fixme", "lorem", "ipsum", "placeholder", "coming", "soon", "more",
        "information", "needed", "add", "here", "to", "be", "added", "fill", "in", "this", "section", "later",
    ]
    static let placeholderMarkers = ["todo", "tbd", "tba", "tbc", "wip", "fixme", "lorem", "placeholder", "coming", "needed"]
    /// Both lists in one table, one look-up per word: 1 for a placeholder word, 2 for a marker.
    static let placeholderKinds: TokenHashTable = {
        var table = TokenHashTable(capacity: placeholderWords.count + placeholderMarkers.count)
        for word in Set(placeholderWords + placeholderMarkers) {
            let kind = (placeholderWords.contains(word) ? 1 : 0) | (placeholderMarkers.contains(word) ? 2 : 0)
            table.insert(TextIndex.hash(word.utf8), value: kind)
        }
        return table
    }()

    /// A section is written when its body (subsections included) holds real words, a table, code or an
    /// image; it is a placeholder when all its words are placeholder wording. How many words are
    /// enough is the section rule's business (`min_words`), so the count comes back too.
    static func status(of section: Section, index: TextIndex) -> (SectionStatus, words: Int, hasBlock: Bool) {
        guard let body = section.bodyLines else { return (.empty, 0, false) }
        let document = index.document
        var words = 0
        var placeholderCount = 0
        var markers = 0
        var hasBlock = false
        var hasTable = false
        // The body opens with a marker in prose, not in a list ("TODO: add the results table", "TBD - plots
        // go in figs/"): the author's note that the text is still to come, when little else follows.
        var opensWithMarker: Bool?
        // Read once here, not once per word: a static is a lazy global behind a `swift_once` check.
        let placeholderKinds = Self.placeholderKinds
        for line in body {
            switch document.kinds[line - 1] {
            case .code, .html:
                hasBlock = true
            case .prose, .table:
                if document.kinds[line - 1] == .table { hasTable = true }
                // Words inside a `caselint new` marker ([[TODO: describe the cohort]]) are placeholder wording too.
                let inMarkers = PlaceholderMarker.byteRanges(in: index.lower, document.lineRanges[line - 1])
                for token in index.tokens[index.tokenRange(line: line)] {
                    words += 1
                    if inMarkers.contains(where: { $0.contains(Int(token.start)) }) {
                        placeholderCount += 1
                        markers += 1
                        continue
                    }
                    let kind = placeholderKinds.value(for: token.hash) ?? 0
                    if opensWithMarker == nil {
                        // "- TODO" in a to-do list of next steps is one item among others, not the section's note.
                        opensWithMarker = kind & 2 != 0 && LineText(index.lower, document.lineRanges[line - 1]).listMarker == nil
                    }
                    if kind & 1 != 0 { placeholderCount += 1 }
                    if kind & 2 != 0 { markers += 1 }
                }
            default:
                continue
            }
        }
        if hasBlock || hasImage(body, document) { return (.written, words, true) }
        if words == 0 { return (.empty, 0, false) }
        if markers > 0, placeholderCount == words { return (.placeholder, words, hasTable) }
        if opensWithMarker == true, words <= Self.markedNoteWords, !hasTable { return (.placeholder, words, false) }
        return (.written, words, hasTable)
    }

    /// How long a note that opens with a marker may run and still be a placeholder: "TODO: results table
    /// (accuracy, balanced accuracy) + confusion matrix" is one, a paragraph of findings after "WIP:" is not.
    static let markedNoteWords = 20

    /// `![` on a prose line, looked for in the bytes (a String search per line went through Foundation).
    private static func hasImage(_ lines: ClosedRange<Int>, _ document: MarkdownDocument) -> Bool {
        lines.contains { line in
            guard document.kinds[line - 1] == .prose else { return false }
            let range = document.lineRanges[line - 1]
            return document.bytes.withUnsafeBufferPointer { bytes in
                // memchr jumps from one `!` to the next (few in prose) instead of testing every byte.
                guard let base = bytes.baseAddress else { return false }
                let last = range.upperBound - 1   // a `!` here has no `[` after it
                var position = range.lowerBound
                while position < last, let found = memchr(base + position, Int32(UInt8(ascii: "!")), last - position) {
                    let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if bytes[offset + 1] == UInt8(ascii: "[") { return true }
                    position = offset + 1
                }
                return false
            }
        }
    }
}
