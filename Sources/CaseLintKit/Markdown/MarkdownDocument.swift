import Foundation

/// How the scanner classified one source line. Only `prose`, `table` and `heading` lines carry
/// text that checks read; everything else (code, HTML, comments, front matter) is invisible to them.
public enum LineKind: UInt8, Sendable {
    case blank, prose, heading, table, code, html, comment, frontMatter, thematicBreak, setextUnderline
}

public enum HeadingKind: String, Sendable, Codable {
    /// `numbered`: "1. Objective" over a line of dashes, a heading to its reader, a list item and a rule
    /// to CommonMark (`NumberedSetextHeadings`).
    case atx, setext, html, bold, numbered
}

public struct Heading: Sendable, Equatable {
    public var level: Int          // 1...6; bold-line candidates get 7 (below every real heading)
    public var text: String        // inline markup stripped, trimmed
    public var line: Int           // 1-based, first line of the heading
    public var lastLine: Int       // a setext heading ends at its underline
    public var kind: HeadingKind
    /// Nested headings (inside a list item or block quote) do not open sections.
    public var nested: Bool
}

/// An HTML comment, kept because inline suppressions live in comments.
public struct MarkdownComment: Sendable {
    public var line: Int
    public var text: String
}

public struct FrontMatter: Sendable {
    public var text: String
    public var firstLine: Int      // line of the opening `---`
    public var lastLine: Int       // line of the closing `---`
}

/// A heading plus the lines it governs: up to the next heading of the same or a higher level.
public struct Section: Sendable {
    public var heading: Heading
    public var bodyLines: ClosedRange<Int>?   // 1-based, nil when the heading is followed directly by the next
}

/// One README, scanned once. Byte-based so that large corpora stay fast; strings are made on demand.
public struct MarkdownDocument: Sendable {
    public let bytes: [UInt8]
    /// Byte range of each line, without its line ending. Index 0 is line 1.
    public let lineRanges: [Range<Int>]
    public let kinds: [LineKind]
    public let headings: [Heading]
    public let comments: [MarkdownComment]
    public let frontMatter: FrontMatter?

    public var lineCount: Int { lineRanges.count }

    public func line(_ number: Int) -> String {
        String(decoding: bytes[lineRanges[number - 1]], as: UTF8.self)
    }

    public func kind(ofLine number: Int) -> LineKind { kinds[number - 1] }

    /// Headings that open sections: top-level ones, in document order.
    public var sectionHeadings: [Heading] {
        // Room for every heading first: `filter` grew the array from empty, several times per README.
        var opening: [Heading] = []
        opening.reserveCapacity(headings.count)
        for heading in headings where !heading.nested { opening.append(heading) }
        return opening
    }

    public func sections() -> [Section] {
        let opening = sectionHeadings
        var result: [Section] = []
        result.reserveCapacity(opening.count)
        for (index, heading) in opening.enumerated() {
            var end = lineCount
            for next in opening[(index + 1)...] where next.level <= heading.level {
                end = next.line - 1
                break
            }
            let start = heading.lastLine + 1
            result.append(Section(heading: heading, bodyLines: start <= end ? start...end : nil))
        }
        return result
    }

    /// True when the line carries readable text (prose, table or heading).
    public func isText(line number: Int) -> Bool {
        switch kinds[number - 1] {
        case .prose, .table, .heading: return true
        default: return false
        }
    }
}
