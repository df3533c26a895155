import Foundation

/// A rule's regular expression, run only where it can match. Running every pattern over every README
/// would dominate the linter's time, so each pattern is reduced to words it cannot match without
/// (its anchors); the regex then runs only on the lines around the anchor's occurrences.
public struct TextPattern: Sendable {
    public let source: String
    let regex: NSRegularExpression
    let anchors: [[UInt8]]?

    public init(_ source: String) throws {
        self.source = source
        regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
        anchors = Self.anchorWords(source)?.map { Array($0.utf8) }
    }

    public struct Hit: Sendable {
        public var line: Int
        public var column: Int
        public var text: String
        public var paragraph: Int
        public var range: NSRange
    }

    /// Matches within the readable text of the document, each located at its first line and column.
    /// The regex sees one paragraph at a time (its lines joined by spaces), so wording that wraps
    /// across source lines still matches.
    public func hits(in index: TextIndex, paragraphs: ParagraphIndex, lines: ClosedRange<Int>? = nil) -> [Hit] {
        var candidates: [Int] = []
        if let anchors {
            var found: Set<Int> = []
            for anchor in anchors {
                for offset in Self.occurrences(of: anchor, in: index.lower) {
                    if let paragraph = paragraphs.paragraph(containingByte: offset) { found.insert(paragraph) }
                }
            }
            candidates = found.sorted()
        } else {
            candidates = Array(paragraphs.paragraphs.indices)
        }
        var hits: [Hit] = []
        for number in candidates {
            let paragraph = paragraphs.paragraphs[number]
            if let lines, !lines.overlaps(paragraph.firstLine...paragraph.lastLine) { continue }
            let text = paragraph.text
            let nsText = text as NSString
            for match in regex.matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
                let (line, column) = paragraph.locate(utf16Offset: match.range.location, in: nsText)
                if let lines, !lines.contains(line) { continue }
                hits.append(Hit(line: line, column: column, text: nsText.substring(with: match.range), paragraph: number, range: match.range))
            }
        }
        return hits
    }

    static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var result: [Int] = []
        haystack.withUnsafeBufferPointer { buffer in
            needle.withUnsafeBufferPointer { pattern in
                var index = 0
                let last = buffer.count - pattern.count
                while index <= last {
                    guard let base = buffer.baseAddress,
                          let found = memchr(base + index, Int32(first), last - index + 1) else { break }
                    let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, pattern.baseAddress!, pattern.count) == 0 { result.append(position) }
                    index = position + 1
                }
            }
        }
        return result
    }

    /// Words of which every match must contain at least one, read from the top level of the pattern:
    /// a literal word outside any group, or a group that is a plain alternation of words and is not
    /// optional ("(intended|provided|meant)"). The set whose shortest word is longest wins, so the
    /// prefilter is as selective as possible. Nil when the pattern offers none (it then runs everywhere).
    static func anchorWords(_ pattern: String) -> [String]? {
        let scalars = Array(pattern.lowercased().unicodeScalars)
        var candidates: [[String]] = []
        var current = ""
        var index = 0
        func flush() {
            if current.count >= 3 { candidates.append([current]) }
            current = ""
        }
        func isOptional(after position: Int) -> Bool {
            guard position < scalars.count else { return false }
            let next = scalars[position]
            if next == "?" || next == "*" { return true }
            if next == "{" { return position + 1 < scalars.count && scalars[position + 1] == "0" }
            return false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                flush()
                index += 2
                continue
            case "[":
                flush()
                while index < scalars.count, scalars[index] != "]" { index += 1 }
            case "(":
                flush()
                var depth = 1
                var end = index + 1
                while end < scalars.count, depth > 0 {
                    if scalars[end] == "\\" { end += 2; continue }
                    if scalars[end] == "(" { depth += 1 }
                    if scalars[end] == ")" { depth -= 1 }
                    end += 1
                }
                let body = String(String.UnicodeScalarView(scalars[(index + 1)..<max(index + 1, end - 1)]))
                if !isOptional(after: end), let words = plainAlternation(body) { candidates.append(words) }
                index = end
                continue
            case "|":
                return nil   // a top-level alternation: no word is required
            case "?", "*", "{":
                if !current.isEmpty { current.removeLast() }
                flush()
            default:
                if scalar.isASCII, scalar.properties.isAlphabetic {
                    current.unicodeScalars.append(scalar)
                } else {
                    flush()
                }
            }
            index += 1
        }
        flush()
        return candidates.max { ($0.map(\.count).min() ?? 0) < ($1.map(\.count).min() ?? 0) }
    }

    /// "a|b c|d" -> the longest word of each alternative, when every alternative is plain words.
    static func plainAlternation(_ body: String) -> [String]? {
        var text = body
        if text.hasPrefix("?:") { text.removeFirst(2) }
        var words: [String] = []
        for alternative in text.split(separator: "|", omittingEmptySubsequences: false) {
            let cleaned = alternative.replacingOccurrences(of: "\\s+", with: " ").replacingOccurrences(of: "\\s", with: " ")
            guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" }) else { return nil }
            guard let longest = cleaned.split(whereSeparator: { !$0.isLetter }).max(by: { $0.count < $1.count }), longest.count >= 3 else { return nil }
            words.append(String(longest))
        }
        return words.isEmpty ? nil : words
    }
}
