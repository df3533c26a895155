import Foundation

/// Records with named columns — a CSV or TSV sample, a Markdown table, a CSV pasted into a code
/// block, the keys of a JSON file — checked column by column: a column whose name says it holds
/// identifiers is reported once, at its first real value, with the number of such values.
struct IdentifierTable {
    struct Column {
        var name: String
        var cells: [Range<Int>]
    }

    let bytes: [UInt8]
    var columns: [Column]
    /// Kinds reported only when other columns say the rows are people: in JSON an `email` key is as
    /// often a package's author as a patient.
    var onlyAboutPeople: Set<IdentifierKind> = []
    /// What findings call a column: "column" in tables, "key" in JSON, "row" in a record read down the page.
    var noun = "column"
    /// The kinds this table may report (nil: all of them).
    var reportedKinds: Set<IdentifierKind>?
    /// The current year plus one: later dates are shifted (MIMIC moves dates past 2100), not real.
    static let latestYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1

    func scan() -> [IdentifierHit] {
        let names = Set(columns.map { IdentifierColumns.normalise($0.name) })
        var hits: [IdentifierHit] = []
        for column in columns {
            guard let kind = IdentifierColumns.kind(of: column.name, among: names), reportedKinds?.contains(kind) ?? true,
                  !onlyAboutPeople.contains(kind) || IdentifierColumns.aboutPeople(names) else { continue }
            let matching = column.cells.filter { holds(kind, $0) }
            guard let first = matching.first else { continue }
            // A name column is one whose values, mostly, have the shape of a person's name.
            if kind == .name {
                let filled = column.cells.filter { !Self.trim(bytes, $0).isEmpty }.count
                guard matching.count * 2 > filled else { continue }
            }
            let name = "\(noun) '\(column.name.prefix(40))'"
            hits.append(IdentifierHit(kind: kind, offset: first.lowerBound, column: name, count: matching.count))
        }
        return hits
    }

    static let placeholders: Set<String> = ["", "na", "n/a", "nan", "null", "none", "nil", "-", "--", "?", "unknown", "redacted",
                                            "[redacted]", "anon", "anonymous", "removed", "masked", "hidden", "withheld", "tbd"]

    /// Whether one cell holds a real-looking value of the kind (not a placeholder or a bracket).
    func holds(_ kind: IdentifierKind, _ cell: Range<Int>) -> Bool {
        let trimmed = Self.trim(bytes, cell)
        guard !trimmed.isEmpty else { return false }
        let text = String(decoding: bytes[trimmed], as: UTF8.self)
        let lower = text.lowercased()
        if Self.placeholders.contains(lower) || lower.allSatisfy({ "x*#0_<>{}[]".contains($0) }) || lower.hasPrefix("<") { return false }
        let digits = text.filter(\.isNumber).count
        let line = trimmed.lowerBound..<trimmed.upperBound
        let scanner = IdentifierScanner(bytes: bytes, lines: [line])
        switch kind {
        case .name:
            // A given name and a family name, at most a middle one or two (an initial among them, "J."); none
            // of them a disease's word.
            let words = text.split(whereSeparator: { " ^,".contains($0) })
            // DICOM writes a person as "FAMILY^Given^M": there the middle initial comes last, without a full stop.
            let dicomName = text.contains("^")
            func isMiddleInitial(_ index: Int) -> Bool {
                let word = words[index]
                if dicomName, index >= 2, word.count == 1 { return word.first!.isUppercase }
                return index > 0 && index < words.count - 1 && word.count == 2 && word.first!.isUppercase && word.last == "."
            }
            return digits == 0 && (2...4).contains(words.count) && words.indices.allSatisfy { isMiddleInitial($0) || Self.isNameWord(words[$0]) }
        case .date:
            if digits == 8, text.count == 8 { return Self.isCompactDate(text) }
            guard let run = DigitRun.read(bytes, at: trimmed.lowerBound, lineEnd: trimmed.upperBound), run.isFullDate(bytes) else { return false }
            return !run.isShiftedDate(bytes)
        case .age:
            return digits == text.count && (90...125).contains(Int(text) ?? 0)
        case .address:
            let zip = digits == text.count && text.count == 5 && !text.hasSuffix("00")
            let zipPlus4 = text.count == 10 && digits == 9 && text.dropFirst(5).first == "-"
            let street = digits > 0 && text.contains(" ") && text.contains(where: \.isLetter)
            let place = digits == 0 && text.contains(where: \.isLetter)   // city or county among patient columns
            return zip || zipPlus4 || street || place
        case .phone:
            return digits >= 7 && text.allSatisfy { $0.isNumber || " ()+-.x".contains($0) }
        case .email:
            guard let at = bytes[trimmed].firstIndex(of: UInt8(ascii: "@")) else { return false }
            return scanner.isEmail(at: at, line: line)
        case .ssn:
            let run = DigitRun.read(bytes, at: trimmed.lowerBound, lineEnd: trimmed.upperBound)
            return run?.isSSN(bytes) == true || (digits == 9 && text.count == 9)
        case .ip:
            return DigitRun.read(bytes, at: trimmed.lowerBound, lineEnd: trimmed.upperBound)?.isPublicIPv4(bytes) == true
        case .mrn, .healthPlan, .account, .license, .device:
            return digits >= 3 && text.count >= 4 && !scanner.isTrivial(Array(text.utf8.filter(ByteText.isDigit)))
        }
    }

    /// A date written as DICOM and HL7 v2 write it, "19470614" (YYYYMMDD): only under a date column's name.
    static func isCompactDate(_ text: String) -> Bool {
        guard let value = Int(text) else { return false }
        let (year, month, day) = (value / 10_000, value / 100 % 100, value % 100)
        return (1900...latestYear).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// A capitalised word of letters (an apostrophe or a hyphen inside), not a disease's or a placeholder's word.
    static func isNameWord(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        return word.count >= 2 && word.first!.isUppercase && word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "-" })
            && !IdentifierCues.notNames.contains(lower) && !IdentifierCues.medicalEndings.contains(where: lower.hasSuffix)
    }

    /// The cell without surrounding spaces, quotes and Markdown emphasis.
    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        let strip: Set<UInt8> = Set(" \t\"'*`_".utf8)
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, strip.contains(bytes[low]) { low += 1 }
        while high > low, strip.contains(bytes[high - 1]) { high -= 1 }
        return low..<high
    }
}
