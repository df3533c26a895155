import Foundation

/// Whether a pattern's opening can match in a span of text: tried at every byte (not only at word
/// starts), backtracking over optional atoms, alternatives and runs of white space.
extension WordSequence {
    /// Whether the regex may match in `bytes[range]`, the text it is given (a sentence, or a
    /// paragraph for reject patterns). `folds`: the span has a character that case folding turns
    /// into ASCII letters; then nothing is ruled out.
    func mayMatch(_ bytes: [UInt8], in range: Range<Int>, folds: Bool) -> Bool {
        guard !folds else { return true }
        return bytes.withUnsafeBufferPointer { text in
            program.nodes.withUnsafeBufferPointer { nodes in
                program.bytes.withUnsafeBufferPointer { members in
                    program.choiceStarts.withUnsafeBufferPointer { choiceStarts in
                        program.choiceFirsts.withUnsafeBufferPointer { choiceFirsts in
                            // Each optional or alternative holds one continuation while it runs: at most one
                            // per level of nesting (a few words, kept on the stack; one per node went to the heap).
                            withUnsafeTemporaryAllocation(of: Int.self, capacity: program.nesting + 1) { pending in
                                let runner = Runner(nodes: nodes, members: members, choiceStarts: choiceStarts,
                                                    choiceFirsts: choiceFirsts, text: text, range: range, pending: pending)
                                return scan(runner, text, range)
                            }
                        }
                    }
                }
            }
        }
    }

    private func scan(_ runner: Runner, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var depth = 0
        guard let firstBytes else {
            for start in range where runner.run(0, at: start, &depth) { return true }
            return runner.run(0, at: range.upperBound, &depth)
        }
        // Every match consumes a byte at its start (see `firstBytes`), so the span's end is never one.
        return firstBytes.withUnsafeBufferPointer { allowed in
            for start in range where allowed[Int(text[start])] {
                if startsAtWordStart, start > range.lowerBound, Self.isWord(text[start - 1]) == true { continue }
                if runner.run(0, at: start, &depth) { return true }
            }
            return false
        }
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// White space as `\s` may read it: ASCII controls and space, and any byte outside ASCII (a
    /// no-break space, an em space), which is more than `\s` reads but never less.
    @inline(__always) static func mayBeSpace(_ byte: UInt8) -> Bool { byte <= 0x20 || byte >= 0x80 }

    /// A word character for `\b`: true or false for ASCII, nil (either) outside it.
    @inline(__always) static func isWord(_ byte: UInt8) -> Bool? {
        if byte >= 0x80 { return nil }
        return byte &- 0x30 < 10 || lower(byte) &- 0x61 < 26 || byte == UInt8(ascii: "_")
    }

}

/// Runs the flat program (`WordSequence.Program`) at one position of a span, backtracking.
private struct Runner {
    let nodes: UnsafeBufferPointer<WordSequence.Program.Node>
    let members: UnsafeBufferPointer<UInt8>
    let choiceStarts: UnsafeBufferPointer<Int32>
    let choiceFirsts: UnsafeBufferPointer<UInt8>
    let text: UnsafeBufferPointer<UInt8>
    let range: Range<Int>
    /// What is left to match after the current sequence, innermost last (`depth` of them); restored on return.
    let pending: UnsafeMutableBufferPointer<Int>

    func run(_ node: Int, at position: Int, _ depth: inout Int) -> Bool {
        let atom = nodes[node]
        let end = range.upperBound
        switch atom.kind {
        case .end:
            guard depth > 0 else { return true }
            depth -= 1
            let next = pending[depth]
            // What runs next may push into this slot; it is put back for the alternatives still to try.
            defer {
                pending[depth] = next
                depth += 1
            }
            return run(next, at: position, &depth)
        case .rest:
            return true
        case .literal:
            let first = Int(atom.first)
            let count = Int(atom.count)
            guard position + count <= end else { return false }
            for offset in 0..<count where WordSequence.lower(text[position + offset]) != members[first + offset] { return false }
            return run(node + 1, at: position + count, &depth)
        case .oneOf, .oneOfOrSpace:
            guard position < end else { return false }
            let byte = text[position]
            let lowered = WordSequence.lower(byte)
            let first = Int(atom.first)
            if members[first..<(first + Int(atom.count))].contains(lowered), run(node + 1, at: position + 1, &depth) { return true }
            guard atom.kind == .oneOfOrSpace, WordSequence.mayBeSpace(byte) else { return false }
            // One character of white space: outside ASCII, all of its bytes.
            var next = position + 1
            if byte >= 0x80 { while next < end, text[next] & 0xC0 == 0x80 { next += 1 } }
            return run(node + 1, at: next, &depth)
        case .space:
            var runEnd = position
            while runEnd < end, WordSequence.mayBeSpace(text[runEnd]) { runEnd += 1 }
            var stop = runEnd
            while stop > position {
                if run(node + 1, at: stop, &depth) { return true }
                stop -= 1
            }
            return false
        case .boundary:
            // Outside the span is the string's edge, which is no word character.
            let before: Bool? = position > range.lowerBound ? WordSequence.isWord(text[position - 1]) : false
            let after: Bool? = position < end ? WordSequence.isWord(text[position]) : false
            if let before, let after, before == after { return false }
            return run(node + 1, at: position, &depth)
        case .optional:
            pending[depth] = node + 1
            depth += 1
            let found = run(Int(atom.first), at: position, &depth)
            depth -= 1
            return found || run(node + 1, at: position, &depth)
        case .alternatives:
            let next = position < end ? WordSequence.lower(text[position]) : 0
            pending[depth] = node + 1
            depth += 1
            defer { depth -= 1 }
            let first = Int(atom.first)
            for index in first..<(first + Int(atom.count)) where choiceFirsts[index] == 0 || choiceFirsts[index] == next {
                if run(Int(choiceStarts[index]), at: position, &depth) { return true }
            }
            return false
        }
    }
}
