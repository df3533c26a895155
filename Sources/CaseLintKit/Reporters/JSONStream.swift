import Foundation

/// A JSON document written in pieces, byte for byte what serializing it whole would give: a
/// skeleton with holes, one of them an array written item by item as the items come, the others
/// values filled in at the end (counts, portfolios). Lets the JSON and SARIF reports stream.
struct JSONStream {
    /// A value to fill later; its serialized form cannot occur in real output (a NUL is escaped).
    static func hole(_ name: String) -> JSONValue { .string("\u{0}" + name) }

    private let head: String
    /// What follows the array: text, and the names of the holes between the pieces.
    private let tail: [(text: Substring, hole: String?)]
    /// The indentation level of the streamed array's value.
    private let level: Int

    /// - array: the hole the items go into; `level`: its nesting (1 for a key of the top object).
    /// - indent: the skeleton's own nesting, when it is itself a value inside a larger document.
    init(_ skeleton: JSONValue, array: String, level: Int, indent: Int = 0) {
        let text = skeleton.serialized(indent: indent)
        let marker = Self.marker(array)
        guard let range = text.range(of: marker) else { preconditionFailure("no hole \(array) in the skeleton") }
        head = String(text[..<range.lowerBound])
        tail = Self.split(text[range.upperBound...])
        self.level = level
    }

    /// Everything up to and including the array's `[`.
    var opening: String { head + "[" }

    func item(_ value: JSONValue, index: Int) -> String {
        (index > 0 ? "," : "") + "\n" + String(repeating: "  ", count: level + 1) + value.serialized(indent: level + 1)
    }

    /// An item written straight into bytes (`JSONWriter`) rather than built as a value, as those bytes.
    func itemBytes(index: Int, _ write: (inout JSONWriter) -> Void) -> [UInt8] {
        var out = JSONWriter(indent: level + 1, capacity: 16_384)
        out.newLine(level + 1, comma: index > 0)
        write(&out)
        return out.bytes
    }

    /// The array's `]` and the rest, with each other hole filled by text written at its level
    /// (`JSONStream.text`) — a value, or a document of its own written in pieces.
    func closing(count: Int, filling values: [(hole: String, text: String)] = []) -> String {
        var out = ""
        close(count: count, write: { out += $0 }) { hole in out += values.first { $0.hole == hole }?.text ?? Self.marker(hole) }
        return out
    }

    /// `closing`, written in pieces: `fill` writes each other hole's text (at its level) through `write`.
    func close(count: Int, write: (String) throws -> Void, fill: (String) throws -> Void) rethrows {
        try write(count == 0 ? "]" : "\n" + String(repeating: "  ", count: level) + "]")
        for piece in tail {
            try write(String(piece.text))
            if let hole = piece.hole { try fill(hole) }
        }
    }

    /// The text after the array, cut at each hole (a NUL, escaped, opens its name; a quote ends it).
    private static func split(_ text: Substring) -> [(text: Substring, hole: String?)] {
        let opening = "\"\\u0000"
        var pieces: [(text: Substring, hole: String?)] = []
        var rest = text
        while let start = rest.range(of: opening) {
            let nameStart = start.upperBound
            let nameEnd = rest[nameStart...].firstIndex(of: "\"") ?? rest.endIndex
            pieces.append((rest[..<start.lowerBound], String(rest[nameStart..<nameEnd])))
            rest = nameEnd < rest.endIndex ? rest[rest.index(after: nameEnd)...] : rest[rest.endIndex...]
        }
        pieces.append((rest, nil))
        return pieces
    }

    /// A value's text at a nesting level.
    static func text(_ value: JSONValue, level: Int) -> String { value.serialized(indent: level) }

    /// An array of items at `level`, each written on its own as `write` gives it (the array never
    /// held whole): the same text as serializing the array.
    static func array<Item>(_ items: [Item], level: Int, _ write: (Item, Int) -> String) -> String {
        guard !items.isEmpty else { return "[]" }
        var out = "["
        for (index, item) in items.enumerated() {
            out += (index > 0 ? "," : "") + "\n" + String(repeating: "  ", count: level + 1) + write(item, level + 1)
        }
        return out + "\n" + String(repeating: "  ", count: level) + "]"
    }

    private static func marker(_ name: String) -> String { hole(name).serialized() }
}
