import Foundation

/// A word token of readable text: a byte span of the lowercased document plus where it sits.
public struct Token: Sendable {
    public var start: Int32
    public var end: Int32
    public var line: Int32          // 1-based
    public var cell: Int16          // table cell index on table lines, 0 elsewhere
    public var hash: UInt64
    public var isNumber: Bool
    public var percent: Bool        // a number directly followed by %
}

/// The readable text of a document (prose, tables, headings: never code, HTML, comments or front
/// matter), lowercased and cut into word tokens once, so that every check reads the same index.
public final class TextIndex: @unchecked Sendable {
    public let document: MarkdownDocument
    /// ASCII-lowercased copy of the document bytes; offsets match `document.bytes`.
    public let lower: [UInt8]
    public let tokens: [Token]
    /// Index of the first token of each line (1-based line -> token index), for windowed look-ups.
    public let lineFirstToken: [Int32]
    /// Whether the document has a byte outside ASCII (where case-insensitive matching folds more).
    public let hasNonASCII: Bool
    /// The document's sections, and each one's heading cut into pieces (`SectionHeadingMatcher.pieces`):
    /// the section model, the disclaimer scanner and the metric context all read them, and each
    /// had worked them out again.
    public let sections: [Section]
    let headingPieces: [[[Token]]]
    /// Token positions by phrase-filter word, sorted on first use (`PhraseMatcher.matches(in:range:)`).
    lazy var filterBuckets = TokenFilterBuckets(tokens)

    public init(_ document: MarkdownDocument) {
        self.document = document
        (lower, hasNonASCII) = Self.lowercased(document.bytes)
        var tokens: [Token] = []
        tokens.reserveCapacity(document.bytes.count / 6)
        var firsts = [Int32](repeating: 0, count: document.lineCount + 2)
        // One buffer for every line's tokens, with room for the longest line's.
        let room = document.lineRanges.reduce(0) { max($0, Self.maximumTokens($1.count)) }
        let scratch = UnsafeMutablePointer<Token>.allocate(capacity: max(room, 1))
        defer { scratch.deallocate() }
        lower.withUnsafeBufferPointer { lower in
            for lineIndex in 0..<document.lineCount {
                firsts[lineIndex + 1] = Int32(tokens.count)
                guard document.isText(line: lineIndex + 1) else { continue }
                let range = document.lineRanges[lineIndex]
                let count = Self.tokenize(lower, range, line: Int32(lineIndex + 1), isTable: document.kinds[lineIndex] == .table,
                                          to: scratch, room: Self.maximumTokens(range.count))
                tokens.append(contentsOf: UnsafeBufferPointer(start: scratch, count: count))
            }
        }
        firsts[document.lineCount + 1] = Int32(tokens.count)
        self.tokens = tokens
        lineFirstToken = firsts
        sections = document.sections()
        headingPieces = sections.map { SectionHeadingMatcher.pieces($0.heading.text) }
    }

    /// ASCII-lowercased bytes and whether any byte is outside ASCII, in one loop the compiler can vectorize.
    static func lowercased(_ bytes: [UInt8]) -> ([UInt8], Bool) {
        var seen: UInt8 = 0
        let lower = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
            bytes.withUnsafeBufferPointer { source in
                for index in 0..<source.count {
                    let byte = source[index]
                    seen |= byte
                    out[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
            }
            count = bytes.count
        }
        return (lower, seen >= 0x80)
    }

    public func text(of token: Token) -> String {
        String(decoding: lower[Int(token.start)..<Int(token.end)], as: UTF8.self)
    }

    public func original(_ range: Range<Int>) -> String {
        String(decoding: document.bytes[range], as: UTF8.self)
    }

    /// Token indices on one line.
    public func tokenRange(line: Int) -> Range<Int> {
        Int(lineFirstToken[line])..<Int(lineFirstToken[line + 1])
    }

    public func numberValue(_ token: Token) -> Double? {
        guard token.isNumber else { return nil }
        let decimalComma = hasDecimalComma(token)
        var digits = hasLeadingPoint(token) ? "0." : ""
        for byte in lower[Int(token.start)..<Int(token.end)] {
            if byte == UInt8(ascii: ",") {
                if decimalComma { digits.append(".") }
                continue
            }
            digits.unicodeScalars.append(Unicode.Scalar(byte))
        }
        return Double(digits)
    }

    /// "99,66" is a decimal comma (the part after it is not three digits); "5,856" groups thousands.
    public func hasDecimalComma(_ token: Token) -> Bool {
        let bytes = lower[Int(token.start)..<Int(token.end)]
        guard let comma = bytes.lastIndex(of: UInt8(ascii: ",")), !bytes.contains(UInt8(ascii: ".")) else { return false }
        return bytes.endIndex - comma - 1 != 3
    }

    /// A number with a fractional part: "0.83", "99,66".
    public func isFraction(_ token: Token) -> Bool {
        token.isNumber && (lower[Int(token.start)..<Int(token.end)].contains(UInt8(ascii: ".")) || hasDecimalComma(token)
            || hasLeadingPoint(token))
    }

    /// ".87" written without its zero: the tokenizer starts the number after the point.
    public func hasLeadingPoint(_ token: Token) -> Bool {
        let start = Int(token.start)
        guard token.isNumber, start > 0, lower[start - 1] == UInt8(ascii: ".") else { return false }
        guard start > 1 else { return true }
        let before = lower[start - 2]
        return !Self.isWordByte(before) && before != UInt8(ascii: ".")
    }

    /// A percentage: "92%", "92 %", or "%92" as some languages write it.
    public func isPercent(_ token: Token) -> Bool {
        if token.percent || token.start > 0 && lower[Int(token.start) - 1] == UInt8(ascii: "%") { return true }
        let end = Int(token.end)
        return token.isNumber && end + 1 < lower.count && lower[end] == 0x20 && lower[end + 1] == UInt8(ascii: "%")
    }

    /// A value shaped like a metric's result: a percentage or a number with a fractional part.
    /// Whole numbers are counts, years and sizes far more often than scores.
    public func isScoreShaped(_ token: Token) -> Bool {
        isPercent(token) || isFraction(token)
    }

    // MARK: tokenizer

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Words are runs of letters, digits and non-ASCII bytes; an apostrophe (' or ’) inside a word is
    /// dropped from its hash ("cohen's" = "cohens"); a number keeps its decimal point and thousands commas.
    static func tokenize(_ bytes: [UInt8], _ range: Range<Int>, line: Int32, isTable: Bool, into tokens: inout [Token]) {
        bytes.withUnsafeBufferPointer { tokenize($0, range, line: line, isTable: isTable, into: &tokens) }
    }

    /// The same on a buffer: no bounds check per byte (`range` lies within it). The line's tokens are
    /// written through a pointer and appended at once: appended one by one, each checked the array's
    /// uniqueness and capacity, a quarter of the tokenizer's instructions.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int32, isTable: Bool,
                         into tokens: inout [Token]) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        let room = maximumTokens(range.count)
        guard room > 0 else { return }
        withUnsafeTemporaryAllocation(of: Token.self, capacity: room) { scratch in
            guard let out = scratch.baseAddress else { return }
            let count = tokenize(bytes, range, line: line, isTable: isTable, to: out, room: room)
            tokens.append(contentsOf: UnsafeBufferPointer(start: out, count: count))
        }
    }

    /// The most tokens `length` bytes can hold: every token but the last is followed by a byte of
    /// no token (a separator, a cell's bar or a non-word character).
    static func maximumTokens(_ length: Int) -> Int { (length + 1) / 2 }

    /// Writes the tokens of `range` to `out`, which has room for `room` (`maximumTokens(range.count)`),
    /// and returns how many there are.
    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int32, isTable: Bool,
                                 to out: UnsafeMutablePointer<Token>, room: Int) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count)
        var count = 0
        guard !range.isEmpty, let base = bytes.baseAddress else { return count }
        let bytes = base
        var index = range.lowerBound
        let end = range.upperBound
        var cell: Int16 = 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "|") {
                if isTable { cell += 1 }
                index += 1
                continue
            }
            guard isWordByte(byte) else { index += 1; continue }
            // Non-ASCII punctuation (emoji, dashes, bullets) should not glue words together.
            if byte >= 0x80, let skip = nonWordScalarLength(bytes, index, end) { index += skip; continue }
            let start = index
            var hash: UInt64 = 0xcbf29ce484222325
            var allDigits = true
            while index < end {
                let current = bytes[index]
                // Most word bytes are lowercase ASCII letters: none needs the checks below.
                if current &- 0x61 < 26 {
                    allDigits = false
                    hash = (hash ^ UInt64(current)) &* 0x100000001b3
                    index += 1
                    // The rest of the run of letters in a loop of its own, with nothing else to update.
                    while index < end, bytes[index] &- 0x61 < 26 {
                        hash = (hash ^ UInt64(bytes[index])) &* 0x100000001b3
                        index += 1
                    }
                    continue
                }
                if isWordByte(current) {
                    // A typographic apostrophe inside a word counts as the ASCII one ("isn’t" = "isn't").
                    if current == 0xE2, index > start, index + 3 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99,
                       bytes[index + 3] >= 0x61, bytes[index + 3] <= 0x7A {
                        index += 3
                        continue
                    }
                    if current >= 0x80 {
                        // A letter outside ASCII is hashed whole: cut at its first byte, every Greek
                        // letter was the same word ("κ" was "β" and "Δ"), and so was every accented one.
                        if nonWordScalarLength(bytes, index, end) != nil { break }
                        let length = current >= 0xF0 ? 4 : current >= 0xE0 ? 3 : 2
                        allDigits = false
                        for offset in 0..<length { hash = (hash ^ UInt64(bytes[index + offset])) &* 0x100000001b3 }
                        index += length
                        continue
                    }
                    if !isDigit(current) { allDigits = false }
                    hash = (hash ^ UInt64(current)) &* 0x100000001b3
                    index += 1
                } else if (current == UInt8(ascii: ".") || current == UInt8(ascii: ",")) && allDigits,
                          index + 1 < end, isDigit(bytes[index + 1]), index > start {
                    hash = (hash ^ UInt64(current)) &* 0x100000001b3
                    index += 1
                } else if current == UInt8(ascii: "'"), index + 1 < end, bytes[index + 1] >= 0x61, bytes[index + 1] <= 0x7A {
                    index += 1
                } else {
                    break
                }
            }
            let percent = allDigits && index < end && bytes[index] == UInt8(ascii: "%")
            precondition(count < room, "more tokens than a line's bytes can hold")
            (out + count).initialize(to: Token(start: Int32(start), end: Int32(index), line: line, cell: cell,
                                               hash: hash, isNumber: allDigits, percent: percent))
            count += 1
        }
        return count
    }

    /// Length of a non-ASCII scalar that is not a letter (so it separates words), or nil.
    static func nonWordScalarLength(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= end else { return 1 }
        if length == 1 { return 1 }  // stray continuation byte
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return length }
        // "ΔC-index", "ΔAUROC": a delta glued to a name marks a difference, and the name stays a word of its own.
        if value == 0x394 || value == 0x3B4 { return length }
        if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { return nil }
        return length
    }

    public static func hash(_ word: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in word where byte != UInt8(ascii: "'") {
            hash = (hash ^ UInt64(byte)) &* 0x100000001b3
        }
        return hash
    }
}
