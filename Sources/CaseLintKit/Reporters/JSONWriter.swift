import Foundation

/// Pretty JSON written straight into bytes as it is read off a result: the same text as building
/// the `JSONValue` and serializing it, without the tree. Building and then walking a tree of
/// enums, arrays and strings for every project was most of the JSON report's cost.
///
/// Values go in order; inside an object each value follows its `key`, inside an array each value
/// is an item. A container is written `{}` or `[]` when nothing went into it.
struct JSONWriter {
    /// What was written so far (see `JSONBytes`).
    private var out: JSONBytes
    /// The nesting of the next member's line (`JSONValue.serialized(indent:)`).
    private var level: Int
    /// Open containers as bits by depth (bit 0 the outermost): whether each is an array, and
    /// whether anything went into it yet. Bits, not an array of flags: no uniqueness check per member.
    private var depth = 0
    private var arrays: UInt64 = 0
    private var filled: UInt64 = 0
    /// A key was written and its value comes next (no separator, no new line).
    private var afterKey = false

    init(indent: Int = 0, capacity: Int = 4096) {
        level = indent
        out = JSONBytes(capacity: capacity)
    }

    /// What was written, as bytes of their own.
    var bytes: [UInt8] { out.array }

    var text: String { out.text }

    /// A new line and the indentation of `level`, after a comma when `comma`, copied from one literal
    /// (no loop, no allocation).
    mutating func newLine(_ level: Int, comma: Bool = false) {
        let count = 2 + level * 2
        precondition(count <= Self.commaNewLineAndSpaces.utf8CodeUnitCount, "JSON nested deeper than the indentation literal")
        let start = Self.commaNewLineAndSpaces.utf8Start
        if comma { out.append(start, count: count) } else { out.append(start + 1, count: count - 1) }
    }

    private static let commaNewLineAndSpaces: StaticString =
        ",\n                                                                                                "

    /// A key spelt in the code: the report's contract, ASCII with nothing to escape. The comma, the
    /// new line, the indentation and the quoted key are written in place, in one run.
    mutating func key(_ name: StaticString) {
        precondition(depth > 0, "a key outside an object")
        let bit: UInt64 = 1 << UInt64(depth - 1)
        let comma = filled & bit != 0
        filled |= bit
        let indent = level * 2
        let length = name.utf8CodeUnitCount
        out.write((comma ? 1 : 0) + 1 + indent + length + 4) { base in
            var at = 0
            if comma {
                base[0] = UInt8(ascii: ",")
                at = 1
            }
            base[at] = 0x0A
            (base + at + 1).initialize(repeating: 0x20, count: indent)
            at += 1 + indent
            base[at] = UInt8(ascii: "\"")
            (base + at + 1).initialize(from: name.utf8Start, count: length)
            at += 1 + length
            base[at] = UInt8(ascii: "\"")
            base[at + 1] = UInt8(ascii: ":")
            base[at + 2] = 0x20
        }
        afterKey = true
    }

    /// A key that comes from data (a category, a rule, a keyword), escaped as any string.
    mutating func key(text name: String) {
        startMember()
        JSONValue.quote(name, into: &out)
        out.append(UInt8(ascii: ":"))
        out.append(0x20)
        afterKey = true
    }

    mutating func beginObject() { begin(isArray: false, UInt8(ascii: "{")) }
    mutating func endObject() { end(UInt8(ascii: "}")) }
    mutating func beginArray() { begin(isArray: true, UInt8(ascii: "[")) }
    mutating func endArray() { end(UInt8(ascii: "]")) }

    mutating func string(_ text: String) {
        beforeValue()
        JSONValue.quote(text, into: &out)
    }

    mutating func string(_ text: String?) {
        guard let text else { return null() }
        string(text)
    }

    mutating func number(_ value: Double) {
        beforeValue()
        JSONValue.writeNumber(value, into: &out)
    }

    mutating func number(_ value: Int) { number(Double(value)) }

    mutating func bool(_ flag: Bool) {
        beforeValue()
        let word: StaticString = flag ? "true" : "false"
        out.append(word.utf8Start, count: word.utf8CodeUnitCount)
    }

    mutating func null() {
        beforeValue()
        let word: StaticString = "null"
        out.append(word.utf8Start, count: word.utf8CodeUnitCount)
    }

    /// A whole array of strings.
    mutating func strings(_ texts: [String]) {
        beginArray()
        for text in texts { string(text) }
        endArray()
    }

    private mutating func begin(isArray: Bool, _ bracket: UInt8) {
        beforeValue()
        out.append(bracket)
        precondition(depth < 64, "JSON nested deeper than the writer tracks")
        let bit: UInt64 = 1 << UInt64(depth)
        if isArray { arrays |= bit } else { arrays &= ~bit }
        filled &= ~bit
        depth += 1
        level += 1
    }

    private mutating func end(_ bracket: UInt8) {
        depth -= 1
        level -= 1
        if filled & (1 << UInt64(depth)) != 0 { newLine(level) }
        out.append(bracket)
    }

    /// The comma before every member but the first, and the member's line.
    private mutating func startMember() {
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        newLine(level, comma: filled & bit != 0)
        filled |= bit
    }

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0, arrays & (1 << UInt64(depth - 1)) != 0 {
            startMember()
        }
    }
}
