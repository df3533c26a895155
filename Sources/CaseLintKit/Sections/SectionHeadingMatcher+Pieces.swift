import Foundation

/// How a heading is cut into the pieces the matcher reads: at punctuation, dashes and the
/// connective words ("Data & Methods", "Limitations and Risks").
extension SectionHeadingMatcher {
    /// Token lists of the heading's pieces, split at punctuation and connective words. A leading
    /// placeholder marker ("TODO: add limitations") says the heading is unwritten, not what it is about.
    static func pieces(_ heading: String) -> [[Token]] {
        var all = splitPieces(heading)
        dropNumbering(&all)
        if all.count > 1, all[0].count == 1, markers.contains(all[0][0].hash) { return Array(all.dropFirst()) }
        return all
    }

    /// Section numbering ("6.", "2.1", "3 -") says where a heading stands, not what it is about: a
    /// numbered "6. Things to keep in mind" is read as its words, like the same heading unnumbered.
    static func dropNumbering(_ pieces: inout [[Token]]) {
        guard let first = pieces.first, let lead = first.firstIndex(where: { !$0.isNumber }) else {
            if pieces.count > 1 { pieces.removeFirst() }
            return
        }
        if lead > 0 { pieces[0].removeFirst(lead) }
    }

    static func splitPieces(_ heading: String) -> [[Token]] {
        // Bytes, copied at once and lowercased in place (mapping the UTF-8 view went byte by byte
        // through its iterator): headings are short but there are many of them in a large portfolio.
        var bytes = Array(heading.utf8)
        for index in bytes.indices where bytes[index] &- 0x41 < 26 { bytes[index] |= 0x20 }
        var result: [[Token]] = []
        var tokens: [Token] = []
        var start = 0
        var index = 0
        func flushSegment(_ end: Int) {
            tokens.removeAll(keepingCapacity: true)
            TextIndex.tokenize(bytes, start..<end, line: 1, isTable: false, into: &tokens)
            var current: [Token] = []
            for var token in tokens {
                // "Next.js", "Next-generation sequencing": a word glued to the next one by a dot or hyphen
                // is part of a name, not the "next" that opens a plan ("Next iterations").
                if token.hash == Self.nextWord, Self.isGlued(bytes, after: Int(token.end)) { token.hash = Self.gluedNext }
                if separators.contains(token.hash) {
                    if !current.isEmpty { result.append(current) }
                    current = []
                } else {
                    current.append(token)
                }
            }
            if !current.isEmpty { result.append(current) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            // En and em dashes are E2 80 93 / E2 80 94.
            let dash = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94)
            if isSeparatorByte(byte) || dash {
                flushSegment(index)
                index += dash ? 3 : 1
                start = index
                continue
            }
            index += 1
        }
        flushSegment(bytes.count)
        return result
    }

    static let nextWord = TextIndex.hash("next".utf8)
    static let gluedNext = TextIndex.hash("next-".utf8)

    /// A dot or hyphen at `end` with a word character right after it.
    static func isGlued(_ bytes: [UInt8], after end: Int) -> Bool {
        end + 1 < bytes.count && (bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-")) && TextIndex.isWordByte(bytes[end + 1])
    }

    /// `! & ( ) + , / : ; ? [ ] |` by a switch, tested per byte of every heading (a `Set` hashed each byte).
    static func isSeparatorByte(_ byte: UInt8) -> Bool {
        switch byte { case 0x21, 0x26, 0x28, 0x29, 0x2B, 0x2C, 0x2F, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D, 0x7C: true; default: false }
    }
}
