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

    /// The sets `encode` wrote; nil for a line it cannot have written. One pass over the bytes,
    /// each word made from its run of them: splitting the line into arrays cost as much as
    /// reading the pattern.
    static func decode(_ line: String) -> [[Word]]? {
        var line = line
        return line.withUTF8 { bytes -> [[Word]]? in
            guard !bytes.isEmpty else { return [] }
            var sets: [[Word]] = []
            var set: [Word] = []
            var start = 0
            var position = 0
            // Each word: its letters, an optional `$`, then a separator or the end.
            while position <= bytes.count {
                let byte: UInt8 = position < bytes.count ? bytes[position] : UInt8(ascii: " ")
                guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "$") else {
                    guard isTableByte(byte) else { return nil }
                    position += 1
                    continue
                }
                guard position > start else { return nil }
                let letters = UnsafeBufferPointer(rebasing: bytes[start..<position])
                var endsWord = false
                var separator = byte
                if byte == UInt8(ascii: "$") {
                    endsWord = true
                    position += 1
                    separator = position < bytes.count ? bytes[position] : UInt8(ascii: " ")
                    guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "|") else { return nil }
                }
                set.append(Word(prefix: String(decoding: letters, as: UTF8.self), endsWord: endsWord))
                if separator == UInt8(ascii: " ") {
                    sets.append(set)
                    set.removeAll()
                }
                position += 1
                start = position
            }
            return sets
        }
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
