import Foundation

/// The words a reader sees in a README's HTML blocks ("<p align="center"><b>Not for clinical use.</b></p>"),
/// as a document of its own with the same line numbers: each HTML line becomes its text without tags
/// or entities, every other line is empty. Checks that must not miss a sentence an author centred in
/// HTML (the disclaimer) read it; the rest of caselint still treats HTML as markup. Comments stay hidden.
enum HTMLBlockText {
    static func document(of document: MarkdownDocument) -> MarkdownDocument? {
        var text: [UInt8] = []
        var found = false
        for line in 0..<document.lineCount {
            if document.kinds[line] == .html {
                let visible = strip(document.bytes[document.lineRanges[line]])
                found = found || visible.contains { $0 != 0x20 }
                text += visible
            }
            text.append(0x0A)
        }
        return found ? MarkdownScanner.scan(text) : nil
    }

    /// Text outside tags, with the common entities decoded and leading spaces dropped (so that it is
    /// not read as indented code).
    static func strip(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        var inTag = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if inTag {
                if byte == UInt8(ascii: ">") { inTag = false; result.append(0x20) }
            } else if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte == UInt8(ascii: "&"), let (decoded, length) = entity(bytes[index...]) {
                result.append(decoded)
                index += length
                continue
            } else if byte != 0x0D {
                result.append(byte)
            }
            index += 1
        }
        let indent = result.prefix { $0 == 0x20 || $0 == 0x09 }.count
        return Array(result.dropFirst(indent))
    }

    static let entities: [(String, UInt8)] = [("&nbsp;", 0x20), ("&amp;", UInt8(ascii: "&")), ("&lt;", UInt8(ascii: "<")),
                                              ("&gt;", UInt8(ascii: ">")), ("&quot;", UInt8(ascii: "\"")), ("&#39;", UInt8(ascii: "'"))]

    private static func entity(_ bytes: ArraySlice<UInt8>) -> (UInt8, Int)? {
        for (name, byte) in entities where bytes.starts(with: name.utf8) { return (byte, name.utf8.count) }
        return nil
    }
}
