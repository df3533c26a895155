import Foundation

/// The seven kinds of CommonMark HTML block; each ends differently.
enum HTMLBlockKind: Equatable {
    case raw(String)      // <script>, <pre>, <style>, <textarea>: ends at the closing tag
    case comment          // <!-- ... -->
    case processing       // <? ... ?>
    case declaration      // <!DOCTYPE ...>
    case cdata            // <![CDATA[ ... ]]>
    case block            // a known block-level tag: ends at a blank line
    case other            // any complete tag alone on its line: ends at a blank line

    var endsBlankLine: Bool { self == .block || self == .other }
    var canInterruptParagraph: Bool { self != .other }

    var endMarker: String {
        switch self {
        case .raw(let tag): return "</\(tag)"
        case .comment: return "-->"
        case .processing: return "?>"
        case .declaration: return ">"
        case .cdata: return "]]>"
        case .block, .other: return ""
        }
    }

    static let rawTags: Set<String> = ["script", "pre", "style", "textarea"]
    static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]
}

extension LineText {
    var htmlBlockStart: HTMLBlockKind? {
        guard indent <= 3, first == UInt8(ascii: "<") else { return nil }
        let body = Array(content)
        let lower = body.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        func has(_ prefix: String) -> Bool { lower.starts(with: prefix.utf8) }
        if has("<!--") { return .comment }
        if has("<?") { return .processing }
        if has("<![cdata[") { return .cdata }
        if lower.count > 2, lower[1] == UInt8(ascii: "!"), lower[2] >= 0x61, lower[2] <= 0x7A { return .declaration }

        var index = 1
        let closing = index < lower.count && lower[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        let nameStart = index
        while index < lower.count, Self.isTagNameByte(lower[index]) { index += 1 }
        guard index > nameStart, Self.isLetter(lower[nameStart]) else { return nil }
        let name = String(decoding: lower[nameStart..<index], as: UTF8.self)
        let next: UInt8? = index < lower.count ? lower[index] : nil

        if !closing, HTMLBlockKind.rawTags.contains(name),
           next == nil || next == 0x20 || next == 0x09 || next == UInt8(ascii: ">") {
            return .raw(name)
        }
        if HTMLBlockKind.blockTags.contains(name) {
            if next == nil || next == 0x20 || next == 0x09 || next == UInt8(ascii: ">") { return .block }
            if next == UInt8(ascii: "/"), index + 1 < lower.count, lower[index + 1] == UInt8(ascii: ">") { return .block }
        }
        return Self.isCompleteTagLine(lower, from: index, closing: closing) ? .other : nil
    }

    /// `<h2 align="center">Data</h2>` on one line, or an opening `<h2>` with text after it.
    var htmlHeading: (level: Int, text: String)? {
        let body = Array(trimmedContent)
        guard body.count >= 4, body[0] == UInt8(ascii: "<"), body[1] | 0x20 == UInt8(ascii: "h"),
              body[2] >= UInt8(ascii: "1"), body[2] <= UInt8(ascii: "6"),
              body[3] == UInt8(ascii: ">") || body[3] == 0x20 else { return nil }
        let level = Int(body[2] - 0x30)
        guard let close = body.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        var inner = String(decoding: body[(close + 1)...], as: UTF8.self)
        if let end = inner.range(of: "</h", options: .caseInsensitive) { inner = String(inner[..<end.lowerBound]) }
        let text = InlineText.plain(inner)
        return text.isEmpty ? nil : (level, text)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isTagNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || LineText.isDigit(byte) || byte == UInt8(ascii: "-")
    }

    /// CommonMark kind 7: one complete open or closing tag, then only white space.
    private static func isCompleteTagLine(_ bytes: [UInt8], from start: Int, closing: Bool) -> Bool {
        var index = start
        func skipSpace() -> Bool {
            let before = index
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            return index > before
        }
        if !closing {
            while true {
                let spaced = skipSpace()
                guard index < bytes.count else { return false }
                let byte = bytes[index]
                if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
                guard spaced, isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") else { return false }
                while index < bytes.count, isTagNameByte(bytes[index]) || [UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: ".")].contains(bytes[index]) { index += 1 }
                let save = index
                _ = skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                    index += 1
                    _ = skipSpace()
                    guard index < bytes.count else { return false }
                    let quote = bytes[index]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        index += 1
                        while index < bytes.count, bytes[index] != quote { index += 1 }
                        guard index < bytes.count else { return false }
                        index += 1
                    } else {
                        let valueStart = index
                        while index < bytes.count, !" \t\"'=<>`".utf8.contains(bytes[index]) { index += 1 }
                        guard index > valueStart else { return false }
                    }
                } else {
                    index = save
                }
            }
            if bytes[index] == UInt8(ascii: "/") { index += 1 }
        } else {
            _ = skipSpace()
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { return false }
        index += 1
        return bytes[index...].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
