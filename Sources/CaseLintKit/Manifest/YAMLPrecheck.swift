/// A cheap lexical pass that finds, before Yams builds a tree, the two things Yams cannot survive:
/// nesting deep enough to overflow the stack (Yams composes recursively) and aliases (Yams hashes
/// mapping keys recursively, so `? *bomb` expands a "billion laughs" inside `compose` itself).
///
/// It follows libyaml's tokenizer (scanner.c) token by token: indentation levels are rolled and
/// unrolled where libyaml rolls them, flow collections are counted, and so is the one-pair mapping
/// that `[a: b]` implies. Scalars are skipped with libyaml's own rules, so a `*` or `[` inside text
/// is not mistaken for structure. Where libyaml would stop with an error the pass stops too:
/// nothing after that point is ever composed. Only a collection used as a mapping key (`[a]: b`)
/// is measured before its mapping exists, so the real depth is at most 2 × measured + 1.
struct YAMLPrecheck {
    enum Problem: Equatable {
        case tooDeep(line: Int)
        case alias(name: String, line: Int)
    }

    static func run(_ text: String, maxDepth: Int) -> Problem? {
        var scanner = YAMLPrecheck(bytes: Array(text.utf8), maxDepth: maxDepth)
        return scanner.scan()
    }

    struct Stopped: Error {}  // libyaml reports an error here; Yams will say which

    let b: [UInt8]
    let maxDepth: Int
    var i = 0, line = 1, col = 0          // libyaml's mark: columns count characters
    var flowLevels: [(sequence: Bool, pair: Bool)] = []
    var pairs = 0                         // flow sequences whose current entry is a `key: value` pair
    var indents: [(col: Int, sequence: Bool)] = []
    var keyAllowed = true                 // libyaml's simple_key_allowed
    var key: (col: Int, line: Int)?       // where a block-context simple key may start

    private init(bytes: [UInt8], maxDepth: Int) {
        b = bytes
        self.maxDepth = maxDepth
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    var flow: Int { flowLevels.count }
    private var depth: Int { indents.count + flowLevels.count + pairs }

    private mutating func scan() -> Problem? {
        do {
            while true {
                skipToToken()
                guard i < b.count else { return nil }
                if flow == 0 { while let top = indents.last, top.col > col { indents.removeLast() } }
                if let problem = try token() { return problem }
            }
        } catch {
            return nil
        }
    }

    /// One token, as in libyaml's fetch_next_token.
    private mutating func token() throws -> Problem? {
        let c = b[i], blankAfter = isBlankZ(i + 1)
        if col == 0, c == UInt8(ascii: "%") { skipLine(); return nil }
        if col == 0, isDocumentMarker(i) {
            guard flow == 0 else { throw Stopped() }
            indents.removeAll(); key = nil; keyAllowed = false; step(3); return nil
        }
        switch c {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            saveKey(); flowLevels.append((c == UInt8(ascii: "["), false)); keyAllowed = true; step(1)
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            if let level = flowLevels.popLast(), level.pair { pairs -= 1 }
            keyAllowed = false; step(1)
        case UInt8(ascii: ","):
            if let level = flowLevels.last, level.pair { flowLevels[flowLevels.count - 1].pair = false; pairs -= 1 }
            keyAllowed = true; step(1)
        case UInt8(ascii: "-") where blankAfter:
            if flow == 0 { roll(col, sequence: true); key = nil }
            keyAllowed = true; step(1)
        case UInt8(ascii: "?") where flow > 0 || blankAfter:
            if flow == 0 { roll(col, sequence: false); key = nil } else { markPair() }
            keyAllowed = flow == 0; step(1)
        case UInt8(ascii: ":") where flow > 0 || blankAfter:
            if flow > 0 {
                markPair(); keyAllowed = false
            } else if let start = key, start.line == line {
                roll(start.col, sequence: false); keyAllowed = false   // a simple key cannot follow another
            } else {
                roll(col, sequence: false); keyAllowed = true
            }
            if flow == 0 { key = nil }
            step(1)
        case UInt8(ascii: "*"):
            var end = i + 1
            while end < b.count, isAnchorCharacter(b[end]) { end += 1 }
            guard end > i + 1 else { throw Stopped() }  // `*` without a name: libyaml's error
            return .alias(name: String(decoding: b[(i + 1)..<end].prefix(64), as: UTF8.self), line: line)
        case UInt8(ascii: "&"):
            saveKey(); keyAllowed = false; step(1)
            while i < b.count, isAnchorCharacter(b[i]) { step(1) }
        case UInt8(ascii: "!"):
            saveKey(); keyAllowed = false; step(1)
            while i < b.count, !isBlankZ(i) { stepCharacter() }
        case UInt8(ascii: "|") where flow == 0, UInt8(ascii: ">") where flow == 0:
            key = nil; try blockScalar(); keyAllowed = true
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            saveKey(); try quotedScalar(c); keyAllowed = false
        default:
            guard startsPlain(c, blankAfter: blankAfter) else { throw Stopped() }
            saveKey(); keyAllowed = try plainScalar()
        }
        return depth > maxDepth ? .tooDeep(line: line) : nil
    }

    private mutating func roll(_ column: Int, sequence: Bool) {
        guard flow == 0 else { return }
        if let top = indents.last, column < top.col || (column == top.col && (!sequence || top.sequence)) { return }
        indents.append((column, sequence))
    }

    /// In a flow sequence, `?` or `:` turns the current entry into a one-pair mapping.
    private mutating func markPair() {
        guard let level = flowLevels.last, level.sequence, !level.pair else { return }
        flowLevels[flowLevels.count - 1].pair = true
        pairs += 1
    }

    private mutating func saveKey() {
        if flow == 0 && keyAllowed { key = (col, line) }
    }

    /// YAML's indicators (`-?:,[]{}#&*!|>'"%@` and the backtick), by switch: hashing each token's
    /// first byte into a set was a sixth of the pass.
    private static func isIndicator(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"): return true
        default: return false
        }
    }

    /// libyaml's plain-scalar start rule: no indicator, except `-`, `?`, `:` glued to text.
    private func startsPlain(_ c: UInt8, blankAfter: Bool) -> Bool {
        if !isBlankZ(i) && !Self.isIndicator(c) { return true }
        if c == UInt8(ascii: "-") { return !isBlank(i + 1) }
        return flow == 0 && (c == UInt8(ascii: "?") || c == UInt8(ascii: ":")) && !blankAfter
    }

    /// Skips a plain scalar with libyaml's rules, including continuation lines; returns whether
    /// it ended after a line break (then a simple key may follow, as in libyaml).
    private mutating func plainScalar() throws -> Bool {
        let indent = flow == 0 ? (indents.last?.col ?? -1) + 1 : 0
        var afterBreak = false
        while true {
            if col == 0, isDocumentMarker(i) { break }
            if i < b.count, b[i] == UInt8(ascii: "#") { break }
            while i < b.count, !isBlankZ(i) {
                let c = b[i]
                if flow > 0, c == UInt8(ascii: ":"), i + 1 < b.count, isFlowIndicator(b[i + 1]) || b[i + 1] == UInt8(ascii: "?") {
                    throw Stopped()
                }
                if c == UInt8(ascii: ":") && isBlankZ(i + 1) { break }
                if flow > 0 && isFlowIndicator(c) { break }
                stepCharacter(); afterBreak = false
            }
            guard isBlank(i) || breakLength(i) > 0 else { break }
            while true {
                if isBlank(i) { step(1) } else if breakLength(i) > 0 { stepBreak(); afterBreak = true } else { break }
            }
            if flow == 0 && col < indent { break }
        }
        return afterBreak
    }
}
