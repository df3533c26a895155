import Foundation

/// Finds identifier-shaped values in free text with one pass over the bytes: only digits, '@' and
/// the ':' or '=' after a label start a closer look, and a value counts only with the shape or the
/// label that makes it an identifier. Values inside web addresses and mail links never count.
struct IdentifierScanner {
    let bytes: [UInt8]
    let lines: [Range<Int>]
    /// Lines (0-based) whose emails, phone numbers and street addresses are not a patient's: the
    /// author's in a Contact section, a licence's address in prose (see ReadmeIdentifiers).
    var isContactLine: (Int) -> Bool = { _ in false }

    func scan() -> [IdentifierHit] {
        var hits: [IdentifierHit] = []
        for (number, line) in lines.enumerated() {
            scan(line, lineNumber: number, into: &hits)
        }
        return hits
    }

    /// Bytes that can start a closer look; everything else (letters, spaces, most punctuation) is
    /// stepped over one comparison at a time.
    static let triggers: [Bool] = (0..<256).map { byte in
        ByteText.isDigit(UInt8(byte)) || "@:=(+".utf8.contains(UInt8(byte))
    }

    /// The first trigger byte at or after `start`: the tight loop of the scan, without bounds checks.
    func skipQuietBytes(from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { text in
            Self.triggers.withUnsafeBufferPointer { triggers in
                var index = start
                while index < end {
                    // Eight bytes passed over at once when none lies in 0x28...0x40, the range that
                    // holds every trigger (and some punctuation, looked at byte by byte).
                    if index + 8 <= end {
                        guard Self.mayHoldTrigger(UnsafeRawBufferPointer(text).loadUnaligned(fromByteOffset: index, as: UInt64.self)) else {
                            index += 8
                            continue
                        }
                        for _ in 0..<8 {
                            if triggers[Int(text[index])] { return index }
                            index += 1
                        }
                        continue
                    }
                    if triggers[Int(text[index])] { return index }
                    index += 1
                }
                return index
            }
        }
    }

    /// The bytes that hold every trigger (and some punctuation, looked at byte by byte).
    @inline(__always) static var triggerRange: ClosedRange<UInt8> { 0x28...0x40 }

    @inline(__always) static func mayHoldTrigger(_ word: UInt64) -> Bool { ByteWord.hasByte(in: triggerRange, in: word) }

    func scan(_ line: Range<Int>, lineNumber: Int, into hits: inout [IdentifierHit]) {
        var index = line.lowerBound
        let end = line.upperBound
        while index < end {
            index = skipQuietBytes(from: index, to: end)
            guard index < end else { break }
            let byte = bytes[index]
            let opener = byte == UInt8(ascii: "(") || byte == UInt8(ascii: "+")   // "(555) 123-4567", "+44 20 ..."
            if ByteText.isDigit(byte) || (opener && index + 1 < end && ByteText.isDigit(bytes[index + 1])) {
                if index > line.lowerBound, ByteText.isAlnum(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: ".") {
                    // Digits inside a word ("A1234567"): the whole word may be a labelled code.
                    var start = index
                    while start > line.lowerBound, ByteText.isAlnum(bytes[start - 1]) { start -= 1 }
                    index = max(word(at: start, line: line, into: &hits), index + 1)
                } else {
                    index = max(number(at: index, line: line, lineNumber: lineNumber, into: &hits), index + 1)
                }
            } else if byte == UInt8(ascii: "@") {
                if isEmail(at: index, line: line), !isContactLine(lineNumber) { hits.append(IdentifierHit(kind: .email, offset: emailStart(index, line))) }
                index += 1
            } else if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=") {
                if let start = personName(after: index, line: line) { hits.append(IdentifierHit(kind: .name, offset: start)) }
                index += 1
            } else {
                index += 1
            }
        }
    }

    /// A number at a word start: shapes first (SSN, phone, date, IP, address), then labelled codes.
    /// Returns where scanning goes on. Most numbers are plain ("0.91", "2,000", "18-39"), so the
    /// groups are counted first and a run is only built for shapes with three groups or more.
    func number(at start: Int, line: Range<Int>, lineNumber: Int, into hits: inout [IdentifierHit]) -> Int {
        let opener = bytes[start] == UInt8(ascii: "(") || bytes[start] == UInt8(ascii: "+")
        let (groups, firstEnd, end) = DigitRun.count(bytes, at: start, lineEnd: line.upperBound)
        let gluedRight = end < line.upperBound && ByteText.isAlnum(bytes[end])
        if !opener, groups <= 2 {
            if gluedRight { return word(at: start, line: line, into: &hits) }
            if groups == 1 {
                if let phone = spacedPhone(at: start, firstEnd, line), !isContactLine(lineNumber) {
                    hits.append(IdentifierHit(kind: .phone, offset: start))
                    return phone
                }
                if let record = spacedRecordNumber(at: start, firstEnd, line) {
                    hits.append(IdentifierHit(kind: .mrn, offset: start))
                    return record
                }
                single(start, end, line: line, lineNumber: lineNumber, into: &hits)
            } else if firstEnd - start == 5, end - firstEnd == 5, bytes[firstEnd] == UInt8(ascii: "-"),
                      label(before: start, lineStart: line.lowerBound, kind: .address) {
                hits.append(IdentifierHit(kind: .address, offset: start))   // ZIP+4
            }
            return end
        }
        guard let run = DigitRun.read(bytes, at: start, lineEnd: line.upperBound) else { return start + 1 }
        var kind: IdentifierKind?
        if !gluedRight, run.isSSN(bytes) {
            kind = .ssn
        } else if !gluedRight, run.isPhone(bytes, spaced: false), !isContactLine(lineNumber) {
            kind = .phone
        } else if run.isFullDate(bytes) {
            kind = !run.isShiftedDate(bytes) && isPersonalDate(run.start, run.end, line) ? .date : nil
        } else if run.isPublicIPv4(bytes), label(before: start, lineStart: line.lowerBound, kind: .ip) {
            kind = .ip
        } else if !gluedRight, let code = labelledCode(run.start, run.end, line) {
            // "MRN: 30-558-217": a record number written in groups is still one after its label.
            kind = code
        }
        // Digits inside a web address (a DOI, a port, a path) are never about a person.
        if let kind, !ByteText.isInAddress(bytes, at: start, in: line) { hits.append(IdentifierHit(kind: kind, offset: run.start)) }
        return gluedRight ? word(at: start, line: line, into: &hits) : run.end
    }

    /// "555 123 4567" after a phone label: spaces join the groups only there. Returns the end.
    func spacedPhone(at start: Int, _ firstEnd: Int, _ line: Range<Int>) -> Int? {
        let length = firstEnd - start
        guard length == 3 || length == 1, firstEnd + 1 < line.upperBound, bytes[firstEnd] == 0x20,
              ByteText.isDigit(bytes[firstEnd + 1]), label(before: start, lineStart: line.lowerBound, kind: .phone),
              let run = DigitRun.read(bytes, at: start, lineEnd: line.upperBound, spaces: true), run.isPhone(bytes, spaced: true)
        else { return nil }
        return run.end
    }

    /// "NHS number: 485 777 3456": a record number written in groups of digits with single spaces,
    /// 8 to 12 digits in all, right after a record-number label. Returns the end.
    func spacedRecordNumber(at start: Int, _ firstEnd: Int, _ line: Range<Int>) -> Int? {
        guard firstEnd + 1 < line.upperBound, bytes[firstEnd] == 0x20, ByteText.isDigit(bytes[firstEnd + 1]),
              label(before: start, lineStart: line.lowerBound, kind: .mrn) else { return nil }
        var end = firstEnd
        var digits: [UInt8] = Array(bytes[start..<firstEnd])
        // "MRN 2019 2020": years side by side are not one number.
        func isYear(_ group: ArraySlice<UInt8>) -> Bool {
            group.count == 4 && (group.starts(with: [0x31, 0x39]) || group.starts(with: [0x32, 0x30]))
        }
        var allYears = isYear(bytes[start..<firstEnd])
        while end + 1 < line.upperBound, bytes[end] == 0x20, ByteText.isDigit(bytes[end + 1]) {
            end += 1
            let groupStart = end
            while end < line.upperBound, ByteText.isDigit(bytes[end]) { digits.append(bytes[end]); end += 1 }
            allYears = allYears && isYear(bytes[groupStart..<end])
        }
        guard (8...12).contains(digits.count), !allYears, !isTrivial(digits),
              end == line.upperBound || !ByteText.isDigit(bytes[end]) && bytes[end] != UInt8(ascii: ".") else { return nil }
        return end
    }

    /// One plain number: an age over 89, a labelled code, a year closing a written-out date, a
    /// house number opening a street address, a ZIP code after a state.
    func single(_ start: Int, _ end: Int, line: Range<Int>, lineNumber: Int, into hits: inout [IdentifierHit]) {
        let length = end - start
        var value = 0
        if length <= 9 { for index in start..<end { value = value * 10 + Int(bytes[index] - 0x30) } }
        if (2...3).contains(length), (90...125).contains(value) {
            if isAge(start, end, line) { hits.append(IdentifierHit(kind: .age, offset: start)) }
        } else if length == 4, (1850...2199).contains(value), let dateStart = writtenDateStart(beforeYear: start, line: line) {
            if isPersonalDate(dateStart, end, line) { hits.append(IdentifierHit(kind: .date, offset: dateStart)) }
        } else if length >= 5, let kind = labelledCode(start, end, line), !ByteText.isInAddress(bytes, at: start, in: line) {
            hits.append(IdentifierHit(kind: kind, offset: start))
        } else if length <= 5, isStreetAddress(after: end, line: line), !isContactLine(lineNumber) {
            hits.append(IdentifierHit(kind: .address, offset: start))
        } else if length == 5, isAfterState(start, line), !isContactLine(lineNumber) {
            hits.append(IdentifierHit(kind: .address, offset: start))
        }
    }

    /// A word at a word start; codes that mix letters and digits ("A1234567") may follow a label.
    func word(at start: Int, line: Range<Int>, into hits: inout [IdentifierHit]) -> Int {
        var end = start
        var digits = 0
        while end < line.upperBound, ByteText.isAlnum(bytes[end]) || bytes[end] == UInt8(ascii: "-") {
            if ByteText.isDigit(bytes[end]) { digits += 1 }
            end += 1
        }
        if digits >= 4, let kind = labelledCode(start, end, line), !ByteText.isInAddress(bytes, at: start, in: line) {
            hits.append(IdentifierHit(kind: kind, offset: start))
        }
        return max(end, start + 1)
    }
}
