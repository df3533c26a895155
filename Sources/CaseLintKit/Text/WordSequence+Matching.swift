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
            var pending: [ArraySlice<Atom>] = []
            var start = range.lowerBound
            while start <= range.upperBound {
                if let firstBytes {
                    guard start < range.upperBound else { return false }
                    if !firstBytes[Int(Self.lower(text[start]))] {
                        start += 1
                        continue
                    }
                }
                if startsAtWordStart, start > range.lowerBound, Self.isWord(text[start - 1]) == true {
                    start += 1
                    continue
                }
                if Self.run(atoms[...], at: start, text, range, &pending) { return true }
                start += 1
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

    /// `pending`: what is left to match after the current atoms, innermost last; restored on return.
    static func run(_ atoms: ArraySlice<Atom>, at position: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                    _ pending: inout [ArraySlice<Atom>]) -> Bool {
        guard let atom = atoms.first else {
            guard let next = pending.popLast() else { return true }
            defer { pending.append(next) }
            return run(next, at: position, text, range, &pending)
        }
        let rest = atoms.dropFirst()
        let end = range.upperBound
        switch atom {
        case .rest:
            return true
        case .literal(let bytes):
            guard position + bytes.count <= end else { return false }
            for offset in bytes.indices where lower(text[position + offset]) != bytes[offset] { return false }
            return run(rest, at: position + bytes.count, text, range, &pending)
        case let .oneOf(bytes, space):
            guard position < end else { return false }
            let byte = text[position]
            if bytes.contains(lower(byte)), run(rest, at: position + 1, text, range, &pending) { return true }
            guard space, mayBeSpace(byte) else { return false }
            // One character of white space: outside ASCII, all of its bytes.
            var next = position + 1
            if byte >= 0x80 { while next < end, text[next] & 0xC0 == 0x80 { next += 1 } }
            return run(rest, at: next, text, range, &pending)
        case .space:
            var runEnd = position
            while runEnd < end, mayBeSpace(text[runEnd]) { runEnd += 1 }
            var stop = runEnd
            while stop > position {
                if run(rest, at: stop, text, range, &pending) { return true }
                stop -= 1
            }
            return false
        case .boundary:
            // Outside the span is the string's edge, which is no word character.
            let before: Bool? = position > range.lowerBound ? isWord(text[position - 1]) : false
            let after: Bool? = position < end ? isWord(text[position]) : false
            if let before, let after, before == after { return false }
            return run(rest, at: position, text, range, &pending)
        case .optional(let inner):
            pending.append(rest)
            let found = run(inner[...], at: position, text, range, &pending)
            pending.removeLast()
            return found || run(rest, at: position, text, range, &pending)
        case let .alternatives(choices, firsts):
            let next = position < end ? lower(text[position]) : 0
            pending.append(rest)
            defer { pending.removeLast() }
            for index in choices.indices where firsts[index] == 0 || firsts[index] == next {
                if run(choices[index][...], at: position, text, range, &pending) { return true }
            }
            return false
        }
    }
}
