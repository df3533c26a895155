import Yams

extension BlockYAMLReader {
    /// A value written on its key's (or dash's) line: plain, quoted or folded (`>`) text, or a
    /// `[a, b]` list of plain text. Moves past the lines it reads.
    mutating func inline(_ line: Line, at start: Int, parentIndent: Int) throws -> YAMLValue {
        let mark = self.mark(line, start)
        nodes += 1
        switch bytes[start] {
        case UInt8(ascii: ">"):
            return try folded(line, at: start, parentIndent: parentIndent, mark: mark)
        case UInt8(ascii: "["):
            let node = try flowSequence(line, at: start, mark: mark)
            position += 1
            return node
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let node = try quoted(line, at: start, mark: mark)
            position += 1
            return node
        default:
            let node = try plain(line, at: start, mark: mark)
            position += 1
            return node
        }
    }

    /// Plain text to the line's end or a ` #` comment; a `: ` inside (a second key) is declined.
    func plain(_ line: Line, at start: Int, mark: (line: Int, column: Int)) throws -> YAMLValue {
        let first = bytes[start]
        guard !Self.indicators.contains(first) else { throw Declined() }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "?") || first == UInt8(ascii: ":") {
            guard start + 1 < line.end, bytes[start + 1] != 0x20 else { throw Declined() }
        }
        var end = start
        while end < line.end {
            let byte = bytes[end]
            if byte == UInt8(ascii: "#"), bytes[end - 1] == 0x20 { break }
            if byte == UInt8(ascii: ":"), end + 1 == line.end || bytes[end + 1] == 0x20 { throw Declined() }
            end += 1
        }
        return Self.plainScalar(String(decoding: text(start, end), as: UTF8.self), mark)
    }

    static func plainScalar(_ string: String, _ mark: (line: Int, column: Int)) -> YAMLValue {
        YAMLValue(kind: .scalar, text: string, tagName: YAMLFastTags.tagName(of: string), style: .plain, line: mark.line, column: mark.column)
    }

    /// Bytes that cannot start plain text (YAML's indicators).
    static let indicators: [UInt8] = Array("[]{}#&*!|>'\"%@`,".utf8)

    /// `"text"` or `'text'` closed on its line, with no escape (`\` or `''`).
    func quoted(_ line: Line, at start: Int, mark: (line: Int, column: Int)) throws -> YAMLValue {
        let quote = bytes[start]
        var end = start + 1
        while end < line.end, bytes[end] != quote {
            if quote == UInt8(ascii: "\""), bytes[end] == UInt8(ascii: "\\") { throw Declined() }
            end += 1
        }
        guard end < line.end else { throw Declined() }
        let after = skipSpaces(end + 1, line.end)
        guard after == line.end || bytes[after] == UInt8(ascii: "#") && after > end + 1 else { throw Declined() }
        // libyaml marks quoted (and folded) text as text: Yams tags it `str`.
        return YAMLValue(kind: .scalar, text: String(decoding: bytes[(start + 1)..<end], as: UTF8.self), tagName: .str,
                         style: quote == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted, line: mark.line, column: mark.column)
    }

    /// `>` then lines indented alike, with no blank line between them: the lines joined by spaces,
    /// ending in one line break (the default "clip" chomping), or in none after `>-` ("strip").
    /// `>+`, an indentation indicator or a comment after the indicator is declined.
    mutating func folded(_ line: Line, at start: Int, parentIndent: Int, mark: (line: Int, column: Int)) throws -> YAMLValue {
        let strips = start + 1 < line.end && bytes[start + 1] == UInt8(ascii: "-")
        guard skipSpaces(start + (strips ? 2 : 1), line.end) == line.end else { throw Declined() }
        var raw = line.number      // allLines index of the line after this one
        var blockIndent = -1
        var parts: [ArraySlice<UInt8>] = []
        var sawBlank = false
        var last = line.number
        while raw < allLines.count {
            let (lineStart, lineEnd) = allLines[raw]
            let first = skipSpaces(lineStart, lineEnd)
            if first == lineEnd {
                // Spaces on an otherwise empty line may be text: declined.
                guard lineStart == lineEnd else { throw Declined() }
                sawBlank = true
                raw += 1
                continue
            }
            let indent = first - lineStart
            if blockIndent < 0 {
                guard indent > parentIndent else { throw Declined() }
                blockIndent = indent
            }
            guard indent >= blockIndent else { break }
            // A last line without its line break would end the text without one.
            guard indent == blockIndent, !sawBlank, lineEnd < bytes.count else { throw Declined() }
            parts.append(bytes[first..<lineEnd])
            raw += 1
            last = raw
        }
        guard !parts.isEmpty else { throw Declined() }
        while position < lines.count, lines[position].number <= last { position += 1 }
        var string = parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
        if !strips { string.append("\n") }
        return YAMLValue(kind: .scalar, text: string, tagName: .str, style: .folded, line: mark.line, column: mark.column)
    }

    /// `[a, b]` on one line, each item plain text without YAML punctuation.
    mutating func flowSequence(_ line: Line, at start: Int, mark: (line: Int, column: Int)) throws -> YAMLValue {
        try open()
        defer { depth -= 1 }
        var items: [YAMLValue] = []
        var index = skipSpaces(start + 1, line.end)
        if index < line.end, bytes[index] == UInt8(ascii: "]") {
            index += 1
        } else {
            while true {
                let itemStart = index
                guard index < line.end, Self.startsFlowItem(bytes[index]) else { throw Declined() }
                while index < line.end, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "]") {
                    guard !Self.flowPunctuation.contains(bytes[index]) else { throw Declined() }
                    index += 1
                }
                guard index < line.end else { throw Declined() }
                nodes += 1
                items.append(Self.plainScalar(String(decoding: text(itemStart, index), as: UTF8.self), self.mark(line, itemStart)))
                index += 1
                if bytes[index - 1] == UInt8(ascii: "]") { break }
                index = skipSpaces(index, line.end)
            }
        }
        let after = skipSpaces(index, line.end)
        guard after == line.end || bytes[after] == UInt8(ascii: "#") && after > index else { throw Declined() }
        return YAMLValue(kind: .sequence, children: items, tagName: .seq, line: mark.line, column: mark.column)
    }

    static func startsFlowItem(_ byte: UInt8) -> Bool {
        byte != 0x20 && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "?") && byte != UInt8(ascii: ":") && !indicators.contains(byte)
    }

    /// Bytes that would make a list item something other than plain text (a pair, a comment, a nested collection).
    static let flowPunctuation: [UInt8] = Array(":#[]{}".utf8)

    /// Bytes libyaml reads as they look: no tab, carriage return or other control character, no
    /// byte-order mark, no line or paragraph separator, no non-character.
    static func isPlainText(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard byte >= 0x20 && byte != 0x7F || byte == 0x0A else { return false }
            } else if byte == 0xC2 {
                guard index + 1 < bytes.count, bytes[index + 1] >= 0xA0 else { return false }
            } else if byte == 0xE2 {
                guard index + 2 < bytes.count, !(bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)) else { return false }
            } else if byte == 0xEF {
                guard index + 2 < bytes.count, !(bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF),
                      !(bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) else { return false }
            }
            index += 1
        }
        return true
    }

    /// Whether `key` is not among the keys in `children` (keys and values in turn).
    func isNew(_ key: String, among children: [YAMLValue], seen: inout Set<String>?) -> Bool {
        if seen == nil, children.count < 32 {
            var index = 0
            while index < children.count {
                if children[index].text == key { return false }
                index += 2
            }
            return true
        }
        if seen == nil { seen = Set(stride(from: 0, to: children.count, by: 2).map { children[$0].text }) }
        return seen!.insert(key).inserted
    }
}
