import Foundation

/// "1. Objective" over a line of dashes (or of equals signs): the author meant a numbered setext
/// heading, but CommonMark, and GitHub with it, reads an ordered list item followed by a rule (or by
/// more text of the item). A reader of the page still sees a numbered title set off by a line, so the
/// pair becomes a heading candidate, as a line of bold text does: level 2 over dashes, 1 over equals
/// signs. Only a lone item between blank lines qualifies, never the last item of a list.
enum NumberedSetextHeadings {
    static func adding(to document: MarkdownDocument) -> MarkdownDocument {
        var kinds = document.kinds
        var added: [Heading] = []
        for line in 1..<max(document.lineCount, 1) {
            guard let level = underlineLevel(document, line), kinds[line - 1] == .prose,
                  line == 1 || kinds[line - 2] == .blank, line + 1 == document.lineCount || kinds[line + 1] == .blank,
                  let text = itemText(document.bytes[document.lineRanges[line - 1]]) else { continue }
            kinds[line - 1] = .heading
            kinds[line] = .setextUnderline
            added.append(Heading(level: level, text: InlineText.plain(text), line: line, lastLine: line + 1, kind: .numbered, nested: false))
        }
        guard !added.isEmpty else { return document }
        return MarkdownDocument(bytes: document.bytes, lineRanges: document.lineRanges, kinds: kinds,
                                headings: (document.headings + added).sorted { $0.line < $1.line },
                                comments: document.comments, frontMatter: document.frontMatter)
    }

    /// 2 for a line of three or more dashes, 1 for equals signs (indent up to 3, trailing spaces allowed),
    /// read where the scanner saw a rule or a lazy continuation.
    private static func underlineLevel(_ document: MarkdownDocument, _ index: Int) -> Int? {
        guard document.kinds[index] == .thematicBreak || document.kinds[index] == .prose else { return nil }
        var bytes = document.bytes[document.lineRanges[index]]
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D { bytes = bytes.dropLast() }
        let indent = bytes.prefix { $0 == 0x20 }.count
        guard indent <= 3 else { return nil }
        let marks = bytes.dropFirst(indent)
        guard marks.count >= 3, let first = marks.first, marks.allSatisfy({ $0 == first }) else { return nil }
        if first == UInt8(ascii: "-") { return 2 }
        return first == UInt8(ascii: "=") ? 1 : nil
    }

    /// The text of a one-line ordered item ("1. Objective", "2) Data"), number included.
    private static func itemText(_ line: ArraySlice<UInt8>) -> String? {
        let indent = line.prefix { $0 == 0x20 }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let digits = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard (1...3).contains(digits), rest.count > digits + 2 else { return nil }
        let marker = rest[rest.startIndex + digits], space = rest[rest.startIndex + digits + 1]
        guard marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")"), space == 0x20 else { return nil }
        let text = String(decoding: rest, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }
}
