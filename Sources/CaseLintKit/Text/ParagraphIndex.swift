import Foundation

/// Readable text grouped into paragraphs: runs of prose lines; every heading and every table row
/// stands alone. Patterns see a paragraph with its lines joined, so wrapped sentences still match.
public struct ParagraphIndex: Sendable {
    public struct Paragraph: Sendable {
        public var firstLine: Int
        public var lastLine: Int
        public var byteRange: Range<Int>
        /// The document, one box shared by all of an index's paragraphs: held by value, every
        /// paragraph made, copied and dropped retained and released each of the document's arrays.
        let source: DocumentBox

        var document: MarkdownDocument { source.document }

        /// The lines joined by spaces, block-quote markers blanked out (same length, so columns hold).
        public var text: String {
            (firstLine...lastLine).map { Self.unquoted(source.document.line($0)) }.joined(separator: " ")
        }

        /// The same text as `text`, built from the document's bytes without intermediate strings.
        var textBytes: [UInt8] {
            let bytes = source.document.bytes
            let lineRanges = source.document.lineRanges
            var out: [UInt8] = []
            out.reserveCapacity(byteRange.count + 1)
            for line in firstLine...lastLine {
                if line > firstLine { out.append(0x20) }
                let range = lineRanges[line - 1]
                var index = range.lowerBound
                // Block-quote markers among the spaces that start the line become spaces; the rest is copied.
                while index < range.upperBound {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: ">") { out.append(0x20) } else if byte == 0x20 { out.append(byte) } else { break }
                    index += 1
                }
                out.append(contentsOf: bytes[index..<range.upperBound])
            }
            return out
        }

        static func unquoted(_ line: String) -> String {
            guard line.first(where: { $0 != " " }) == ">" else { return line }
            var result = ""
            var inPrefix = true
            for character in line {
                if inPrefix, character == ">" { result.append(" "); continue }
                if character != " " { inPrefix = false }
                result.append(character)
            }
            return result
        }

        /// Line and 1-based column (in characters) of a UTF-16 offset into `text`.
        func locate(utf16Offset: Int, in text: NSString) -> (Int, Int) {
            var remaining = utf16Offset
            for line in firstLine...lastLine {
                let length = (Self.unquoted(source.document.line(line)) as NSString).length
                if remaining <= length || line == lastLine {
                    let prefix = (source.document.line(line) as NSString).substring(to: min(remaining, length))
                    return (line, prefix.count + 1)
                }
                remaining -= length + 1
            }
            return (lastLine, 1)
        }

        /// `locate` for a paragraph whose text is ASCII, without Foundation strings: there a byte is
        /// one UTF-16 unit and one character ("\r\n", the one pair that makes a single character,
        /// cannot sit inside a line).
        func locateASCII(offset: Int) -> (Int, Int) {
            var remaining = offset
            for line in firstLine...lastLine {
                let length = source.document.lineRanges[line - 1].count
                if remaining <= length || line == lastLine { return (line, min(remaining, length) + 1) }
                remaining -= length + 1
            }
            return (lastLine, 1)
        }
    }

    public let paragraphs: [Paragraph]
    /// Each paragraph's bytes and lines, apart from `paragraphs`: filters read them for every
    /// paragraph, and copying a `Paragraph` retains the box of its document.
    let byteRanges: [Range<Int>]
    let lineSpans: [ClosedRange<Int>]
    /// Paragraph texts already handed to a regex: several patterns often look at the same paragraph,
    /// and building the text and its UTF-16 view is much of a regex call's cost.
    private let cache = TextCache()

    /// By paragraph number, made on the first text asked for: a dictionary hashed the number at every look-up.
    /// One thread per document reads and writes it, so its dynamic exclusivity checks (three
    /// runtime calls per look-up, tens of thousands per thousand READMEs) guard nothing.
    final class TextCache: @unchecked Sendable {
        @exclusivity(unchecked) var texts: [ParagraphText?] = []
    }

    /// The paragraph's text as the regex engine reads it (cached per document; one thread per document).
    public func text(_ number: Int) -> ParagraphText {
        if cache.texts.isEmpty { cache.texts = Array(repeating: nil, count: paragraphs.count) }
        if let cached = cache.texts[number] { return cached }
        let text = ParagraphText(paragraphs[number].textBytes)
        cache.texts[number] = text
        return text
    }

    public func nsText(_ number: Int) -> NSString { text(number).string }
    /// Paragraph number by 1-based line (index 0 unused), -1 where no paragraph is.
    private let lineToParagraph: [Int32]

    /// A document held by reference, for `Paragraph`.
    final class DocumentBox: Sendable {
        let document: MarkdownDocument
        init(_ document: MarkdownDocument) { self.document = document }
    }

    public init(_ document: MarkdownDocument) {
        let source = DocumentBox(document)
        var result: [Paragraph] = []
        var open: (first: Int, last: Int)?
        func close() {
            if let run = open {
                let range = document.lineRanges[run.first - 1].lowerBound..<document.lineRanges[run.last - 1].upperBound
                result.append(Paragraph(firstLine: run.first, lastLine: run.last, byteRange: range, source: source))
            }
            open = nil
        }
        for line in 1...max(document.lineCount, 1) where line <= document.lineCount {
            let kind = document.kinds[line - 1]
            switch kind {
            case .prose:
                if let run = open, run.last == line - 1, document.kinds[run.first - 1] == .prose {
                    open = (run.first, line)
                } else {
                    close()
                    open = (line, line)
                }
            case .heading, .table:
                close()
                if kind == .heading, let heading = document.headings.first(where: { $0.line <= line && $0.lastLine >= line }),
                   heading.line != line {
                    continue   // later lines of a multi-line setext heading belong to its first line
                }
                open = (line, line)
                close()
            default:
                close()
            }
        }
        close()
        paragraphs = result
        byteRanges = result.map(\.byteRange)
        lineSpans = result.map { $0.firstLine...$0.lastLine }
        var map = [Int32](repeating: -1, count: document.lineCount + 1)
        for (number, paragraph) in result.enumerated() {
            for line in paragraph.firstLine...paragraph.lastLine { map[line] = Int32(number) }
        }
        lineToParagraph = map
    }

    public func paragraph(atLine line: Int) -> Int? {
        guard line > 0, line < lineToParagraph.count, lineToParagraph[line] >= 0 else { return nil }
        return Int(lineToParagraph[line])
    }

    /// The paragraph holding a byte offset of the document, by binary search.
    public func paragraph(containingByte offset: Int) -> Int? {
        var low = 0
        var high = paragraphs.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = paragraphs[mid].byteRange
            if offset < range.lowerBound { high = mid - 1 } else if offset >= range.upperBound { low = mid + 1 } else { return mid }
        }
        return nil
    }
}
