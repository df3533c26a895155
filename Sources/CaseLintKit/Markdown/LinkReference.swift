import Foundation

/// CommonMark link reference definitions (`[label]: url "title"`). They are not paragraph text,
/// so a `===` or `---` under one is not a setext underline; the scanner needs to know where one ends.
enum LinkReference {
    enum Parse: Equatable {
        case definition(lines: Int)
        case notDefinition
        case needsMoreLines
    }

    /// Parses one definition at the start of `text` (lines joined with `\n`). `complete` says
    /// whether more lines could follow; without them a label or title may still be open.
    static func parse(_ text: [UInt8], complete: Bool) -> Parse {
        let end = text.count
        var index = 0
        func skipSpaces() { while index < end, text[index] == 0x20 || text[index] == 0x09 { index += 1 } }
        func lines(upTo position: Int) -> Parse {
            .definition(lines: text[..<position].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
        }
        let incomplete: Parse = complete ? .notDefinition : .needsMoreLines

        skipSpaces()
        guard index < end, text[index] == UInt8(ascii: "[") else { return .notDefinition }
        index += 1
        let labelStart = index
        while index < end, text[index] != UInt8(ascii: "]") {
            if text[index] == UInt8(ascii: "[") { return .notDefinition }
            index += text[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard index < end else { return incomplete }
        let label = text[labelStart..<index]
        guard label.count <= 999, label.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }) else { return .notDefinition }
        index += 1
        guard index < end, text[index] == UInt8(ascii: ":") else { return .notDefinition }
        index += 1

        // Destination, after white space that may include one line ending.
        skipSpaces()
        if index < end, text[index] == 0x0A { index += 1; skipSpaces() }
        guard index < end else { return incomplete }
        if text[index] == UInt8(ascii: "<") {
            index += 1
            while index < end, text[index] != UInt8(ascii: ">") {
                if text[index] == 0x0A || text[index] == UInt8(ascii: "<") { return .notDefinition }
                index += text[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard index < end else { return .notDefinition }
            index += 1
        } else {
            let start = index
            var depth = 0
            while index < end, text[index] > 0x20, text[index] != 0x7F {
                let byte = text[index]
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                index += 1
            }
            index = min(index, end)
            guard index > start, depth == 0 else { return .notDefinition }
        }

        // The definition may end with the destination's line, or go on with a title.
        let afterDestination = index
        skipSpaces()
        let lineEndsHere = index == end || text[index] == 0x0A
        let fallback: Parse = lineEndsHere ? lines(upTo: index) : .notDefinition
        guard index > afterDestination || lineEndsHere else { return .notDefinition }
        if index < end, text[index] == 0x0A { index += 1; skipSpaces() }
        guard index < end else { return complete ? fallback : .needsMoreLines }

        let open = text[index]
        guard open == UInt8(ascii: "\"") || open == UInt8(ascii: "'") || open == UInt8(ascii: "(") else { return fallback }
        let close = open == UInt8(ascii: "(") ? UInt8(ascii: ")") : open
        index += 1
        while index < end, text[index] != close {
            if open == UInt8(ascii: "("), text[index] == open { return fallback }
            index += text[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        guard index < end else { return complete ? fallback : .needsMoreLines }
        index += 1
        skipSpaces()
        return index == end || text[index] == 0x0A ? lines(upTo: index) : fallback
    }
}
