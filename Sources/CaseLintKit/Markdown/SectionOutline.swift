import Foundation

/// Which heading serves each case-study part in one README, and whether its section is written.
public struct SectionOutline: Sendable {
    public struct Entry: Sendable {
        public var heading: Heading
        public var strength: SectionHeadingMatcher.Strength
        public var status: SectionStatus
    }

    public enum SectionStatus: String, Sendable {
        case written, empty, placeholder
    }

    public private(set) var parts: [String: Entry] = [:]

    public init(index: TextIndex, matcher: SectionHeadingMatcher) {
        let document = index.document
        let sections = document.sections()
        // The first heading of a README is almost always its title, not one of its parts.
        let titleLine = sections.first.flatMap { $0.heading.level == 1 && sections.count > 1 ? $0.heading.line : nil }
        var weakCandidates: [String: Entry] = [:]
        // A strong candidate nested in a section that already serves another part ("Our Solution"
        // under "The Problem") is a fallback only.
        var nestedCandidates: [String: Entry] = [:]
        var openOperational: [Int] = []
        var openParts: [(level: Int, parts: [String])] = []
        for section in sections {
            let heading = section.heading
            openOperational.removeAll { $0 >= heading.level }
            openParts.removeAll { $0.level >= heading.level }
            let pieces = SectionHeadingMatcher.pieces(heading.text)
            if matcher.isOperational(pieces: pieces) {
                openOperational.append(heading.level)
                continue
            }
            guard openOperational.isEmpty, heading.line != titleLine, Self.canNameAPart(heading) else { continue }
            let assignments = matcher.assignments(forPieces: pieces)
            for assignment in assignments {
                let status = Self.status(of: section, index: index)
                let entry = Entry(heading: heading, strength: assignment.strength, status: status)
                let insideOtherPart = openParts.contains { !$0.parts.isEmpty && !$0.parts.contains(assignment.part) }
                if assignment.strength == .strong {
                    if insideOtherPart {
                        if nestedCandidates[assignment.part] == nil { nestedCandidates[assignment.part] = entry }
                    } else if parts[assignment.part] == nil {
                        parts[assignment.part] = entry
                    }
                } else if weakCandidates[assignment.part] == nil, let body = section.bodyLines,
                          matcher.bodyHasCue(part: assignment.part, index: index, lines: body) {
                    weakCandidates[assignment.part] = entry
                }
            }
            openParts.append((heading.level, assignments.filter { $0.strength == .strong }.map(\.part)))
        }
        for (part, entry) in nestedCandidates where parts[part] == nil { parts[part] = entry }
        for (part, entry) in weakCandidates where parts[part] == nil { parts[part] = entry }
    }

    /// A bold line is a heading only when it reads like one: short, not a sentence.
    static func canNameAPart(_ heading: Heading) -> Bool {
        guard heading.kind == .bold else { return true }
        return !heading.text.hasSuffix(".") && heading.text.split(separator: " ").count <= 8
    }

    static let placeholderWords: Set<UInt64> = Set([
        "todo", "tbd", "tba", "tbc", "wip", "fixme", "lorem", "ipsum", "placeholder", "coming", "soon", "more",
        "information", "needed", "add", "here", "to", "be", "added", "fill", "in", "this", "section", "later",
    ].map { TextIndex.hash($0.utf8) })
    static let placeholderMarkers: Set<UInt64> = Set(["todo", "tbd", "tba", "tbc", "wip", "fixme", "lorem", "placeholder", "coming", "needed"].map { TextIndex.hash($0.utf8) })

    /// A section is written when its body (subsections included) holds a few real words, a table,
    /// code or an image; it is a placeholder when all its words are placeholder wording.
    static func status(of section: Section, index: TextIndex, minimumWords: Int = 4) -> SectionStatus {
        guard let body = section.bodyLines else { return .empty }
        let document = index.document
        var words = 0
        var placeholderCount = 0
        var markers = 0
        for line in body {
            switch document.kinds[line - 1] {
            case .code, .html:
                return .written
            case .prose, .table:
                // Words inside a `caselint new` marker ([[TODO: describe the cohort]]) are placeholder wording too.
                let inMarkers = PlaceholderMarker.byteRanges(in: index.lower, document.lineRanges[line - 1])
                for token in index.tokens[index.tokenRange(line: line)] {
                    words += 1
                    if inMarkers.contains(where: { $0.contains(Int(token.start)) }) {
                        placeholderCount += 1
                        markers += 1
                        continue
                    }
                    if isPlaceholderWord(token) { placeholderCount += 1 }
                    if placeholderMarkers.contains(token.hash) { markers += 1 }
                }
            default:
                continue
            }
        }
        if words == 0 { return .empty }
        if markers > 0, placeholderCount == words { return .placeholder }
        return words >= minimumWords || hasImage(body, document) ? .written : .empty
    }

    private static func isPlaceholderWord(_ token: Token) -> Bool { placeholderWords.contains(token.hash) }

    private static func hasImage(_ lines: ClosedRange<Int>, _ document: MarkdownDocument) -> Bool {
        lines.contains { document.kinds[$0 - 1] == .prose && document.line($0).contains("![") }
    }
}
