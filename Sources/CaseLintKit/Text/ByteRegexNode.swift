/// A parsed `ByteRegex` pattern. Only what the built-in rule packs use is here; `ByteRegexParser`
/// refuses anything else, and such a pattern keeps running on NSRegularExpression. Only the cases
/// that hold one node are boxed: a literal is a set in place, not an allocation.
enum ByteRegexNode: Sendable, Equatable {
    /// One byte from the set (literals are sets too: "a" is {a, A}).
    case byte(ByteRegexSet)
    case sequence([ByteRegexNode])
    /// Tried in the order written.
    case alternation([ByteRegexNode])
    /// `max` nil: unbounded. `lazy`: fewest repetitions first.
    indirect case repetition(ByteRegexNode, min: Int, max: Int?, lazy: Bool)
    case assertion(ByteRegexAssertion)
    /// A lookaround: atomic and zero-width, as in ICU.
    indirect case look(ByteRegexNode, behind: Bool, negated: Bool)

    /// The fewest bytes a match consumes.
    var minLength: Int {
        switch self {
        case .byte: 1
        case .sequence(let items): items.reduce(0) { $0 + $1.minLength }
        case .alternation(let options): options.map(\.minLength).min() ?? 0
        case .repetition(let body, let min, _, _): body.minLength * min
        case .assertion, .look: 0
        }
    }

    /// The most bytes a match consumes, nil when unbounded.
    var maxLength: Int? {
        switch self {
        case .byte: return 1
        case .sequence(let items):
            var total = 0
            for item in items {
                guard let length = item.maxLength else { return nil }
                total += length
            }
            return total
        case .alternation(let options):
            var most = 0
            for option in options {
                guard let length = option.maxLength else { return nil }
                most = Swift.max(most, length)
            }
            return most
        case .repetition(let body, _, let max, _):
            guard let max, let length = body.maxLength else { return body.maxLength == 0 ? 0 : nil }
            return length * max
        case .assertion, .look: return 0
        }
    }

    /// Whether ICU accepts this inside a lookbehind: it bounds every repetition in it, lookaheads
    /// included, and takes no lazy ones.
    var fitsLookbehind: Bool {
        switch self {
        case .byte, .assertion: true
        case .sequence(let items), .alternation(let items): items.allSatisfy(\.fitsLookbehind)
        case .repetition(let body, _, let max, let lazy): max != nil && !lazy && body.fitsLookbehind
        case .look(let body, _, _): body.fitsLookbehind
        }
    }

    /// Bytes a match can start with (nil when a match may consume nothing): start positions
    /// whose byte is outside it are skipped without running the matcher.
    var firstBytes: ByteRegexSet? {
        switch self {
        case .byte(let set): return set
        case .sequence(let items):
            var union = ByteRegexSet()
            for item in items {
                if item.minLength > 0 {
                    guard let first = item.firstBytes else { return nil }
                    return union.union(first)
                }
                // A zero-width item (an assertion) is skipped; an optional one adds its bytes.
                if case .assertion = item { continue }
                if case .look = item { continue }
                guard let first = item.firstBytes else { return nil }
                union = union.union(first)
            }
            return nil
        case .alternation(let options):
            var union = ByteRegexSet()
            for option in options {
                guard option.minLength > 0, let first = option.firstBytes else { return nil }
                union = union.union(first)
            }
            return union
        case .repetition(let body, _, _, _):
            return body.firstBytes
        case .assertion, .look: return nil
        }
    }
}

enum ByteRegexAssertion: Sendable, Equatable {
    /// `\b`, and `\B` (negated): a word byte on exactly one side, the text's ends counting as non-word.
    case wordBoundary(negated: Bool)
    /// `^` without the multi-line flag: the start of the text.
    case start
    /// `$` without the multi-line flag: the end of the text, or before a line terminator ending it.
    case end
}
