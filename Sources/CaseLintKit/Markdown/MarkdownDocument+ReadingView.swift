import Foundation

/// The document as a reader of the rendered page meets its words. GitHub shows the text of an HTML
/// block (`<p>Mean ROC-AUC: <b>0.79</b></p>`, a `<table>` of results, a centred disclaimer), so a README
/// written in HTML has parts, metrics and a disclaimer like any other; read as markup only, its
/// sections looked empty. Each HTML line that shows text becomes prose with its tags and entities
/// blanked to spaces: the bytes keep their length, so every offset, line and column still points into
/// the file as written. Lines of tags alone stay HTML (a block, as an image is), and the text of
/// `<pre>`, `<script>`, `<style>` and `<textarea>` stays hidden, as code does. A table row on one line
/// reads as a pipe table's row (`htmlCellStarts`).
extension MarkdownDocument {
    public var readingView: MarkdownDocument {
        guard kinds.contains(.html) || headings.contains(where: { $0.kind == .html }) else { return self }
        var bytes = self.bytes
        var kinds = self.kinds
        var rawUntil: [UInt8]?
        var changed = false
        for line in 0..<lineCount {
            let isHTMLHeading = kinds[line] == .heading && headings.contains { $0.line == line + 1 && $0.kind == .html }
            guard kinds[line] == .html || isHTMLHeading else { rawUntil = nil; continue }
            let range = lineRanges[line]
            if let closing = rawUntil {
                if Self.contains(closing, in: self.bytes[range]) { rawUntil = nil }
                continue
            }
            if let tag = Self.rawTag(opening: self.bytes[range]) {
                if !Self.contains(Array("</\(tag)".utf8), in: self.bytes[range]) { rawUntil = Array("</\(tag)".utf8) }
                continue
            }
            let cells = isHTMLHeading ? [] : Self.htmlCellStarts(self.bytes[range])
            let shows = Self.blankMarkup(&bytes, range)
            changed = true
            if shows, !isHTMLHeading { kinds[line] = .prose }
            if shows, !cells.isEmpty {
                for start in cells { bytes[start] = UInt8(ascii: "|") }
                kinds[line] = .table
            }
        }
        guard changed else { return self }
        Self.joinRowGroups(&kinds, original: self.bytes, lineRanges: lineRanges)
        return MarkdownDocument(bytes: bytes, lineRanges: lineRanges, kinds: kinds, headings: headings, comments: comments,
                                frontMatter: frontMatter)
    }

    /// `</thead>` and `<tbody>` between a table's header row and its body rows are part of the table:
    /// read as blank rows of it, so the header still heads the rows below (a line of other tags ends
    /// the table, as before).
    static func joinRowGroups(_ kinds: inout [LineKind], original: [UInt8], lineRanges: [Range<Int>]) {
        var line = 0
        while line < kinds.count {
            guard kinds[line] == .html, line > 0, kinds[line - 1] == .table,
                  isRowGroupTag(original[lineRanges[line]]) else { line += 1; continue }
            var next = line
            while next < kinds.count, kinds[next] == .html, isRowGroupTag(original[lineRanges[next]]) { next += 1 }
            if next < kinds.count, kinds[next] == .table {
                for joined in line..<next { kinds[joined] = .table }
            }
            line = next
        }
    }

    /// A line of nothing but row-group tags: `<thead>`, `</thead>`, `<tbody>`, `</tbody>`, `<tfoot>`, `</tfoot>`.
    static func isRowGroupTag(_ line: ArraySlice<UInt8>) -> Bool {
        var text = String(decoding: line, as: UTF8.self).lowercased().filter { !$0.isWhitespace }
        guard !text.isEmpty else { return false }
        for tag in ["<thead>", "</thead>", "<tbody>", "</tbody>", "<tfoot>", "</tfoot>"] {
            text = text.replacingOccurrences(of: tag, with: "")
        }
        return text.isEmpty
    }

    /// Blanks tags and entities of one line to spaces; true when a visible character is left.
    private static func blankMarkup(_ bytes: inout [UInt8], _ range: Range<Int>) -> Bool {
        var inTag = false
        var shows = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if inTag {
                if byte == UInt8(ascii: ">") { inTag = false }
                bytes[index] = 0x20
            } else if byte == UInt8(ascii: "<") {
                inTag = true
                bytes[index] = 0x20
            } else if byte == UInt8(ascii: "&"), let (decoded, length) = entity(bytes[index..<range.upperBound]) {
                bytes[index] = decoded
                for blank in (index + 1)..<(index + length) { bytes[blank] = 0x20 }
                shows = shows || decoded != 0x20
                index += length
                continue
            } else if byte != 0x20, byte != 0x09, byte != 0x0D {
                shows = true
            }
            index += 1
        }
        return shows
    }

    static let entities: [(String, UInt8)] = [("&nbsp;", 0x20), ("&amp;", UInt8(ascii: "&")), ("&lt;", UInt8(ascii: "<")),
                                              ("&gt;", UInt8(ascii: ">")), ("&quot;", UInt8(ascii: "\"")), ("&#39;", UInt8(ascii: "'"))]

    private static func entity(_ bytes: ArraySlice<UInt8>) -> (UInt8, Int)? {
        for (name, byte) in entities where bytes.starts(with: name.utf8) { return (byte, name.utf8.count) }
        return nil
    }

    /// The raw-text tag a line opens with ("pre" for `<pre class="x">`), whose content is never prose.
    private static func rawTag(opening line: ArraySlice<UInt8>) -> String? {
        var index = line.startIndex
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        guard index < line.endIndex, line[index] == UInt8(ascii: "<") else { return nil }
        var name: [UInt8] = []
        index += 1
        while index < line.endIndex, name.count < 9 {
            let byte = line[index] | 0x20
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { break }
            name.append(byte)
            index += 1
        }
        let tag = String(decoding: name, as: UTF8.self)
        return HTMLBlockKind.rawTags.contains(tag) ? tag : nil
    }

    private static func contains(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        var start = haystack.startIndex
        while start + needle.count <= haystack.endIndex {
            var matched = true
            for offset in 0..<needle.count where haystack[start + offset] | 0x20 != needle[offset] | 0x20 {
                matched = false
                break
            }
            if matched { return true }
            start += 1
        }
        return false
    }
}
