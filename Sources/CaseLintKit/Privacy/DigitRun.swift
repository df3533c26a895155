import Foundation

/// Digit groups split by single separators, read at one place of a line: "123-45-6789",
/// "(555) 123-4567", "1956-03-02", "10.2.3.4". Shapes are decided from group lengths and
/// separators, so no regex runs over ordinary numbers.
struct DigitRun {
    var start: Int
    var end: Int
    var groups: [Range<Int>] = []
    /// The separator before each group after the first: "-", ".", "/", " ", or ")" for "(555) 123".
    var separators: [UInt8] = []
    var openParen = false
    var plus = false

    var lengths: [Int] { groups.map(\.count) }

    /// How many digit groups start at `offset`, where the first ends and where the run ends, without
    /// building the run: most numbers are one group ("2,000" is two runs) or two ("0.91", "18-39").
    static func count(_ bytes: [UInt8], at offset: Int, lineEnd: Int) -> (groups: Int, firstEnd: Int, end: Int) {
        var index = offset
        var groups = 0
        var firstEnd = offset
        var end = offset
        let paren = bytes[index] == UInt8(ascii: "(")
        if paren || bytes[index] == UInt8(ascii: "+") { index += 1 }
        while index < lineEnd {
            let groupStart = index
            while index < lineEnd, ByteText.isDigit(bytes[index]) { index += 1 }
            guard index > groupStart else { break }
            groups += 1
            if groups == 1 { firstEnd = index }
            end = index
            var next = index + 1
            let separator = bytes[index < lineEnd ? index : lineEnd - 1]
            if paren, groups == 1, separator == UInt8(ascii: ")") {
                if next < lineEnd, bytes[next] == 0x20 || bytes[next] == UInt8(ascii: "-") { next += 1 }
            } else if !(separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/")) {
                break
            }
            guard index < lineEnd, next < lineEnd, ByteText.isDigit(bytes[next]) else { break }
            index = next
        }
        return (groups, firstEnd, end)
    }

    /// Reads the run starting at `offset` (a digit, or "(" / "+" before one). Spaces join groups
    /// only when `spaces` (a phone label is near): otherwise "in 12 2021-03-04" would be one run.
    static func read(_ bytes: [UInt8], at offset: Int, lineEnd: Int, spaces: Bool = false) -> DigitRun? {
        var run = DigitRun(start: offset, end: offset)
        var index = offset
        if bytes[index] == UInt8(ascii: "(") { run.openParen = true; index += 1 }
        else if bytes[index] == UInt8(ascii: "+") { run.plus = true; index += 1 }
        while index < lineEnd {
            let groupStart = index
            while index < lineEnd, ByteText.isDigit(bytes[index]) { index += 1 }
            guard index > groupStart else { break }
            run.groups.append(groupStart..<index)
            run.end = index
            guard index + 1 < lineEnd else { break }
            let separator = bytes[index]
            var next = index + 1
            if separator == UInt8(ascii: ")"), run.openParen, run.groups.count == 1 {
                if bytes[next] == 0x20 || bytes[next] == UInt8(ascii: "-") { next += 1 }
            } else if !(separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") || separator == UInt8(ascii: "/")
                        || (separator == 0x20 && spaces)) {
                break
            }
            guard next < lineEnd, ByteText.isDigit(bytes[next]) else { break }
            run.separators.append(separator)
            index = next
        }
        guard !run.groups.isEmpty else { return nil }
        if run.openParen, run.separators.first != UInt8(ascii: ")") { return nil }
        return run
    }

    /// The group's digits as a number. A group of more than 18 digits (a hash, a long ID) would
    /// overflow Int; it is no part of any shape read here, so it reads as Int.max.
    func value(_ bytes: [UInt8], group: Int) -> Int {
        guard groups[group].count <= 18 else { return Int.max }
        var result = 0
        for index in groups[group] { result = result * 10 + Int(bytes[index] - 0x30) }
        return result
    }

    func allSeparators(_ byte: UInt8) -> Bool { separators.allSatisfy { $0 == byte } }

    // MARK: shapes

    /// 3-2-4 digits joined by dashes, with an area number that is ever issued (not 000, 666, 9xx).
    func isSSN(_ bytes: [UInt8]) -> Bool {
        guard lengths == [3, 2, 4], allSeparators(UInt8(ascii: "-")), !openParen, !plus else { return false }
        let area = value(bytes, group: 0)
        return area != 0 && area != 666 && area < 900 && value(bytes, group: 1) != 0 && value(bytes, group: 2) != 0
    }

    /// A North American number, 3-3-4 ("555-123-4567", "(555) 123-4567", "555.123.4567", optionally
    /// after "1-" or "+1 "), whose area code and exchange start with 2-9; or "+" with 10-15 digits.
    /// Space-separated forms count only when `spaced` (a phone label is near).
    func isPhone(_ bytes: [UInt8], spaced: Bool) -> Bool {
        if plus, groups.count >= 2, (10...15).contains(lengths.reduce(0, +)) { return spaced || !allSeparators(0x20) }
        var first = 0
        if lengths.count == 4, lengths[0] == 1, value(bytes, group: 0) == 1 { first = 1 }
        guard Array(lengths[first...]) == [3, 3, 4] else { return false }
        let seps = Array(separators[first...])
        let joined = seps[1] == UInt8(ascii: "-") || seps[1] == UInt8(ascii: ".") || (spaced && seps[1] == 0x20)
        guard joined, seps[0] == seps[1] || seps[0] == UInt8(ascii: ")") else { return false }
        let area = groups[first].lowerBound
        let exchange = groups[first + 1].lowerBound
        return bytes[area] >= UInt8(ascii: "2") && bytes[exchange] >= UInt8(ascii: "2")
    }

    /// A date with day, month and year: 1956-03-02, 03/02/1956, 2.3.1956, 03/02/56.
    /// A full date whose four-digit year lies past next year: a shifted date (MIMIC moves its dates past
    /// 2100), not a real person's.
    func isShiftedDate(_ bytes: [UInt8]) -> Bool {
        let year = lengths[0] == 4 ? value(bytes, group: 0) : lengths.count > 2 && lengths[2] == 4 ? value(bytes, group: 2) : 0
        return year > IdentifierTable.latestYear
    }

    func isFullDate(_ bytes: [UInt8]) -> Bool {
        guard groups.count == 3, !openParen, !plus, separators[0] == separators[1],
              separators[0] != 0x20 else { return false }
        let (a, b, c) = (value(bytes, group: 0), value(bytes, group: 1), value(bytes, group: 2))
        switch (lengths[0], lengths[1], lengths[2]) {
        case (4, 1...2, 1...2):
            return (1850...2199).contains(a) && (1...12).contains(b) && (1...31).contains(c)
        case (1...2, 1...2, 2...4):
            // Two-digit years only with slashes ("03/02/56"); "1.2.34" is a version.
            guard lengths[2] == 4 || (lengths[2] == 2 && separators[0] == UInt8(ascii: "/")) else { return false }
            let plausible = (1...12).contains(a) && (1...31).contains(b) || (1...31).contains(a) && (1...12).contains(b)
            return plausible && (lengths[2] == 2 || (1850...2199).contains(c))
        default:
            return false
        }
    }

    /// Four dotted numbers up to 255 that route on the public internet: not loopback, private,
    /// link-local, documentation or multicast ranges.
    func isPublicIPv4(_ bytes: [UInt8]) -> Bool {
        guard lengths.count == 4, lengths.allSatisfy({ $0 <= 3 }), allSeparators(UInt8(ascii: ".")), !openParen, !plus else { return false }
        let parts = (0..<4).map { value(bytes, group: $0) }
        guard parts.allSatisfy({ $0 <= 255 }) else { return false }
        switch (parts[0], parts[1], parts[2]) {
        case (0, _, _), (10, _, _), (127, _, _), (169, 254, _), (192, 168, _), (224...255, _, _),
             (192, 0, 2), (198, 51, 100), (203, 0, 113), (172, 16...31, _), (100, 64...127, _):
            return false
        default:
            return true
        }
    }
}
