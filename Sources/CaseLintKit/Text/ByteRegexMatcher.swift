/// Runs a `ByteRegexProgram` from one position of ASCII text by backtracking, in the order ICU tries
/// alternatives, so the first match found is the one ICU reports. Every instruction executed costs
/// a step from a budget shared by the whole search; when it runs out the caller gets `exhausted`
/// and asks ICU instead, so a pattern that backtracks without end cannot hang the linter.
///
/// Lookarounds are atomic and see the whole text, as in ICU: `\b`, `$` and a lookahead inside a
/// lookbehind look past the position the lookbehind ends at; only its consuming steps stop there.
struct ByteRegexMatcher {
    static let failed = -1
    static let exhausted = -2

    let code: UnsafeBufferPointer<ByteRegexProgram.Instruction>
    let text: UnsafeBufferPointer<UInt8>
    var steps: Int
    /// Backtrack points as (instruction, position) pairs; each run uses the part above its base.
    var stack: [Int] = []

    init(code: UnsafeBufferPointer<ByteRegexProgram.Instruction>, text: UnsafeBufferPointer<UInt8>, steps: Int) {
        self.code = code
        self.text = text
        self.steps = steps
        stack.reserveCapacity(64)
    }

    /// The end of the first match of the instructions from `start` at `origin` (one ending at
    /// `required` if given, consuming nothing past `limit`), or `failed`, or `exhausted`.
    mutating func run(from start: Int, at origin: Int, endingAt required: Int = -1, limit: Int) -> Int {
        let base = stack.count
        defer { stack.removeSubrange(base...) }
        var pc = start
        var position = origin
        while true {
            steps -= 1
            if steps < 0 { return Self.exhausted }
            var advanced = false
            switch code[pc] {
            case .byte(let set):
                if position < limit, set.contains(text[position]) {
                    position += 1
                    pc += 1
                    advanced = true
                }
            case .split(let first, let second):
                stack.append(second)
                stack.append(position)
                pc = first
                advanced = true
            case .jump(let target):
                pc = target
                advanced = true
            case .assertion(let assertion):
                if holds(assertion, at: position) {
                    pc += 1
                    advanced = true
                }
            case .look(let body, let behind, let negated, let minLength, let maxLength):
                let found = behind ? lookBehind(body, at: position, minLength: minLength, maxLength: maxLength)
                                   : run(from: body, at: position, limit: text.count)
                if found == Self.exhausted { return Self.exhausted }
                if (found >= 0) != negated {
                    pc += 1
                    advanced = true
                }
            case .match:
                if required < 0 || position == required { return position }
            }
            if advanced { continue }
            guard stack.count > base else { return Self.failed }
            position = stack.removeLast()
            pc = stack.removeLast()
        }
    }

    /// Whether the body matches from some start `minLength` to `maxLength` bytes back, ending here.
    private mutating func lookBehind(_ body: Int, at position: Int, minLength: Int, maxLength: Int) -> Int {
        var start = Swift.max(0, position - maxLength)
        while start <= position - minLength {
            let found = run(from: body, at: start, endingAt: position, limit: position)
            if found != Self.failed { return found }
            start += 1
        }
        return Self.failed
    }

    private func holds(_ assertion: ByteRegexAssertion, at position: Int) -> Bool {
        switch assertion {
        case .wordBoundary(let negated):
            let before = position > 0 && ByteRegexSet.word.contains(text[position - 1])
            let after = position < text.count && ByteRegexSet.word.contains(text[position])
            return (before != after) != negated
        case .start:
            return position == 0
        case .end:
            let rest = text.count - position
            if rest == 0 { return true }
            let byte = text[position]
            // Before a line terminator that ends the text, but not between the CR and LF of a CRLF.
            if rest == 1 {
                return ByteRegexSet.lineTerminators.contains(byte)
                    && !(byte == 0x0A && position > 0 && text[position - 1] == 0x0D)
            }
            return rest == 2 && byte == 0x0D && text[position + 1] == 0x0A
        }
    }
}
