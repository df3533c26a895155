import Foundation

/// Reads a regular expression for words that every match must contain, so the linter can skip
/// paragraphs that lack them without running the regex. Only the top level of the pattern is read:
/// a literal word outside groups, or a group that is a plain alternation of words ("(intended|meant)")
/// and is not optional. Each result is a set of alternatives; a match contains a word that starts
/// with one of them. Words are taken only where they begin a word of the text (after `\b`, `\s`, a
/// space, a group start or the pattern start), so a prefix test on the text's tokens is exact.
enum RequiredWords {
    static let minimumLength = 3

    /// A word a match needs: the text has a word starting with `prefix`. With `endsWord`, the pattern
    /// puts a boundary (`\b`, `\s`, a space, punctuation) right after it, so the text's next byte is
    /// not an ASCII letter or digit: "read\b" is passed over in "README" and "ready".
    struct Word: Equatable {
        var prefix: String
        var endsWord: Bool
    }

    static func sets(_ pattern: String) -> [[String]] { words(pattern).map { $0.map(\.prefix) } }

    static func words(_ pattern: String) -> [[Word]] {
        let scalars = Array(pattern.lowercased().unicodeScalars)
        // Boundaries are read in the pattern as written (`\S` is not `\s`), by position, so only
        // where lowercasing kept every scalar in place.
        let written = Array(pattern.unicodeScalars)
        let original = written.count == scalars.count ? written[...] : nil
        var sets: [[Word]] = []
        // The literal being read, as positions: every character that is not a letter or digit ends it.
        var current: Range<Int>?
        var currentAtWordStart = true
        var atWordStart = true       // whether the next literal would begin a word of the text
        var beforeSpaceClass = true  // atWordStart before the last `\s`, for `\s*` and `\s?`
        var lastWasSpaceClass = false
        var index = 0
        func flush(dropLast: Bool = false) {
            if var literal = current {
                if dropLast { literal = literal.lowerBound..<(literal.upperBound - 1) }
                if currentAtWordStart, literal.count >= minimumLength {
                    let endsWord = !dropLast && original.map { boundaryFollows($0, at: literal.upperBound) } == true
                    sets.append([Word(prefix: text(scalars[literal]), endsWord: endsWord)])
                }
            }
            current = nil
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let spaceClassBefore = lastWasSpaceClass
            lastWasSpaceClass = false
            switch scalar {
            case "\\":
                flush()
                let escaped = index + 1 < scalars.count ? scalars[index + 1] : " "
                if escaped == "s" {
                    beforeSpaceClass = atWordStart
                    lastWasSpaceClass = true
                    atWordStart = true
                } else {
                    // `\b` and an escaped punctuation mark (`\[`) are followed by a word start; `\w`, `\d` are not.
                    atWordStart = escaped == "b" || !isWordScalar(escaped)
                }
                index += 2
                continue
            case "[", ".":
                flush()
                var separatorsOnly = false
                if scalar == "[" {
                    let open = index
                    while index < scalars.count, scalars[index] != "]" { index += 1 }
                    // A class of word separators only ("[- ]" in "FDA[- ]approved"): what follows
                    // begins a word of the text, unless the class is optional (handled at "?").
                    let members = scalars[(open + 1)..<min(index, scalars.count)]
                    separatorsOnly = !members.isEmpty && members.first != "^"
                        && members.allSatisfy { " -_/\\s".unicodeScalars.contains($0) }
                }
                atWordStart = separatorsOnly
            case "(":
                flush()
                let before = atWordStart
                var depth = 1
                var end = index + 1
                while end < scalars.count, depth > 0 {
                    if scalars[end] == "\\" { end += 2; continue }
                    if scalars[end] == "(" { depth += 1 }
                    if scalars[end] == ")" { depth -= 1 }
                    end += 1
                }
                let body = text(scalars[(index + 1)..<max(index + 1, end - 1)])
                let optional = isOptional(scalars[...], after: end)
                let writtenBody = original.map { text($0[(index + 1)..<max(index + 1, end - 1)]) }
                if before, !optional,
                   let words = plainAlternation(body, written: writtenBody, boundaryAfter: original.map { boundaryFollows($0, at: end) } == true) {
                    sets.append(words)
                }
                if body.hasPrefix("?<") || body.hasPrefix("?=") || body.hasPrefix("?!") {
                    atWordStart = before          // a lookaround consumes nothing
                } else {
                    let endsAtBoundary = ["\\s+", "\\s", " ", "\\b"].contains { body.hasSuffix($0) }
                    atWordStart = endsAtBoundary && (before || !optional)
                }
                index = end
                if optional, index < scalars.count { index += scalars[index] == "{" ? (scalars[index...].firstIndex(of: "}").map { $0 - index + 1 } ?? 1) : 1 }
                continue
            case "|":
                return []   // alternatives at the top level: nothing is required
            case "?", "*", "{":
                flush(dropLast: !spaceClassBefore)
                atWordStart = spaceClassBefore ? beforeSpaceClass : false
                if scalar == "{" { while index < scalars.count, scalars[index] != "}" { index += 1 } }
            case "+", ")", "^", "$":
                flush()
            case " ":
                flush()
                atWordStart = true
            default:
                // Digits are word characters too: "\b100\s*%" needs a word starting "100".
                if scalar.isASCII, isWordScalar(scalar) {
                    if let literal = current {
                        current = literal.lowerBound..<(index + 1)
                    } else {
                        currentAtWordStart = atWordStart
                        current = index..<(index + 1)
                    }
                    atWordStart = false
                } else {
                    flush()
                    atWordStart = !isWordScalar(scalar)
                }
            }
            index += 1
        }
        flush()
        return sets
    }

    /// A letter or digit (Unicode's alphabetic or numeric); ASCII without the property tables.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetter(scalar) || ("0"..."9").contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }

    /// The scalars as a string. `String.UnicodeScalarView(slice)` appends them one at a time through
    /// a generic path, which made this reading a tenth of start-up.
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isOptional(_ scalars: ArraySlice<Unicode.Scalar>, after position: Int) -> Bool {
        guard position < scalars.endIndex else { return false }
        let next = scalars[position]
        if next == "?" || next == "*" { return true }
        return next == "{" && position + 1 < scalars.endIndex && scalars[position + 1] == "0"
    }

    /// Whether what the pattern (as written, not lowercased) reads at `position` is a character that is never an ASCII letter or
    /// digit (white space, punctuation, a separator class), or `\b`; it must not be optional.
    /// The end of the pattern is not a boundary: "read" at the end matches in "ready".
    static func boundaryFollows(_ scalars: ArraySlice<Unicode.Scalar>, at position: Int) -> Bool {
        guard position < scalars.endIndex else { return false }
        let scalar = scalars[position]
        switch scalar {
        case "\\":
            guard position + 1 < scalars.endIndex else { return false }
            let escaped = scalars[position + 1]
            if escaped == "b" { return true }
            // `\s`, `\W` and escaped punctuation (`\.`) read one non-word character.
            guard escaped == "s" || escaped == "W" || !isWordScalar(escaped) else { return false }
            return !isOptional(scalars, after: position + 2)
        case "[":
            guard let close = scalars[position...].firstIndex(of: "]") else { return false }
            let members = scalars[(position + 1)..<close]
            let separatorsOnly = !members.isEmpty && members.first != "^"
                && members.allSatisfy { " -_/\\s".unicodeScalars.contains($0) }
            return separatorsOnly && !isOptional(scalars, after: close + 1)
        case "|", "(", ")", ".", "^", "$", "?", "*", "+", "{":
            return false
        default:
            return !isWordScalar(scalar) && !isOptional(scalars, after: position + 1)
        }
    }
}
