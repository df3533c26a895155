import Foundation

/// Identifiers in a README: all of it is read, code blocks included (a record pasted into a code
/// block is still PHI), but the author's own contact details, dates in a changelog and values in
/// links are not about patients. Markdown tables and CSV pasted into code blocks are read by column.
struct ReadmeIdentifiers {
    let document: MarkdownDocument

    /// Section headings under which emails, phone numbers and addresses are the author's.
    static let contactHeadings = ByteText.cues([
        "contact", "author", "maintainer", "about me", "about the author", "team", "acknowledg", "credit", "citation", "cite",
        "citing", "reference", "bibliography", "license", "licence", "support", "get in touch", "connect", "feedback",
        "question", "reach", "who am i", "creator", "contributor", "developer", "developed by", "made by", "contributing",
    ])
    /// Section headings under which dates are releases, not people.
    static let changelogHeadings = ByteText.cues(["changelog", "change log", "changes", "release", "history", "news", "update",
                                                  "what's new", "version"])
    /// Words that make a line's contact details the author's or a project's, wherever the line is.
    static let ownerWords = ByteText.cues([
        "author", "maintain", "contact", "created by", "developed by", "made by", "written by", "built by", "copyright",
        "linkedin", "github", "twitter", "orcid", "affiliation", "corresponding", "signed-off", "mailing list", "subscribe",
        "bug report", "report bugs", "send bugs", "feedback", "hire", "resume", "portfolio",
    ])
    /// Words that make contact details a patient's, even in prose or next to an owner word.
    static let patientWords = ByteText.cues(["patient", "pt", "participant", "beneficiary", "mrn", "dob", "ssn", "guardian",
                                             "next of kin", "caregiver", "enrollee"])

    /// Whether an email address, phone number or street address on this line is not a patient's.
    /// Prose mentions addresses for a reason (the author, a licence, a data provider), so there one
    /// counts only next to a patient word; in code blocks and tables, where records get pasted, one
    /// counts unless an owner word or a contact section says whose it is.
    static func isOwnersLine(_ bytes: [UInt8], _ line: Range<Int>, kind: LineKind?) -> Bool {
        if ByteText.containsCue(bytes, in: line, patientWords) { return false }
        if kind == .code || kind == .table { return ByteText.containsCue(bytes, in: line, ownerWords) }
        return true
    }

    func hits() -> [IdentifierHit] {
        // Worked out only for lines where an email, phone number or address turns up.
        var contactSections: [Bool]?
        let contact = LineFlags { [document] index in
            if contactSections == nil { contactSections = document.lines(underHeadingsWith: Self.contactHeadings) }
            if contactSections?[index] == true || Self.isOwnersLine(document.bytes, document.lineRanges[index], kind: document.kinds[index]) {
                return true
            }
            // A table row belongs to its table: "| Maintainer | Email |" makes every row a contact.
            guard document.kinds[index] == .table else { return false }
            var header = index
            while header > 0, document.kinds[header - 1] == .table { header -= 1 }
            return !ByteText.containsCue(document.bytes, in: document.lineRanges[index], Self.patientWords)
                && ByteText.containsCue(document.bytes, in: document.lineRanges[header], Self.ownerWords)
        }
        let scanner = IdentifierScanner(bytes: document.bytes, lines: document.lineRanges, isContactLine: { contact($0) })
        var hits = scanner.scan()
        if hits.contains(where: { $0.kind == .date }) {
            let changelog = document.lines(underHeadingsWith: Self.changelogHeadings)
            hits.removeAll { $0.kind == .date && changelog[line(of: $0.offset)] }
        }
        for table in tables() {
            hits += table.scan().filter { ![.email, .phone, .address].contains($0.kind) || !contact(line(of: $0.offset)) }
        }
        let synthetic = LineFlags { isDeclaredSynthetic($0) }
        return hits.filter { !synthetic(line(of: $0.offset)) }
    }

    /// Words that declare values made up: "a synthetic record", "fictional patient".
    static let syntheticWords = ByteText.cues(["synthetic", "synthea", "fictional", "fictitious", "fake", "made-up", "made up",
                                               "dummy", "mock", "invented", "faker"])

    /// Whether the line says its values are made up, or, for a code block or table, its fence line
    /// or the line leading into it does ("A synthetic record:" before a pasted example).
    func isDeclaredSynthetic(_ index: Int) -> Bool {
        let bytes = document.bytes
        if ByteText.containsCue(bytes, in: document.lineRanges[index], Self.syntheticWords) { return true }
        let kind = document.kinds[index]
        guard kind == .code || kind == .table else { return false }
        var first = index
        while first > 0, document.kinds[first - 1] == kind { first -= 1 }
        if ByteText.containsCue(bytes, in: document.lineRanges[first], Self.syntheticWords) { return true }
        var lead = first - 1
        while lead >= 0, document.kinds[lead] == .blank { lead -= 1 }
        return lead >= 0 && first - lead <= 2 && ByteText.containsCue(bytes, in: document.lineRanges[lead], Self.syntheticWords)
    }

    /// Markdown tables (header, delimiter row, rows), delimited text or JSON at the top of code blocks
    /// and printed tables inside them (`PrintedRecords`); a two-column Markdown table also read down the
    /// page, as a record's fields (`SampleRecords.keyValueTable`).
    func tables() -> [IdentifierTable] {
        var result: [IdentifierTable] = []
        let bytes = document.bytes
        var index = 0
        while index < document.lineCount {
            let kind = document.kinds[index]
            var end = index + 1
            while end < document.lineCount, document.kinds[end] == kind { end += 1 }
            if kind == .table, end - index >= 3 {
                let rows = Array(document.lineRanges[(index + 2)..<end])
                result.append(SampleRecords.table(bytes, header: document.lineRanges[index], rows: rows, delimiter: UInt8(ascii: "|")))
                if SampleRecords.cells(bytes, document.lineRanges[index], delimiter: UInt8(ascii: "|")).count == 2,
                   let fields = SampleRecords.keyValueTable(bytes, rows: rows, delimiter: UInt8(ascii: "|")) {
                    result.append(fields)
                }
            } else if kind == .code, end - index >= 3 {
                let body = (index..<end).filter { !isFence(document.lineRanges[$0]) }.map { document.lineRanges[$0] }
                if let header = body.first, let delimiter = SampleRecords.delimiter(ofHeader: bytes, header) {
                    result.append(SampleRecords.table(bytes, header: header, rows: Array(body.dropFirst()), delimiter: delimiter))
                } else if let json = PrintedRecords.json(bytes, body: body) {
                    result.append(json)
                }
                result += PrintedRecords.aligned(bytes, body: body)
                if let message = HL7Segments.patients(bytes, body: body) { result.append(message) }
            }
            index = end
        }
        return result
    }

    func isFence(_ line: Range<Int>) -> Bool {
        ByteText.isFence(document.bytes, line)
    }

    /// The 0-based line holding a byte offset.
    func line(of offset: Int) -> Int {
        IdentifierLocation.line(of: offset, in: document.lineRanges)
    }
}

/// Turns byte offsets into the 1-based line and column (in characters) that findings report.
enum IdentifierLocation {
    static func line(of offset: Int, in lines: [Range<Int>]) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].lowerBound <= offset { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    static func position(of offset: Int, in lines: [Range<Int>], bytes: [UInt8]) -> (line: Int, column: Int) {
        let line = line(of: offset, in: lines)
        let start = lines.isEmpty ? 0 : lines[line].lowerBound
        let column = bytes[start..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line + 1, column)
    }
}
