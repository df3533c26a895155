import Foundation

/// The label- and context-driven tests of `IdentifierScanner`: what stands around a value decides
/// whether it identifies a person.
extension IdentifierScanner {
    /// Bytes between a label and its value ("MRN: ", "ZIP=", "`dob`: "), as a table: this runs at
    /// every ':' and every number.
    static let separators: [Bool] = (0..<256).map { " \t:#=*\"'`([|_-.".utf8.contains(UInt8($0)) }

    /// Whether one of the kind's labels ends right before `start`, past separators ("MRN: ", "ZIP=").
    func label(before start: Int, lineStart: Int, kind: IdentifierKind) -> Bool {
        guard let labels = IdentifierCues.valueLabels.first(where: { $0.0 == kind })?.1 else { return false }
        return endsWithLabel(start, lineStart: lineStart, labels)
    }

    func endsWithLabel(_ start: Int, lineStart: Int, _ labels: [[UInt8]]) -> Bool {
        var end = start
        while end > lineStart, Self.separators[Int(bytes[end - 1])] { end -= 1 }
        guard end < start else { return false }
        return labels.contains { label in
            var position = end
            for byte in label.reversed() {
                guard position > lineStart else { return false }
                let found = ByteText.lower(bytes[position - 1])
                // A space in a label also matches "_" and "-" ("member_id", "zip-code").
                guard found == byte || (byte == 0x20 && (found == UInt8(ascii: "_") || found == UInt8(ascii: "-"))) else { return false }
                position -= 1
            }
            return position == lineStart || !ByteText.isLetter(bytes[position - 1])
        }
    }

    /// A code after a value label: MRN, member, account, licence, device numbers (five digits or
    /// more, or four with letters), a 9-digit SSN, a 5-digit ZIP, a 10-15 digit phone number.
    func labelledCode(_ start: Int, _ end: Int, _ line: Range<Int>) -> IdentifierKind? {
        var count = 0
        for index in start..<end where ByteText.isDigit(bytes[index]) { count += 1 }
        let letters = end - start - count
        guard count >= 4, !(letters == 0 && count == 4) else { return nil }   // a year, a count
        // The label is checked first: it is rare, and most numbers stop there.
        guard let kind = codeLabel(start, line, digits: count, lettersToo: letters > 0) else { return nil }
        return isTrivial(bytes[start..<end].filter(ByteText.isDigit)) ? nil : kind
    }

    func codeLabel(_ start: Int, _ line: Range<Int>, digits: Int, lettersToo: Bool) -> IdentifierKind? {
        for (kind, labels) in IdentifierCues.valueLabels where kind != .ip {
            switch kind {
            case .ssn: guard digits == 9, !lettersToo else { continue }
            case .address: guard digits == 5, !lettersToo else { continue }
            case .phone: guard (10...15).contains(digits), !lettersToo else { continue }
            default: break
            }
            if endsWithLabel(start, lineStart: line.lowerBound, labels) { return kind }
        }
        return nil
    }

    /// 000000, 123456, 1234567890, 987654: what people type when they mean "some number".
    func isTrivial(_ digits: [UInt8]) -> Bool {
        let steps = zip(digits, digits.dropFirst()).map { (Int($1) - Int($0) + 10) % 10 }
        return steps.allSatisfy { $0 == 0 } || steps.allSatisfy { $0 == 1 } || steps.allSatisfy { $0 == 9 }
    }

    /// A date about a person: a birth, admission, discharge or death word shortly before it, and it is
    /// not one end of a study period ("admitted between 2008-01-01 and 2012-12-31").
    func isPersonalDate(_ start: Int, _ end: Int, _ line: Range<Int>) -> Bool {
        guard ByteText.containsCue(bytes, in: ByteText.before(start, lineStart: line.lowerBound, window: 40), IdentifierCues.dateCues)
        else { return false }
        let near = ByteText.before(start, lineStart: line.lowerBound, window: 9)
        if ByteText.containsCue(bytes, in: near, IdentifierCues.rangeWords) { return false }
        // "July 1, 2021 – June 30, 2023": the far end of a period after an en or em dash.
        if near.count >= 3, near.indices.dropLast(2).contains(where: {
            bytes[$0] == 0xE2 && bytes[$0 + 1] == 0x80 && (bytes[$0 + 2] == 0x93 || bytes[$0 + 2] == 0x94)
        }) { return false }
        return !opensRange(end, line)
    }

    /// Whether a number ending at `end` is followed by "-", "to" or "and" and another number, or a
    /// month that opens another date ("July 1, 2021 – June 30, 2023").
    func opensRange(_ end: Int, _ line: Range<Int>) -> Bool {
        var after = end
        while after < line.upperBound, bytes[after] == 0x20 { after += 1 }
        for word in IdentifierCues.rangeJoiners where ByteText.matches(bytes, at: after, word) {
            var next = after + word.count
            while next < line.upperBound, bytes[next] == 0x20 { next += 1 }
            if next < line.upperBound, ByteText.isDigit(bytes[next]) { return true }
            if Self.months.contains(where: { month in
                ByteText.matches(bytes, at: next, month) && !ByteText.isLetter(byteAt(next + month.count))
            }) { return true }
        }
        return false
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        .map { Array($0.utf8) }

    /// Where a written-out date ending in this year begins: "March 2, 1956", "2 March 1956".
    func writtenDateStart(beforeYear year: Int, line: Range<Int>) -> Int? {
        var position = year
        func skip(_ set: String) { while position > line.lowerBound, set.utf8.contains(bytes[position - 1]) { position -= 1 } }
        func digits() -> Bool {
            let end = position
            while position > line.lowerBound, ByteText.isLetter(bytes[position - 1]), end - position < 2 { position -= 1 }  // 2nd
            let letterEnd = position
            while position > line.lowerBound, ByteText.isDigit(bytes[position - 1]) { position -= 1 }
            return (1...2).contains(letterEnd - position)
        }
        func month() -> Bool {
            let end = position
            while position > line.lowerBound, ByteText.isLetter(bytes[position - 1]) { position -= 1 }
            return Self.months.contains { $0.count == end - position && ByteText.matches(bytes, at: position, $0) }
        }
        skip(", ")
        let mark = position
        if digits() { skip(" "); if month() { return position } }
        position = mark
        if month() {
            skip(" ")
            let beforeDay = position
            return digits() && position < beforeDay ? position : nil   // "March 1956" has no day
        }
        return nil
    }
}
