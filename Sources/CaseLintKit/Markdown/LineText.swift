import Foundation

/// A view of one source line (or of what is left of it inside containers) with the CommonMark
/// block-level tests the scanner needs. Indentation is measured in columns with tab stops every
/// four columns of the source line, so a view remembers the column it starts at.
struct LineText {
    let slice: ArraySlice<UInt8>
    /// Source column of `slice.startIndex`.
    let startColumn: Int
    /// Columns left over from a tab that a container marker consumed only in part; they count as
    /// leading spaces.
    let virtualSpaces: Int
    /// Columns of leading white space, the index of the first other byte and its source column.
    let indent: Int
    let contentStart: Int
    let contentColumn: Int

    init(_ bytes: [UInt8], _ range: Range<Int>) {
        self.init(slice: bytes[range])
    }

    init(slice: ArraySlice<UInt8>, startColumn: Int = 0, virtualSpaces: Int = 0) {
        self.slice = slice
        self.startColumn = startColumn
        self.virtualSpaces = virtualSpaces
        var column = startColumn
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            if byte == 0x20 { column += 1 } else if byte == 0x09 { column += 4 - column % 4 } else { break }
            index += 1
        }
        indent = virtualSpaces + column - startColumn
        contentStart = index
        contentColumn = column
    }

    var content: ArraySlice<UInt8> { slice[contentStart...] }
    var isBlank: Bool { contentStart == slice.endIndex }
    var first: UInt8? { isBlank ? nil : slice[contentStart] }

    var trimmedContent: ArraySlice<UInt8> {
        var end = slice.endIndex
        while end > contentStart, slice[end - 1] == 0x20 || slice[end - 1] == 0x09 { end -= 1 }
        return slice[contentStart..<end]
    }

    /// Whether `marker` (lower case) occurs from `offset` bytes into the content, ignoring ASCII case:
    /// HTML block end conditions such as `</SCRIPT>` are case-insensitive.
    func contains(_ marker: String, after offset: Int = 0) -> Bool {
        let needle = Array(marker.utf8)
        let start = contentStart + offset
        guard !needle.isEmpty, start <= slice.endIndex, slice.endIndex - start >= needle.count else { return false }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
        var index = start
        while index + needle.count <= slice.endIndex {
            if lower(slice[index]) == needle[0],
               slice[index..<(index + needle.count)].lazy.map(lower).elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Drops `columns` of leading white space (or all of it when there is less). A tab that is only
    /// partly dropped leaves its other columns as virtual spaces.
    func advanced(byColumns columns: Int) -> LineText {
        guard columns > 0 else { return self }
        if columns <= virtualSpaces {
            return LineText(slice: slice, startColumn: startColumn, virtualSpaces: virtualSpaces - columns)
        }
        var remaining = columns - virtualSpaces
        var column = startColumn
        var index = slice.startIndex
        while index < slice.endIndex, remaining > 0 {
            let byte = slice[index]
            let width: Int
            if byte == 0x20 { width = 1 } else if byte == 0x09 { width = 4 - column % 4 } else { break }
            column += width
            index += 1
            if width > remaining {
                return LineText(slice: slice[index...], startColumn: column, virtualSpaces: width - remaining)
            }
            remaining -= width
        }
        return LineText(slice: slice[index...], startColumn: column)
    }

    // MARK: containers

    var startsBlockQuote: Bool { indent <= 3 && first == UInt8(ascii: ">") }

    /// The line after one `>` marker and the optional space that follows it (one column of a tab).
    func strippingQuoteMarker() -> LineText {
        LineText(slice: slice[(contentStart + 1)...], startColumn: contentColumn + 1).advanced(byColumns: 1)
    }

    struct ListMarker {
        /// Columns from the start of this line to the item's content; later lines indented at
        /// least this far belong to the item.
        var contentIndent: Int
        var canInterruptParagraph: Bool
        /// The rest of the line, as the first line of the item's content.
        var content: LineText
    }

    var listMarker: ListMarker? {
        guard let first, indent <= 3 else { return nil }
        var index = contentStart
        var ordered = false
        var number = 0
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            index += 1
        } else if Self.isDigit(first) {
            var digits = 0
            while index < slice.endIndex, Self.isDigit(slice[index]), digits < 10 {
                number = number * 10 + Int(slice[index] - 0x30)
                index += 1
                digits += 1
            }
            guard digits <= 9, index < slice.endIndex,
                  slice[index] == UInt8(ascii: ".") || slice[index] == UInt8(ascii: ")") else { return nil }
            index += 1
            ordered = true
        } else {
            return nil
        }
        let markerEnd = indent + (index - contentStart)
        let rest = LineText(slice: slice[index...], startColumn: contentColumn + (index - contentStart))
        if rest.isBlank {
            return ListMarker(contentIndent: markerEnd + 1, canInterruptParagraph: false, content: rest)
        }
        guard slice[index] == 0x20 || slice[index] == 0x09 else { return nil }
        let interrupts = !ordered || number == 1
        // Five or more spaces: the content is indented code, and only one space belongs to the marker.
        if rest.indent >= 5 {
            return ListMarker(contentIndent: markerEnd + 1, canInterruptParagraph: interrupts,
                              content: rest.advanced(byColumns: 1))
        }
        return ListMarker(contentIndent: markerEnd + rest.indent, canInterruptParagraph: interrupts,
                          content: LineText(slice: slice[rest.contentStart...], startColumn: rest.contentColumn))
    }

    // MARK: leaf blocks

    struct FenceOpening { var marker: UInt8; var length: Int }

    var fenceOpening: FenceOpening? {
        guard indent <= 3, let first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        var index = contentStart
        while index < slice.endIndex, slice[index] == first { index += 1 }
        let length = index - contentStart
        guard length >= 3 else { return nil }
        if first == UInt8(ascii: "`"), slice[index...].contains(UInt8(ascii: "`")) { return nil }
        return FenceOpening(marker: first, length: length)
    }

    func closesFence(marker: UInt8, length: Int) -> Bool {
        var index = contentStart
        while index < slice.endIndex, slice[index] == marker { index += 1 }
        guard index - contentStart >= length else { return false }
        return slice[index...].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The index after the opening `#`s of an ATX heading, and its level.
    private var atxOpening: (index: Int, level: Int)? {
        guard indent <= 3, first == UInt8(ascii: "#") else { return nil }
        var index = contentStart
        while index < slice.endIndex, slice[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - contentStart
        guard level <= 6 else { return nil }
        if index < slice.endIndex, slice[index] != 0x20, slice[index] != 0x09 { return nil }
        return (index, level)
    }

    var atxHeading: (level: Int, text: String)? {
        guard let (index, level) = atxOpening else { return nil }
        var end = slice.endIndex
        while end > index, slice[end - 1] == 0x20 || slice[end - 1] == 0x09 { end -= 1 }
        // An optional closing sequence of #s, preceded by a space (or the whole content).
        var hashes = end
        while hashes > index, slice[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < end, hashes == index || slice[hashes - 1] == 0x20 || slice[hashes - 1] == 0x09 { end = hashes }
        let text = String(decoding: slice[index..<end], as: UTF8.self)
        return (level, InlineText.plain(text))
    }

    var setextLevel: Int? {
        guard indent <= 3, let first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else { return nil }
        let body = trimmedContent
        guard body.allSatisfy({ $0 == first }) else { return nil }
        return first == UInt8(ascii: "=") ? 1 : 2
    }

    var isThematicBreak: Bool {
        guard indent <= 3, let first,
              first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        var count = 0
        for byte in content {
            if byte == first { count += 1 } else if byte != 0x20 && byte != 0x09 { return false }
        }
        return count >= 3
    }

    /// Whether this line starts a block that ends an open paragraph (GFM tables, which need the
    /// next line, are checked by the scanner). A lazy line or a table row is ended by any list
    /// item; a paragraph only by a non-empty one that is bulleted or starts at 1.
    func interruptsParagraph(anyListItem: Bool) -> Bool {
        guard let first, indent <= 3 else { return isBlank }
        // Most text lines start with a letter: only these bytes can begin an interrupting block.
        guard Self.blockStartBytes.contains(first) || Self.isDigit(first) else { return false }
        if startsBlockQuote || fenceOpening != nil || atxOpening != nil || isThematicBreak { return true }
        if let html = htmlBlockStart, html.canInterruptParagraph { return true }
        if let marker = listMarker, anyListItem || marker.canInterruptParagraph { return true }
        return false
    }

    /// `**Results**` or `__Results:__` alone on a line.
    var boldOnlyText: String? {
        let body = trimmedContent
        guard body.count >= 5, body.count <= 120 else { return nil }
        let bytes = Array(body)
        let marker = bytes[0]
        guard marker == UInt8(ascii: "*") || marker == UInt8(ascii: "_"), bytes[1] == marker else { return nil }
        var end = bytes.count
        if bytes[end - 1] == UInt8(ascii: ":") { end -= 1 }
        guard end >= 5, bytes[end - 1] == marker, bytes[end - 2] == marker else { return nil }
        let inner = bytes[2..<(end - 2)]
        guard !inner.isEmpty, inner.first != 0x20, !containsPair(inner, marker) else { return nil }
        let text = InlineText.plain(String(decoding: inner, as: UTF8.self))
        let trimmed = text.hasSuffix(":") ? String(text.dropLast()) : text
        return trimmed.isEmpty ? nil : trimmed
    }

    private func containsPair(_ bytes: ArraySlice<UInt8>, _ marker: UInt8) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == marker, previous == marker { return true }
            previous = byte
        }
        return false
    }

    private static let blockStartBytes = Set(">`~#-*_+<".utf8)

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
