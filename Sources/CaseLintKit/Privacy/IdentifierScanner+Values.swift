import Foundation

/// Ages, street addresses, email addresses and labelled names: the values of `IdentifierScanner`
/// that are recognised by the words around them.
extension IdentifierScanner {
    /// 90 to 125 with "age"/"aged" before or "years old" after, and not a bracket ("90+", "over 90").
    func isAge(_ start: Int, _ end: Int, _ line: Range<Int>) -> Bool {
        let after = end
        if after < line.upperBound, bytes[after] == UInt8(ascii: "%") || bytes[after] == UInt8(ascii: ".") { return false }
        for word in IdentifierCues.ageBracketAfter where ByteText.matches(bytes, at: after, word)
            || ByteText.matches(bytes, at: after + 1, word) && bytes[after] == 0x20 { return false }
        if opensRange(after, line) || closesRange(start, line) { return false }
        // "A 90-year-old arriving by ambulance and a sprained ankle count the same": an indefinite article
        // opening its sentence makes the age anybody's, an illustration, not a record's ("The oldest
        // patient, a 93-year-old man, was excluded" is one patient).
        if isAfterIndefiniteArticle(start, line) { return false }
        let before = ByteText.before(start, lineStart: line.lowerBound, window: 14)
        if bytes[before].contains(UInt8(ascii: ">")) || ByteText.containsCue(bytes, in: before, IdentifierCues.ageBracketBefore) {
            return false
        }
        if endsWithLabel(start, lineStart: line.lowerBound, IdentifierCues.ageLabels) { return true }
        var unit = after
        if unit < line.upperBound, bytes[unit] == 0x20 || bytes[unit] == UInt8(ascii: "-") { unit += 1 }
        return IdentifierCues.ageUnits.contains { ByteText.matches(bytes, at: unit, $0) && !ByteText.isLetter(byteAt(unit + $0.count)) }
    }

    func byteAt(_ offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0x20 }

    /// Whether "a " or "an " (any case) stands right before the number and opens its sentence: the line's
    /// first word (after a list marker), or after a full stop, a colon or a dash.
    private func isAfterIndefiniteArticle(_ start: Int, _ line: Range<Int>) -> Bool {
        var end = start
        while end > line.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        guard end < start else { return false }
        for article in [Array("a".utf8), Array("an".utf8)] where end - article.count >= line.lowerBound {
            let first = end - article.count
            guard zip(bytes[first..<end], article).allSatisfy({ $0 | 0x20 == $1 }) else { continue }
            var opener = first
            while opener > line.lowerBound, bytes[opener - 1] == 0x20 { opener -= 1 }
            if opener == line.lowerBound { return true }
            let mark = bytes[opener - 1]
            if mark == UInt8(ascii: ".") || mark == UInt8(ascii: ":") || mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") {
                return true
            }
        }
        return false
    }

    /// "healthy subjects, 25–101 years old": the age closes a range of a cohort's ages (a number and one
    /// of the range joiners `opensRange` reads before it); no one person is that range.
    func closesRange(_ start: Int, _ line: Range<Int>) -> Bool {
        var before = start
        while before > line.lowerBound, bytes[before - 1] == 0x20 { before -= 1 }
        for word in IdentifierCues.rangeJoiners where before - word.count >= line.lowerBound
            && ByteText.matches(bytes, at: before - word.count, word) {
            var number = before - word.count
            // A joiner that is a word stands apart from the number: "40 to 95", not "auto95".
            if ByteText.isLetter(word[0]), number > line.lowerBound, ByteText.isLetter(bytes[number - 1]) { continue }
            while number > line.lowerBound, bytes[number - 1] == 0x20 { number -= 1 }
            if number > line.lowerBound, ByteText.isDigit(bytes[number - 1]) { return true }
        }
        return false
    }

    /// " Baker Street", " Main St.", " 5th Avenue": one to three capitalised words, then a street suffix.
    /// A suffix in capitals ends an address written in capitals ("12 MAPLE DR"), not "0 No DR" (a grade
    /// of diabetic retinopathy in a table); no house is number 0.
    func isStreetAddress(after number: Int, line: Range<Int>) -> Bool {
        var digits = number
        while digits > line.lowerBound, ByteText.isDigit(bytes[digits - 1]) { digits -= 1 }
        if bytes[digits..<number].allSatisfy({ $0 == UInt8(ascii: "0") }) { return false }
        var position = number
        var words = 0
        var allCapitals = true
        while words <= 3, position < line.upperBound, bytes[position] == 0x20 {
            let start = position + 1
            var end = start
            while end < line.upperBound, ByteText.isAlnum(bytes[end]) { end += 1 }
            guard end > start, ByteText.isUpper(bytes[start]) || ByteText.isDigit(bytes[start]) else { return false }
            let word = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
            let capitals = bytes[start..<end].allSatisfy { !ByteText.isLetter($0) || ByteText.isUpper($0) }
            if words >= 1, IdentifierCues.streetSuffixes.contains(word) {
                return !capitals || allCapitals
            }
            allCapitals = allCapitals && capitals
            words += 1
            position = end
        }
        return false
    }

    /// "Boston, MA 02115": a five-digit number after a comma and a state code.
    func isAfterState(_ start: Int, _ line: Range<Int>) -> Bool {
        guard start - 5 >= line.lowerBound, bytes[start - 1] == 0x20, bytes[start - 4] == 0x20, bytes[start - 5] == UInt8(ascii: ",")
        else { return false }
        return IdentifierCues.states.contains(String(decoding: bytes[(start - 3)..<(start - 1)], as: UTF8.self))
    }

    static let localBytes = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-".utf8)
    static let domainBytes = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-".utf8)

    func emailStart(_ at: Int, _ line: Range<Int>) -> Int {
        var start = at
        while start > line.lowerBound, Self.localBytes.contains(bytes[start - 1]) { start -= 1 }
        return start
    }

    /// A real-looking address: local part, '@', a dotted domain ending in letters; not a handle
    /// ("@user"), a decorator, a package pin ("pkg@1.2"), an image ("logo@2x.png"), a link, a
    /// placeholder ("you@example.com") or a role mailbox ("info@...").
    func isEmail(at sign: Int, line: Range<Int>) -> Bool {
        let at = sign
        let start = emailStart(at, line)
        guard start < at else { return false }
        if start > line.lowerBound, bytes[start - 1] == UInt8(ascii: "/") || bytes[start - 1] == UInt8(ascii: ":") { return false }
        var end = at + 1
        while end < line.upperBound, Self.domainBytes.contains(bytes[end]) { end += 1 }
        while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
        let domain = String(decoding: bytes[(at + 1)..<end], as: UTF8.self).lowercased()
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last, tld.count >= 2,
              tld.allSatisfy({ $0.isLetter }), !IdentifierCues.placeholderTLDs.contains(String(tld)) else { return false }
        if IdentifierCues.placeholderDomains.contains(where: { domain == $0 || domain.hasSuffix("." + $0) })
            || domain.contains("noreply") || labels.contains("example") { return false }
        // "Jane Roe <jane@uni.edu>" is how authors sign (changelogs, citations, package metadata).
        if start > line.lowerBound, bytes[start - 1] == UInt8(ascii: "<"), end < line.upperBound, bytes[end] == UInt8(ascii: ">"),
           !ByteText.containsCue(bytes, in: line, ReadmeIdentifiers.patientWords) { return false }
        let local = String(decoding: bytes[start..<at], as: UTF8.self).lowercased()
        if IdentifierCues.roleMailboxes.contains(local) || local.contains("noreply") || local.contains("no-reply")
            || local.hasSuffix(".doe") || local.hasPrefix("your") { return false }
        return !ByteText.isInAddress(bytes, at: at, in: line)
    }

    /// After a patient label and ':' or '=': two or three capitalised words ("John Smith"), "Smith, John"
    /// or a DICOM/HL7 "SMITH^JOHN". Returns where the name starts.
    func personName(after mark: Int, line: Range<Int>) -> Int? {
        // Every ':' and '=' comes here: a label must end in one of the labels' last letters.
        var labelEnd = mark
        while labelEnd > line.lowerBound, Self.separators[Int(bytes[labelEnd - 1])] { labelEnd -= 1 }
        guard labelEnd > line.lowerBound, IdentifierCues.nameLabelEnds[Int(ByteText.lower(bytes[labelEnd - 1]))],
              endsWithLabel(mark + 1, lineStart: line.lowerBound, IdentifierCues.nameLabels) else { return nil }
        var position = mark + 1
        while position < line.upperBound, " *\"'`\t".utf8.contains(bytes[position]) { position += 1 }
        let start = position
        var words: [String] = []
        while position < line.upperBound, words.count < 4 {
            let wordStart = position
            while position < line.upperBound, ByteText.isLetter(bytes[position]) || bytes[position] == UInt8(ascii: "'") { position += 1 }
            guard position > wordStart, ByteText.isUpper(bytes[wordStart]) else { break }
            words.append(String(decoding: bytes[wordStart..<position], as: UTF8.self))
            guard position < line.upperBound, " ^,".utf8.contains(bytes[position]) else { break }
            position += 1
            if position < line.upperBound, bytes[position] == 0x20 { position += 1 }
        }
        let name = words.drop { IdentifierCues.nameTitles.contains($0.lowercased()) }
        // All-capital words must be longer than an abbreviation ("CT Scan" is no name).
        let plausible = name.allSatisfy { word in
            word.count >= 2 && !IdentifierCues.notNames.contains(word.lowercased())
                && (word.count >= 3 || word.contains(where: \.isLowercase))
        }
        guard name.count >= 2, plausible else { return nil }
        return start
    }
}
