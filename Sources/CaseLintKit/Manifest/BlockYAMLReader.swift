import Foundation
import Yams

/// Composes the plain block YAML that manifests are written in (a mapping of keys to plain,
/// quoted or folded text, `[a, b]` lists, and `- ` lists of text or of mappings) without libyaml
/// or Yams' nodes, into a `YAMLValue` holding what `YAMLFastTags.compose` gives: same strings,
/// tags, styles and marks. On a portfolio of thousands of manifests, libyaml's events and Yams'
/// nodes were a fifteenth of the run.
///
/// Anything outside that subset (tabs, anchors, tags, flow mappings, escapes, multi-line plain or
/// quoted text, empty values, duplicate keys, several documents...) is declined, and the caller
/// composes with Yams: its answer, and its error messages, stay the reference.
struct BlockYAMLReader {
    struct Declined: Error {}

    /// A line holding something other than blanks or a comment.
    struct Line {
        var number: Int      // 1-based
        var start: Int       // offset of the line's first byte
        var indent: Int      // leading spaces
        var end: Int         // offset of its line break (or of the text's end)
        var content: Int { start + indent }
    }

    let bytes: [UInt8]
    /// Every line's start and end, blank or not (folded text reads its blank lines).
    let allLines: [(start: Int, end: Int)]
    let lines: [Line]
    var position = 0
    var nodes = 0
    /// Collections open around the one being read, and the most that were ever open at once.
    var depth = 0
    var nesting = 0

    /// The tree, or nil when the text is outside the subset (including an empty document).
    /// `nodes` grows by the tree's scalars and collections, as `YAMLFastTags.compose` counts them.
    static func read(_ text: String, counting nodes: inout Int) -> YAMLValue? {
        guard let reading = reading(text) else { return nil }
        nodes += reading.nodes
        return reading.value
    }

    /// The tree, its scalars and collections, how deeply its collections nest (a flow list inside
    /// a mapping nests 2 deep), and whether a `*` is written anywhere (where an alias could be).
    static func reading(_ text: String) -> (value: YAMLValue, nodes: Int, nesting: Int, hasStar: Bool)? {
        let bytes = Array(text.utf8)
        guard Self.isPlainText(bytes) else { return nil }
        var reader = BlockYAMLReader(bytes)
        guard let root = try? reader.document() else { return nil }
        let hasStar = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, Int32(UInt8(ascii: "*")), buffer.count) != nil } ?? false
        }
        return (root, reader.nodes, reader.nesting, hasStar)
    }

    /// Counts one more collection open; its reader closes it (`depth -= 1`) when done. Deeper
    /// documents are declined: the pre-pass then refuses them before anything recurses that far.
    mutating func open() throws {
        depth += 1
        guard depth <= Self.deepestNesting else { throw Declined() }
        nesting = max(nesting, depth)
    }

    /// `SafeYAML.Limits.default.maxDepth`: past it the pre-pass refuses a document anyway.
    static let deepestNesting = 64

    /// `read`, as the Yams tree `YAMLFastTags.compose` gives.
    static func compose(_ text: String, counting nodes: inout Int) -> Node? {
        read(text, counting: &nodes)?.yamsNode
    }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var all: [(start: Int, end: Int)] = []
        var lines: [Line] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var first = start
            while first < end, bytes[first] == 0x20 { first += 1 }
            all.append((start, end))
            if first < end, bytes[first] != UInt8(ascii: "#") {
                lines.append(Line(number: all.count, start: start, indent: first - start, end: end))
            }
            start = end + 1
        }
        allLines = all
        self.lines = lines
    }

    /// One mapping, after an optional `---`, and nothing after it.
    mutating func document() throws -> YAMLValue {
        guard position < lines.count else { throw Declined() }
        if lines[position].indent == 0, text(lines[position].content, lines[position].end).elementsEqual("---".utf8) { position += 1 }
        guard position < lines.count else { throw Declined() }
        let line = lines[position]
        let root = try mapping(indent: line.indent, line: line, key: line.content)
        guard position == lines.count else { throw Declined() }
        return root
    }

    /// The keys at `indent`, the first at `key` on `line` (after a `- ` for a list item).
    mutating func mapping(indent: Int, line first: Line, key firstKey: Int) throws -> YAMLValue {
        try open()
        defer { depth -= 1 }
        var children: [YAMLValue] = []
        // Duplicate keys are looked for among the few written so far; a set only for long mappings.
        var seen: Set<String>?
        var line = first
        var keyStart = firstKey
        nodes += 1
        while true {
            guard let (key, afterColon) = self.key(line, at: keyStart), isNew(key, among: children, seen: &seen) else { throw Declined() }
            nodes += 1
            let at = mark(line, keyStart)
            children.append(YAMLValue(kind: .scalar, text: key, tagName: YAMLFastTags.tagName(of: key), style: .plain,
                                      line: at.line, column: at.column))
            children.append(try value(line, after: afterColon, parentIndent: indent))
            guard position < lines.count, lines[position].indent >= indent else { break }
            line = lines[position]
            guard line.indent == indent else { throw Declined() }
            keyStart = line.content
        }
        let at = mark(first, firstKey)
        return YAMLValue(kind: .mapping, children: children, tagName: .map, line: at.line, column: at.column)
    }

    /// A key (letters, digits, `_`, `-`, `.` and inner spaces, starting with a letter, digit or `_`)
    /// and the offset after its colon, which a space or the line's end must follow.
    func key(_ line: Line, at start: Int) -> (String, Int)? {
        var index = start
        guard index < line.end, Self.startsKey(bytes[index]) else { return nil }
        while index < line.end, bytes[index] != UInt8(ascii: ":") {
            guard Self.continuesKey(bytes[index]) else { return nil }
            index += 1
        }
        guard index < line.end, bytes[index - 1] != 0x20, index + 1 == line.end || bytes[index + 1] == 0x20 else { return nil }
        return (String(decoding: bytes[start..<index], as: UTF8.self), index + 1)
    }

    static func startsKey(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "_")
    }

    static func continuesKey(_ byte: UInt8) -> Bool {
        startsKey(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == 0x20
    }

    /// A key's value: text on its line, or a nested mapping or list on the lines below.
    mutating func value(_ line: Line, after colon: Int, parentIndent: Int) throws -> YAMLValue {
        let start = skipSpaces(colon, line.end)
        guard start == line.end || bytes[start] == UInt8(ascii: "#") else { return try inline(line, at: start, parentIndent: parentIndent) }
        position += 1
        guard position < lines.count else { throw Declined() }
        let next = lines[position]
        if isDash(next) {
            guard next.indent >= parentIndent else { throw Declined() }
            return try sequence(indent: next.indent)
        }
        guard next.indent > parentIndent else { throw Declined() }
        return try mapping(indent: next.indent, line: next, key: next.content)
    }

    /// `- ` items at `indent`: text, or mappings whose first key follows the dash.
    mutating func sequence(indent: Int) throws -> YAMLValue {
        try open()
        defer { depth -= 1 }
        var items: [YAMLValue] = []
        let first = lines[position]
        nodes += 1
        while position < lines.count, lines[position].indent == indent, isDash(lines[position]) {
            let line = lines[position]
            let start = skipSpaces(line.content + 1, line.end)
            guard start < line.end, bytes[start] != UInt8(ascii: "-") || !isDash(line, at: start) else { throw Declined() }
            if key(line, at: start) != nil {
                items.append(try mapping(indent: start - line.start, line: line, key: start))
            } else {
                items.append(try inline(line, at: start, parentIndent: indent))
            }
        }
        guard position == lines.count || lines[position].indent <= indent else { throw Declined() }
        let at = mark(first, first.content)
        return YAMLValue(kind: .sequence, children: items, tagName: .seq, line: at.line, column: at.column)
    }

    func isDash(_ line: Line, at offset: Int? = nil) -> Bool {
        let at = offset ?? line.content
        return bytes[at] == UInt8(ascii: "-") && at + 1 < line.end && bytes[at + 1] == 0x20
    }

    func skipSpaces(_ from: Int, _ end: Int) -> Int {
        var index = from
        while index < end, bytes[index] == 0x20 { index += 1 }
        return index
    }

    func text(_ from: Int, _ to: Int) -> ArraySlice<UInt8> {
        var end = to
        while end > from, bytes[end - 1] == 0x20 { end -= 1 }
        return bytes[from..<end]
    }

    /// libyaml's mark: 1-based line, and column counted in Unicode scalars.
    func mark(_ line: Line, _ offset: Int) -> (line: Int, column: Int) {
        var column = 1
        for index in line.start..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return (line.number, column)
    }
}
