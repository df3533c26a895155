import Foundation

/// The opening of a pattern read as bytes in a row: letters, white space, separators, groups of
/// alternatives, `\b`; up to the first construct it does not read, after which anything may follow.
/// The word filters only know that a sentence holds a pattern's words somewhere; this knows the
/// order and what stands between them, so a sentence that has "care ... read" far apart, or "ce"
/// inside "produced", is passed over without running the regex (most of the regex calls that found
/// nothing were such sentences).
///
/// It accepts at least every sentence the regex matches: what it cannot read ends the opening
/// (lookarounds are skipped), white space may be any byte outside ASCII, and a sentence with a
/// character that case folding turns into ASCII letters ("ſ") is not judged at all.
struct WordSequence: Sendable {
    // Not `indirect`: the recursion goes through arrays, which are heap buffers already.
    enum Atom: Sendable, Equatable {
        /// These bytes, ASCII letters compared without case.
        case literal([UInt8])
        /// One byte of a class ("[- ]"); `space`: or white space.
        case oneOf([UInt8], space: Bool)
        /// `\s` or `\s+`: a run of white space (and, to be safe, of bytes outside ASCII).
        case space
        case boundary
        case optional([Atom])
        /// `firsts`: each choice's first byte when it starts with a literal, else 0, so that choices
        /// that cannot start at a byte are passed over without trying them.
        case alternatives([[Atom]], firsts: [UInt8])
        /// What follows is not read: the opening has matched.
        case rest
    }

    let atoms: [Atom]
    /// The atoms as matching reads them.
    let program: Program
    /// Bytes a match can start with, when the opening says: other start positions are skipped.
    /// Indexed by the byte as written (an ASCII capital as its lowercase letter), so that the scan
    /// over a sentence's bytes does not lowercase each one.
    let firstBytes: [Bool]?

    /// nil when the pattern's opening says nothing a sentence could lack.
    init?(_ pattern: String) {
        var reader = Reader(scalars: Array(pattern.unicodeScalars))
        let parsed = reader.alternatives()
        atoms = parsed.count == 1 ? parsed[0] : [.choosing(parsed)]
        guard Self.consumes(atoms) else { return nil }
        program = Program(atoms)
        firstBytes = Self.firstBytes(atoms).map { lowered in (0...255).map { lowered[Int(Self.lower(UInt8($0)))] } }
        // `\b` then a letter or digit: the byte before is no word character.
        startsAtWordStart = atoms.first == .boundary && firstBytes.map { allowed in
            allowed.indices.allSatisfy { !allowed[$0] || Self.isWord(UInt8($0)) == true }
        } == true
    }

    /// Whether a match starts a word (see `init`): positions after a word character are skipped.
    let startsAtWordStart: Bool

    /// Whether the atoms require some byte before anything unread.
    static func consumes(_ atoms: [Atom]) -> Bool {
        for atom in atoms {
            switch atom {
            case .literal, .oneOf, .space: return true
            case .alternatives(let choices, _): return choices.allSatisfy(consumes)
            case .rest: return false
            case .boundary, .optional: continue
            }
        }
        return false
    }

    /// The bytes the first consumed byte can be, or nil for any. Every match consumes a byte at its
    /// start position, so positions whose byte is not among them are skipped. Classes, white space
    /// and optional openings are followed too: a pattern opening with "[xX]" or "(?:the\s+)?" was
    /// tried at every byte of every sentence.
    static func firstBytes(_ atoms: [Atom]) -> [Bool]? {
        var allowed = [Bool](repeating: false, count: 256)
        func addSpace() {
            for byte in 0...255 where mayBeSpace(UInt8(byte)) { allowed[byte] = true }
        }
        /// Whether every match of `atoms` consumes a byte, its first one now marked in `allowed`.
        func add(_ atoms: [Atom]) -> Bool {
            for atom in atoms {
                switch atom {
                case .boundary: continue
                case .literal(let bytes):
                    allowed[Int(bytes[0])] = true
                    return true
                case let .oneOf(members, space):
                    for member in members { allowed[Int(member)] = true }
                    if space { addSpace() }
                    return true
                case .space:
                    addSpace()
                    return true
                case .alternatives(let choices, _):
                    for choice in choices where !add(choice) { return false }
                    return true
                case .optional(let inner):
                    // Either the inner atoms consume the first byte, or what follows them does.
                    guard add(inner) else { return false }
                    continue
                case .rest:
                    return false
                }
            }
            return false
        }
        return add(atoms) ? allowed : nil
    }

    /// Reads a pattern as written; ASCII letters are kept lowercase.
    struct Reader {
        let scalars: [Unicode.Scalar]
        var position = 0

        /// Alternatives up to `)` or the end; an alternative read only in part ends in `.rest`.
        mutating func alternatives() -> [[Atom]] {
            var choices: [[Atom]] = [sequence()]
            while position < scalars.count, scalars[position] == "|" {
                position += 1
                choices.append(sequence())
            }
            return choices
        }

        /// Atoms up to `|`, `)` or the end; on a construct it does not read, `.rest`, skipping to
        /// the end of the current alternative.
        mutating func sequence() -> [Atom] {
            var atoms: [Atom] = []
            // Letters in a row become one literal ("clinician" then an optional "s"): gathered here
            // and added when something else comes (an atom each, joined one by one, was most of
            // the reading).
            var literal: [UInt8] = []
            func addLiteral() {
                if !literal.isEmpty { atoms.append(.literal(literal)) }
                literal.removeAll()
            }
            while position < scalars.count, scalars[position] != "|", scalars[position] != ")" {
                if let byte = plainByte() {
                    literal.append(byte)
                    position += 1
                    continue
                }
                switch read() {
                case .unread:
                    addLiteral()
                    atoms.append(.rest)
                    skipAlternative()
                    return atoms
                case .nothing:
                    continue
                case .atom(.literal(let bytes)):
                    literal.append(contentsOf: bytes)
                case .atom(let atom):
                    addLiteral()
                    atoms.append(atom)
                }
            }
            addLiteral()
            return atoms
        }

        /// The byte `read` would make a literal of at `position` (lowercased), when no quantifier
        /// follows it; nil for anything else.
        func plainByte() -> UInt8? {
            let scalar = scalars[position]
            switch scalar {
            case "\\", "[", "(", "^", "$", ".", "?", "*", "+", "{", "|", ")": return nil
            default: guard scalar.isASCII, scalar.value >= 0x20 else { return nil }
            }
            if position + 1 < scalars.count {
                switch scalars[position + 1] {
                case "?", "*", "+", "{": return nil
                default: break
                }
            }
            let byte = UInt8(scalar.value)
            return byte &- 0x41 < 26 ? byte | 0x20 : byte
        }

        mutating func skipAlternative() {
            var depth = 0
            while position < scalars.count {
                let scalar = scalars[position]
                if scalar == "\\" { position += 2; continue }
                if scalar == "[" {
                    while position < scalars.count, scalars[position] != "]" { position += 1 }
                } else if scalar == "(" {
                    depth += 1
                } else if scalar == ")" {
                    if depth == 0 { return }
                    depth -= 1
                } else if scalar == "|", depth == 0 {
                    return
                }
                position += 1
            }
        }
    }
}
