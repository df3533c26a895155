/// The parts of `YAMLPrecheck` that only move past text: whitespace, comments, line breaks,
/// quoted and block scalars. Each mirrors the libyaml routine named in its comment.
extension YAMLPrecheck {
    private static let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

    /// scan_to_next_token: tabs separate tokens only in flow context or after a key-less token.
    mutating func skipToToken() {
        while i < b.count {
            if col == 0, b[i...].starts(with: [0xEF, 0xBB, 0xBF]) { i += 3; col += 1 }
            while i < b.count, b[i] == Self.space || (b[i] == Self.tab && (flow > 0 || !keyAllowed)) { step(1) }
            if i < b.count, b[i] == UInt8(ascii: "#") { skipLine() }
            guard breakLength(i) > 0 else { return }
            stepBreak()
            if flow == 0 { keyAllowed = true }
        }
    }

    /// scan_flow_scalar: quoted text may span lines; only a document marker interrupts it.
    mutating func quotedScalar(_ quote: UInt8) throws {
        step(1)
        while true {
            guard i < b.count, !(col == 0 && isDocumentMarker(i)) else { throw Stopped() }
            let c = b[i]
            if quote == UInt8(ascii: "'"), c == quote {
                guard i + 1 < b.count, b[i + 1] == quote else { step(1); return }
                step(2)
                continue
            }
            if quote == UInt8(ascii: "\"") {
                if c == quote { step(1); return }
                if c == UInt8(ascii: "\\") {
                    step(1)  // the escaped character, even a quote or a line break, belongs to the text
                    guard i < b.count else { throw Stopped() }
                }
            }
            if breakLength(i) > 0 { stepBreak() } else { stepCharacter() }
        }
    }

    /// scan_block_scalar: the header, then every line indented at least as far as the content.
    mutating func blockScalar() throws {
        step(1)
        var increment = 0
        for _ in 0..<2 where i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { step(1); continue }
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9"), increment == 0 else { break }
            guard c != UInt8(ascii: "0") else { throw Stopped() }
            increment = Int(c - UInt8(ascii: "0"))
            step(1)
        }
        while isBlank(i) { step(1) }
        if i < b.count, b[i] == UInt8(ascii: "#") { skipLine() }
        guard i >= b.count || breakLength(i) > 0 else { throw Stopped() }
        if i < b.count { stepBreak() }
        let parent = indents.last?.col ?? -1
        var indent = increment == 0 ? 0 : (parent >= 0 ? parent + increment : increment)
        indent = try blockScalarBreaks(indent: indent, parent: parent)
        while col == indent, i < b.count {
            skipLine()
            guard i < b.count else { return }
            stepBreak()
            indent = try blockScalarBreaks(indent: indent, parent: parent)
        }
    }

    /// scan_block_scalar_breaks: eats indentation and empty lines; with `indent` 0, detects it.
    private mutating func blockScalarBreaks(indent: Int, parent: Int) throws -> Int {
        var widest = 0
        while true {
            while indent == 0 || col < indent, i < b.count, b[i] == Self.space { step(1) }
            widest = max(widest, col)
            if indent == 0 || col < indent, i < b.count, b[i] == Self.tab { throw Stopped() }
            guard breakLength(i) > 0 else { break }
            stepBreak()
        }
        return indent == 0 ? max(widest, parent + 1, 1) : indent
    }

    // MARK: Characters

    func isBlank(_ j: Int) -> Bool { j < b.count && (b[j] == Self.space || b[j] == Self.tab) }

    func isBlankZ(_ j: Int) -> Bool { j >= b.count || isBlank(j) || breakLength(j) > 0 }

    func isFlowIndicator(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): return true
        default: return false
        }
    }

    /// libyaml's IS_ALPHA: the characters of an anchor or alias name.
    func isAnchorCharacter(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c == 0x2D
    }

    /// libyaml's line breaks: CR, LF, CRLF, NEL (U+0085), LS and PS (U+2028, U+2029).
    func breakLength(_ j: Int) -> Int {
        guard j < b.count else { return 0 }
        switch b[j] {
        case 0x0D: return j + 1 < b.count && b[j + 1] == 0x0A ? 2 : 1
        case 0x0A: return 1
        case 0xC2: return j + 1 < b.count && b[j + 1] == 0x85 ? 2 : 0
        case 0xE2: return j + 2 < b.count && b[j + 1] == 0x80 && (b[j + 2] == 0xA8 || b[j + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    func isDocumentMarker(_ j: Int) -> Bool {
        guard j + 2 < b.count else { return false }
        let c = b[j]
        return (c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) && b[j + 1] == c && b[j + 2] == c && isBlankZ(j + 3)
    }

    /// Moves over `count` ASCII characters.
    mutating func step(_ count: Int) {
        i += count
        col += count
    }

    /// Moves over one UTF-8 encoded character: one column, like libyaml.
    mutating func stepCharacter() {
        let lead = b[i]
        i += lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        col += 1
    }

    mutating func stepBreak() {
        i += breakLength(i)
        line += 1
        col = 0
    }

    mutating func skipLine() {
        while i < b.count, breakLength(i) == 0 { stepCharacter() }
    }
}
