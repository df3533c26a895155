import Foundation

/// One pass over a README's bytes, line by line, following the CommonMark block rules that decide
/// what is a heading and what is code: fences (unclosed ones run to the end), indented code, HTML
/// blocks and comments, block quotes, list items, GFM tables, setext and ATX headings, front matter.
/// Inline structure is not parsed; checks work on the text of prose lines.
public enum MarkdownScanner {
    public static func scan(_ data: [UInt8]) -> MarkdownDocument {
        var state = ScanState(bytes: Self.stripBOM(data))
        state.run()
        return NumberedSetextHeadings.adding(to: state.document())
    }

    public static func scan(_ text: String) -> MarkdownDocument {
        scan(Array(text.utf8))
    }

    static func stripBOM(_ data: [UInt8]) -> [UInt8] {
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { return Array(data[3...]) }
        return data
    }
}

/// An open container block. Every line must re-enter the open containers before its content is
/// looked at; a line that does not is either a lazy paragraph continuation or closes them.
private enum Container {
    case quote
    case item(contentIndent: Int, hasContent: Bool)
}

/// The leaf block open in the innermost container.
private enum Leaf {
    case none
    case paragraph(start: Int, isTable: Bool)
    case fence(marker: UInt8, length: Int)
    case html(HTMLBlockKind)
}

private struct ScanState {
    let bytes: [UInt8]
    var lineRanges: [Range<Int>] = []
    var kinds: [LineKind] = []
    var headings: [Heading] = []
    var comments: [MarkdownComment] = []
    var frontMatter: FrontMatter?

    var containers: [Container] = []
    var leaf = Leaf.none
    var paragraphText: [ArraySlice<UInt8>] = []   // content of the open paragraph's lines, for setext text
    var commentText: [UInt8] = []
    var commentLine = 0
    var definitionLinesLeft = 0                   // lines still belonging to a link reference definition
    var topParagraphStarts: [Int] = []            // first lines of top-level paragraphs: bold-heading candidates

    init(bytes: [UInt8]) {
        self.bytes = bytes
        lineRanges = Self.splitLines(bytes)
        kinds = Array(repeating: .blank, count: lineRanges.count)
    }

    static func splitLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(bytes.count / 40 + 1)
        var start = 0
        let count = bytes.count
        // Through the buffer: the per-byte bounds checks cost as much as the test itself.
        bytes.withUnsafeBufferPointer { text in
            var index = 0
            while index < count {
                // Eight bytes at a time while none is at or below the carriage return.
                if index + 8 <= count {
                    let word = UnsafeRawBufferPointer(text).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if !ByteWord.hasByte(below: 0x0E, in: word) {
                        index += 8
                        continue
                    }
                }
                let byte = text[index]
                // Every byte above the carriage return is line content: one comparison for most.
                if byte <= 0x0D, byte == 0x0A || byte == 0x0D {
                    ranges.append(start..<index)
                    if byte == 0x0D, index + 1 < count, text[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
        }
        if start < count { ranges.append(start..<count) }
        return ranges
    }

    func document() -> MarkdownDocument {
        MarkdownDocument(bytes: bytes, lineRanges: lineRanges, kinds: kinds, headings: headings,
                         comments: comments, frontMatter: frontMatter)
    }

    mutating func run() {
        var index = scanFrontMatter()
        while index < lineRanges.count {
            classify(index)
            index += 1
        }
        endLeaf()
        addBoldHeadings()
    }

    // MARK: front matter

    /// YAML between a first line of dashes and the next line of at least as many dashes (or `...`).
    /// Unclosed, the first line is an ordinary thematic break.
    mutating func scanFrontMatter() -> Int {
        guard let first = lineRanges.first else { return 0 }
        let opening = LineText(bytes, first)
        let dashes = opening.trimmedContent
        guard opening.indent == 0, dashes.count >= 3, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return 0 }
        for index in 1..<lineRanges.count {
            let line = LineText(bytes, lineRanges[index])
            let body = line.trimmedContent
            let closes = line.indent <= 3 && (body.elementsEqual("...".utf8)
                || (body.count >= dashes.count && body.allSatisfy { $0 == UInt8(ascii: "-") }))
            guard closes else { continue }
            for covered in 0...index { kinds[covered] = .frontMatter }
            let text = lineRanges[1..<index].map { String(decoding: bytes[$0], as: UTF8.self) }
            frontMatter = FrontMatter(text: text.joined(separator: "\n"), firstLine: 1, lastLine: index + 1)
            return index + 1
        }
        return 0
    }

    // MARK: one line

    mutating func classify(_ index: Int) {
        var (rest, matched) = enterContainers(LineText(bytes, lineRanges[index]))
        if matched == containers.count {
            if continueLeaf(index, rest) { return }
        } else if case .paragraph(_, false) = leaf, !rest.interruptsParagraph(anyListItem: true) {
            if startsTable(index, rest) {
                // A lazy line can still be the header of a table whose delimiter row is inside the containers.
                endLeaf()
                startParagraph(index, rest, isTable: true)
                return
            }
            kinds[index] = .prose    // lazy continuation: the paragraph goes on outside its containers
            paragraphText.append(rest.trimmedContent)
            return
        } else {
            endLeaf()
            containers.removeLast(containers.count - matched)
        }
        rest = openContainers(rest)
        if !rest.isBlank { markItemsWithContent() }
        classifyLeaf(index, rest)
    }

    /// Strips the markers and indentation of the open containers the line continues.
    /// Returns what is left and how many containers matched.
    func enterContainers(_ line: LineText) -> (LineText, Int) {
        var rest = line
        for (depth, container) in containers.enumerated() {
            switch container {
            case .quote:
                guard rest.startsBlockQuote else { return (rest, depth) }
                rest = rest.strippingQuoteMarker()
            case .item(let contentIndent, let hasContent):
                // A blank line stays in an item, unless the item is still empty (it may start with one blank line only).
                if rest.isBlank ? !hasContent : rest.indent < contentIndent { return (rest, depth) }
                rest = rest.advanced(byColumns: contentIndent)
            }
        }
        return (rest, containers.count)
    }

    /// Fenced code, HTML blocks and link definitions take the line whatever it looks like.
    mutating func continueLeaf(_ index: Int, _ rest: LineText) -> Bool {
        switch leaf {
        case .fence(let marker, let length):
            kinds[index] = .code
            if rest.indent <= 3, rest.closesFence(marker: marker, length: length) { leaf = .none }
            return true
        case .html(let kind):
            if kind.endsBlankLine, rest.isBlank {
                leaf = .none
                kinds[index] = .blank
                return true
            }
            kinds[index] = kind == .comment ? .comment : .html
            if kind == .comment { appendComment(rest) }
            if !kind.endsBlankLine, rest.contains(kind.endMarker) { endLeaf() }
            return true
        case .paragraph, .none:
            guard definitionLinesLeft > 0 else { return false }
            definitionLinesLeft -= 1
            kinds[index] = .prose
            return true
        }
    }

    /// Opens the block quotes and list items that start on this line; returns their content.
    mutating func openContainers(_ line: LineText) -> LineText {
        var rest = line
        while !rest.isBlank, rest.indent <= 3 {
            if rest.startsBlockQuote {
                endLeaf()
                markItemsWithContent()    // a nested container is content: `* -` is not an empty item
                containers.append(.quote)
                rest = rest.strippingQuoteMarker()
                continue
            }
            var inParagraph = false
            if case .paragraph(_, false) = leaf { inParagraph = true }
            if !rest.isThematicBreak, let marker = rest.listMarker, !inParagraph || marker.canInterruptParagraph {
                endLeaf()
                markItemsWithContent()
                containers.append(.item(contentIndent: marker.contentIndent, hasContent: false))
                rest = marker.content
                continue
            }
            break
        }
        return rest
    }

    mutating func markItemsWithContent() {
        for depth in containers.indices {
            if case .item(let contentIndent, false) = containers[depth] {
                containers[depth] = .item(contentIndent: contentIndent, hasContent: true)
            }
        }
    }

    /// The leaf block a line starts or continues, inside the containers it is in.
    mutating func classifyLeaf(_ index: Int, _ rest: LineText) {
        let nested = !containers.isEmpty
        if rest.isBlank {
            if case .paragraph = leaf { endLeaf() }
            kinds[index] = .blank
            return
        }
        if case .paragraph(let start, let isTable) = leaf {
            if continueParagraph(index, rest, start: start, isTable: isTable) { return }
            endLeaf()
        }
        if rest.indent >= 4 {
            kinds[index] = .code
            return
        }
        if startsTable(index, rest) {
            startParagraph(index, rest, isTable: true)
            return
        }
        if let opened = rest.fenceOpening {
            leaf = .fence(marker: opened.marker, length: opened.length)
            kinds[index] = .code
            return
        }
        if let atx = rest.atxHeading {
            kinds[index] = .heading
            headings.append(Heading(level: atx.level, text: atx.text, line: index + 1, lastLine: index + 1,
                                    kind: .atx, nested: nested))
            return
        }
        if rest.isThematicBreak {
            kinds[index] = .thematicBreak
            return
        }
        if let html = rest.htmlBlockStart {
            startHTMLBlock(html, index: index, line: rest, nested: nested)
            return
        }
        if rest.first == UInt8(ascii: "["), let lines = definitionLines(from: index, rest) {
            kinds[index] = .prose
            definitionLinesLeft = lines - 1
            return
        }
        startParagraph(index, rest, isTable: false)
    }

    /// A paragraph goes on until a blank line or a block that may interrupt it; a setext underline
    /// turns it into a heading. A table goes on row by row.
    mutating func continueParagraph(_ index: Int, _ rest: LineText, start: Int, isTable: Bool) -> Bool {
        if isTable {
            guard rest.indent <= 3, !rest.interruptsParagraph(anyListItem: true) else { return false }
            kinds[index] = .table
            return true
        }
        if rest.indent <= 3, let level = rest.setextLevel {
            for covered in start..<index { kinds[covered] = .heading }
            kinds[index] = .setextUnderline
            let text = paragraphText.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
            headings.append(Heading(level: level, text: InlineText.plain(text), line: start + 1, lastLine: index + 1,
                                    kind: .setext, nested: !containers.isEmpty))
            leaf = .none
            paragraphText = []
            return true
        }
        if rest.indent <= 3, rest.interruptsParagraph(anyListItem: false) || startsTable(index, rest) { return false }
        kinds[index] = .prose
        paragraphText.append(rest.trimmedContent)
        return true
    }

    mutating func startParagraph(_ index: Int, _ rest: LineText, isTable: Bool) {
        leaf = .paragraph(start: index, isTable: isTable)
        paragraphText = [rest.trimmedContent]
        kinds[index] = isTable ? .table : .prose
        if !isTable, containers.isEmpty { topParagraphStarts.append(index) }
    }

    /// A GFM table header: a row with pipes over a delimiter row with as many cells, in the same containers.
    func startsTable(_ index: Int, _ rest: LineText) -> Bool {
        guard rest.indent <= 3, index + 1 < lineRanges.count, let header = rest.tableHeaderCells else { return false }
        let (next, matched) = enterContainers(LineText(bytes, lineRanges[index + 1]))
        guard matched == containers.count, next.indent <= 3, let cells = next.tableDelimiterCells else { return false }
        return cells == header
    }

    /// The number of lines of the link reference definition starting here, if one does.
    func definitionLines(from index: Int, _ first: LineText) -> Int? {
        var text = Array(first.content)
        var next = index + 1
        while true {
            // Further lines join while they stay in the same containers and start no other block.
            var more: LineText?
            if next < lineRanges.count, next - index < 16 {
                let (line, matched) = enterContainers(LineText(bytes, lineRanges[next]))
                if matched == containers.count, !line.interruptsParagraph(anyListItem: true), !startsTable(next, line) {
                    more = line
                }
            }
            switch LinkReference.parse(text, complete: more == nil) {
            case .definition(let lines): return lines
            case .notDefinition: return nil
            case .needsMoreLines:
                guard let line = more else { return nil }
                text.append(0x0A)
                text.append(contentsOf: line.slice)
                next += 1
            }
        }
    }

    mutating func startHTMLBlock(_ html: HTMLBlockKind, index: Int, line: LineText, nested: Bool) {
        kinds[index] = html == .comment ? .comment : .html
        if html == .comment {
            commentLine = index + 1
            commentText = []
            appendComment(line)
        } else if let heading = line.htmlHeading {
            kinds[index] = .heading
            headings.append(Heading(level: heading.level, text: heading.text, line: index + 1, lastLine: index + 1,
                                    kind: .html, nested: nested))
        }
        leaf = .html(html)
        let endsHere = html.endsBlankLine ? false : line.contains(html.endMarker, after: html == .comment ? 4 : 1)
        if endsHere { endLeaf() }
    }

    mutating func appendComment(_ line: LineText) {
        if !commentText.isEmpty { commentText.append(0x0A) }
        commentText.append(contentsOf: line.slice)
    }

    /// Closes the open leaf block; a comment's text is kept when its block ends.
    mutating func endLeaf() {
        if case .html(.comment) = leaf {
            comments.append(MarkdownComment(line: commentLine, text: String(decoding: commentText, as: UTF8.self)))
            commentText = []
        }
        leaf = .none
        paragraphText = []
    }

    /// A top-level paragraph that opens with a line of bold text reads as a heading in many real READMEs.
    mutating func addBoldHeadings() {
        var added: [Heading] = []
        for index in topParagraphStarts where kinds[index] == .prose {
            guard let text = LineText(bytes, lineRanges[index]).boldOnlyText else { continue }
            kinds[index] = .heading
            added.append(Heading(level: 7, text: text, line: index + 1, lastLine: index + 1, kind: .bold, nested: false))
        }
        guard !added.isEmpty else { return }
        headings = (headings + added).sorted { $0.line < $1.line }
    }
}
