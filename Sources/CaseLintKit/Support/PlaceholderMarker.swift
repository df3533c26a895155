import Foundation

/// The one syntax for "the author must write something here": `[[TODO: what to write]]`.
///
/// Double brackets render as plain text on GitHub (GFM has no wiki links), never occur in real
/// prose, survive YAML, Python comments and Markdown tables, and the `TODO:` inside makes them
/// readable to people and editors that highlight TODOs. The `content.placeholder` rule in
/// `rules/content.yml` matches the same syntax in README prose; this type finds markers in every
/// file a blueprint writes, so `caselint new` can list them all.
public enum PlaceholderMarker {
    public static let opening = "[[TODO:"
    public static let closing = "]]"

    /// The marker as a regular expression: no `]` and no line break inside.
    public static let pattern = #"\[\[\s*TODO\b[^\]\n]*\]\]"#

    /// A marker that asks for `request`: `[[TODO: request]]`.
    public static func marker(_ request: String) -> String { "\(opening) \(request)\(closing)" }

    public struct Occurrence: Sendable, Equatable {
        public var file: String
        public var line: Int
        public var column: Int
        /// The whole marker as written, brackets included.
        public var text: String

        /// What the marker asks for, without brackets and `TODO:`.
        public var request: String {
            var body = text.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
            if body.uppercased().hasPrefix("TODO") { body = String(body.dropFirst(4)) }
            return body.trimmingCharacters(in: CharacterSet(charactersIn: ": ").union(.whitespaces))
        }
    }

    private static let regex: NSRegularExpression = {
        // The pattern is a constant; failing to compile it is a programming error caught by every test.
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }()

    /// Every marker in `text`, with 1-based line and column (in characters).
    public static func scan(_ text: String, file: String) -> [Occurrence] {
        guard text.contains("[[") else { return [] }
        var result: [Occurrence] = []
        var lineNumber = 0
        text.enumerateLines { line, _ in
            lineNumber += 1
            guard line.contains("[[") else { return }
            let ns = line as NSString
            for match in regex.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
                let column = ns.substring(to: match.range.location).count + 1
                result.append(Occurrence(file: file, line: lineNumber, column: column, text: ns.substring(with: match.range)))
            }
        }
        return result
    }

    /// Byte ranges of markers within `range` of ASCII-lowercased text (a `TextIndex`'s `lower`),
    /// for checks that work on tokens: a section whose words all sit in markers is not written.
    public static func byteRanges(in lower: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        let open = UInt8(ascii: "["), close = UInt8(ascii: "]"), space = UInt8(ascii: " ")
        var result: [Range<Int>] = []
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            // Most lines hold no "[": memchr settles that without a loop over their bytes.
            guard let found = lower.withUnsafeBufferPointer({ bytes in
                memchr(bytes.baseAddress! + index, Int32(open), range.upperBound - 1 - index)
                    .map { UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer($0)) }
            }) else { break }
            index = found
            guard lower[index] == open, lower[index + 1] == open else { index += 1; continue }
            var cursor = index + 2
            while cursor < range.upperBound, lower[cursor] == space { cursor += 1 }
            guard cursor + 4 <= range.upperBound, Array(lower[cursor..<cursor + 4]) == Array("todo".utf8),
                  cursor + 4 == range.upperBound || !isWordByte(lower[cursor + 4]) else { index += 1; continue }
            cursor += 4
            while cursor < range.upperBound, lower[cursor] != close { cursor += 1 }
            guard cursor + 1 < range.upperBound, lower[cursor + 1] == close else { index += 1; continue }
            result.append(index..<cursor + 2)
            index = cursor + 2
        }
        return result
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_")
    }

    /// Markers in a set of files, in path order then line order.
    public static func scan(files: [(path: String, text: String)]) -> [Occurrence] {
        files.sorted { $0.path < $1.path }.flatMap { scan($0.text, file: $0.path) }
    }
}
