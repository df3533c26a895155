import Foundation

/// How `WordSequence.Reader` reads one construct of a pattern and the quantifier after it.
extension WordSequence.Reader {
    enum Read {
        case atom(WordSequence.Atom)
        /// Consumes nothing the filter needs to know about (a lookaround, an anchor).
        case nothing
        /// A construct the reader does not follow: the opening ends here.
        case unread
    }

    mutating func read() -> Read {
        let scalar = scalars[position]
        let atom: WordSequence.Atom
        switch scalar {
        case "\\":
            guard position + 1 < scalars.count else { return .unread }
            let escaped = scalars[position + 1]
            position += 2
            if escaped == "b" {
                return .atom(.boundary)
            } else if escaped == "s" {
                atom = .space
            } else if escaped.isASCII, !WordSequence.isWordScalar(escaped), escaped.value > 0x20 {
                atom = .literal([UInt8(escaped.value)])   // escaped punctuation: "\." "\["
            } else {
                return .unread   // \S, \w, \d, \B, \p{..}, back-references
            }
        case "[":
            guard let members = classMembers() else { return .unread }
            atom = members
        case "(":
            guard let group = group() else { return .unread }
            guard let read = group else { return .nothing }
            atom = read
        case "^", "$":
            position += 1
            return .nothing   // an anchor only narrows what matches
        case ".", "?", "*", "+", "{", "|", ")":
            return .unread
        default:
            guard scalar.isASCII, scalar.value >= 0x20 else { return .unread }
            let byte = UInt8(scalar.value)
            atom = .literal([byte &- 0x41 < 26 ? byte | 0x20 : byte])
            position += 1
        }
        return quantified(atom)
    }

    /// The atom under the quantifier that follows it, if any: `?` makes it optional, `+` and `*`
    /// repeat white space only; other repeats are not read.
    mutating func quantified(_ atom: WordSequence.Atom) -> Read {
        guard position < scalars.count else { return .atom(atom) }
        let next = scalars[position]
        let result: WordSequence.Atom
        switch next {
        case "?": result = .optional([atom])
        case "+" where atom == .space: result = .space
        case "*" where atom == .space: result = .optional([.space])
        case "+", "*", "{": return .unread
        default: return .atom(atom)
        }
        position += 1
        // A lazy or possessive mark changes what is captured, not whether there is a match.
        if position < scalars.count, scalars[position] == "?" || scalars[position] == "+" { position += 1 }
        return .atom(result)
    }

    /// "[- ]", "[xX]", "[\s/]": single bytes (letters lowercased) and white space; negated classes
    /// and ranges are not read.
    mutating func classMembers() -> WordSequence.Atom? {
        var index = position + 1
        var bytes: [UInt8] = []
        var space = false
        while index < scalars.count, scalars[index] != "]" {
            var member = scalars[index]
            if member == "^", index == position + 1 { return nil }
            if member == "\\" {
                guard index + 1 < scalars.count else { return nil }
                member = scalars[index + 1]
                index += 1
                if member == "s" {
                    space = true
                    index += 1
                    continue
                }
                guard !WordSequence.isWordScalar(member) else { return nil }
            } else if member == "-", index != position + 1, index + 1 < scalars.count, scalars[index + 1] != "]" {
                return nil   // a range
            }
            guard member.isASCII else { return nil }
            let byte = UInt8(member.value)
            bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            index += 1
        }
        guard index < scalars.count else { return nil }
        position = index + 1
        return .oneOf(bytes, space: space)
    }

    /// A group: its alternatives, or `.some(nil)` for a lookaround (skipped: it consumes nothing),
    /// or nil for a group the reader does not follow (inline flags, named groups).
    mutating func group() -> WordSequence.Atom?? {
        var index = position + 1
        if index < scalars.count, scalars[index] == "?" {
            let kind = index + 1 < scalars.count ? scalars[index + 1] : " "
            let lookbehind = kind == "<" && index + 2 < scalars.count && (scalars[index + 2] == "=" || scalars[index + 2] == "!")
            if kind == "=" || kind == "!" || lookbehind {
                return skipGroup() ? .some(nil) : nil
            }
            guard kind == ":" else { return nil }
            index += 2
        }
        position = index
        let choices = alternatives()
        guard position < scalars.count, scalars[position] == ")" else { return nil }
        position += 1
        return .some(.choosing(choices))
    }
}

extension WordSequence.Atom {
    /// Alternatives with each choice's first byte worked out (see `alternatives`).
    static func choosing(_ choices: [[WordSequence.Atom]]) -> WordSequence.Atom {
        let firsts = choices.map { choice -> UInt8 in
            for atom in choice {
                if atom == .boundary { continue }
                if case .literal(let bytes) = atom { return bytes[0] }
                return 0
            }
            return 0
        }
        return .alternatives(choices, firsts: firsts)
    }
}

extension WordSequence.Reader {
    /// Moves past the group that opens at `position`, nested groups and classes included.
    mutating func skipGroup() -> Bool {
        var depth = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "\\" {
                position += 2
                continue
            }
            if scalar == "[" {
                while position < scalars.count, scalars[position] != "]" { position += 1 }
            } else if scalar == "(" {
                depth += 1
            } else if scalar == ")" {
                depth -= 1
                if depth == 0 {
                    position += 1
                    return true
                }
            }
            position += 1
        }
        return false
    }
}

extension WordSequence {
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        RequiredWords.isWordScalar(scalar)
    }
}
