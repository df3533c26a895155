/// The words a group of alternatives needs: "(intended|meant)" needs a word starting "intended"
/// or one starting "meant".
extension RequiredWords {
    /// For a group body "a b|c(?:d)?|e", the longest word-start literal of each alternative, or nil
    /// when some alternative has none (then the group cannot filter anything). `written` is the body
    /// as the pattern spells it (nil when lowercasing moved its scalars), for reading boundaries;
    /// `boundaryAfter`: whether the pattern puts one right after the group.
    static func plainAlternation(_ body: String, written: String? = nil, boundaryAfter: Bool = false) -> [Word]? {
        var scalars = Array(body.lowercased().unicodeScalars)
        var spelled = written.map { Array($0.unicodeScalars) }
        if spelled?.count != scalars.count { spelled = nil }
        if scalars.starts(with: ["?", ":"]) {
            scalars.removeFirst(2)
            spelled?.removeFirst(2)
        }
        if scalars.first == "?" { return nil }   // lookarounds and other special groups
        var words: [Word] = []
        for alternative in splitAlternatives(scalars) {
            guard let found = longestWordStart(alternative), found.word.count >= minimumLength else { return nil }
            var endsWord = false
            if !found.trimmed, let spelled {
                endsWord = found.end == alternative.endIndex ? boundaryAfter
                                                             : boundaryFollows(spelled[alternative.startIndex..<alternative.endIndex], at: found.end)
            }
            words.append(Word(prefix: found.word, endsWord: endsWord))
        }
        return words.isEmpty ? nil : words
    }

    /// Splits at `|` outside nested groups and classes.
    static func splitAlternatives(_ scalars: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var partStart = 0
        var depth = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                index += 2
                continue
            }
            if scalar == "(" || scalar == "[" { depth += 1 }
            if scalar == ")" || scalar == "]" { depth -= 1 }
            if scalar == "|", depth == 0 {
                parts.append(scalars[partStart..<index])
                partStart = index + 1
            }
            index += 1
        }
        parts.append(scalars[partStart..<scalars.count])
        return parts
    }

    /// The longest run of letters that starts a word of the text, read left to right until the first
    /// construct that hides what follows (a group, a class, a wildcard), with the position after it
    /// and whether its last letter was dropped (made optional by `?`). Runs are kept as positions:
    /// every other character ends one.
    static func longestWordStart(_ scalars: ArraySlice<Unicode.Scalar>) -> (word: String, end: Int, trimmed: Bool)? {
        var best = scalars.startIndex..<scalars.startIndex
        var bestTrimmed = false
        var run: Range<Int>?
        var atWordStart = true
        var runAtWordStart = true
        var index = scalars.startIndex
        func flush(dropLast: Bool) {
            if var letters = run {
                if dropLast { letters = letters.lowerBound..<(letters.upperBound - 1) }
                if runAtWordStart, letters.count > best.count {
                    best = letters
                    bestTrimmed = dropLast
                }
            }
            run = nil
        }
        scan: while index < scalars.endIndex {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                flush(dropLast: false)
                let escaped = index + 1 < scalars.endIndex ? scalars[index + 1] : " "
                guard escaped == "s" || escaped == "b" else { break scan }
                atWordStart = true
                index += 2
                continue
            case " ", "-":
                flush(dropLast: false)
                atWordStart = true
            case "+":
                flush(dropLast: false)
            case "?", "*", "{":
                flush(dropLast: true)
                break scan
            case "'", "’":
                flush(dropLast: false)
                atWordStart = false
            default:
                if isASCIILetter(scalar) {
                    if let letters = run {
                        run = letters.lowerBound..<(index + 1)
                    } else {
                        runAtWordStart = atWordStart
                        run = index..<(index + 1)
                    }
                    atWordStart = false
                } else {
                    flush(dropLast: false)
                    break scan
                }
            }
            index += 1
        }
        flush(dropLast: false)
        return best.isEmpty ? nil : (text(scalars[best]), best.upperBound, bestTrimmed)
    }
}
