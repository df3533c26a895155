/// A `ByteRegexNode` tree flattened into instructions for `ByteRegexMatcher`'s backtracking loop:
/// a `split` tries its first target and leaves the second to backtrack to, so the order of the
/// targets is the order ICU tries alternatives and repetitions in (greedy: one more first; lazy:
/// one fewer first). Counted repetitions are unrolled: `x{1,3}` is `x` then two optional `x`.
struct ByteRegexProgram: Sendable {
    enum Instruction: Sendable {
        case byte(ByteRegexSet)
        /// Go on at the first target; on failure, at the second.
        case split(Int, Int)
        case jump(Int)
        case assertion(ByteRegexAssertion)
        /// Runs the instructions from `body` (ending in `match`) as a lookaround; a lookbehind must
        /// end where the lookaround stands, starting `minLength` to `maxLength` bytes before it.
        case look(body: Int, behind: Bool, negated: Bool, minLength: Int, maxLength: Int)
        case match
    }

    /// Programs larger than this (counted repetitions of long groups) are left to ICU.
    static let largestSize = 20_000

    private(set) var instructions: [Instruction] = []
    /// Where the lookaround bodies start, after the main program's `match`.
    private var pendingLooks: [(at: Int, node: ByteRegexNode)] = []

    init?(_ root: ByteRegexNode) {
        guard emit(root) else { return nil }
        instructions.append(.match)
        // Lookaround bodies go after the main program, each ending in its own `match`.
        while let (at, node) = pendingLooks.popLast() {
            guard case .look(_, let behind, let negated, let minLength, let maxLength) = instructions[at] else { return nil }
            instructions[at] = .look(body: instructions.count, behind: behind, negated: negated, minLength: minLength, maxLength: maxLength)
            guard emit(node) else { return nil }
            instructions.append(.match)
        }
    }

    private mutating func emit(_ node: ByteRegexNode) -> Bool {
        guard instructions.count < Self.largestSize else { return false }
        switch node {
        case .byte(let set):
            instructions.append(.byte(set))
        case .sequence(let items):
            for item in items where !emit(item) { return false }
        case .alternation(let options):
            // split(option, next split) per option but the last; each option jumps to the end.
            var jumps: [Int] = []
            for (number, option) in options.enumerated() {
                let split = instructions.count
                if number < options.count - 1 { instructions.append(.split(split + 1, -1)) }
                guard emit(option) else { return false }
                if number < options.count - 1 {
                    jumps.append(instructions.count)
                    instructions.append(.jump(-1))
                    instructions[split] = .split(split + 1, instructions.count)
                }
            }
            for jump in jumps { instructions[jump] = .jump(instructions.count) }
        case .repetition(let body, let min, let max, let lazy):
            for _ in 0..<min where !emit(body) { return false }
            if let max {
                // Each optional copy may be skipped, which skips the rest too.
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(instructions.count)
                    instructions.append(.jump(-1))
                    guard emit(body) else { return false }
                }
                let end = instructions.count
                for split in splits { instructions[split] = lazy ? .split(end, split + 1) : .split(split + 1, end) }
            } else {
                let loop = instructions.count
                instructions.append(.jump(-1))
                guard emit(body) else { return false }
                instructions.append(.jump(loop))
                let end = instructions.count
                instructions[loop] = lazy ? .split(end, loop + 1) : .split(loop + 1, end)
            }
        case .assertion(let assertion):
            instructions.append(.assertion(assertion))
        case .look(let body, let behind, let negated):
            pendingLooks.append((instructions.count, body))
            instructions.append(.look(body: -1, behind: behind, negated: negated, minLength: body.minLength, maxLength: body.maxLength ?? 0))
        }
        return instructions.count < Self.largestSize
    }
}
