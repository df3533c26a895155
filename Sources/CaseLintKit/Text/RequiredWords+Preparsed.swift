/// The built-in patterns' required words, read once by `Scripts/embed-resources.sh` instead of at
/// every start: reading them was the largest step left in compiling the rule packs (a sixth of
/// it). The generated table (`PreparsedPatternWords`) maps each pattern to its words written as
/// text; a pattern missing from it (a pack from --rules, or the script not run after an edit, which
/// a test reports) is read as before.
extension RequiredWords {
    /// What `words(pattern)` returns, from the generated table when the pattern is there.
    static func preparsedOrRead(_ pattern: String) -> [[Word]] {
        if let written = PreparsedPatternWords.table[pattern], let words = decode(written) { return words }
        return words(pattern)
    }

    /// The words as one line: sets apart by spaces, a set's alternatives by `|`, each word that
    /// ends at a boundary (`Word.endsWord`) followed by `$`. "fda$ approved|cleared" is
    /// [[fda, ends], [approved, cleared]]. Words are lowercase ASCII letters and digits, which
    /// none of the separators are; nil for words that are not (the table then cannot hold them).
    static func encode(_ sets: [[Word]]) -> String? {
        var line = ""
        for (number, set) in sets.enumerated() {
            if number > 0 { line += " " }
            for (position, word) in set.enumerated() {
                guard !word.prefix.isEmpty, word.prefix.utf8.allSatisfy(isTableByte) else { return nil }
                if position > 0 { line += "|" }
                line += word.prefix + (word.endsWord ? "$" : "")
            }
        }
        return line
    }

    /// The sets `encode` wrote; nil for a line it cannot have written. One pass over the bytes:
    /// splitting the line into arrays cost as much as reading the pattern.
    static func decode(_ line: String) -> [[Word]]? {
        var sets: [[Word]] = []
        var set: [Word] = []
        var word: [UInt8] = []
        var endsWord = false
        var valid = true
        // A separator or the line's end closes the word before it, which must have letters.
        func close() {
            if word.isEmpty { valid = false }
            set.append(Word(prefix: String(decoding: word, as: UTF8.self), endsWord: endsWord))
            word.removeAll(keepingCapacity: true)
            endsWord = false
        }
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: " "):
                close()
                sets.append(set)
                set.removeAll(keepingCapacity: true)
            case UInt8(ascii: "|"):
                close()
            case UInt8(ascii: "$"):
                if word.isEmpty || endsWord { return nil }
                endsWord = true
            default:
                if endsWord || !isTableByte(byte) { return nil }
                word.append(byte)
            }
            if !valid { return nil }
        }
        guard !line.isEmpty else { return [] }
        close()
        sets.append(set)
        return valid ? sets : nil
    }

    /// The bytes a required word is made of (see `words`: lowercased ASCII letters and digits).
    private static func isTableByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The built-in patterns and their words as `encode` writes them, in the order given, each once:
    /// what `Scripts/embed-resources.sh` writes into the table. Patterns whose words it cannot
    /// write are left out (and read at start-up).
    static func tableEntries(_ patterns: [String]) -> [(pattern: String, words: String)] {
        var seen: Set<String> = []
        return patterns.compactMap { pattern in
            guard seen.insert(pattern).inserted, let line = encode(words(pattern)) else { return nil }
            return (pattern, line)
        }
    }
}
