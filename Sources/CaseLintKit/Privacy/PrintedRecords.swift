import Foundation

/// Records pasted into a README's code blocks in two more shapes than delimited text: a JSON example
/// (an API response, a DICOM header dumped as JSON) read by key, and a table a script printed with
/// its columns lined up by spaces ("rank  mrn        patient_name   dob"), read by column.
enum PrintedRecords {
    /// The JSON keys of a code block whose first line opens an object or an array.
    static func json(_ bytes: [UInt8], body: [Range<Int>]) -> IdentifierTable? {
        guard let first = body.first(where: { !IdentifierTable.trim(bytes, $0).isEmpty }), let last = body.last else { return nil }
        let start = IdentifierTable.trim(bytes, first).lowerBound
        guard bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") else { return nil }
        var table = SampleRecords.jsonColumns(bytes, in: start..<last.upperBound)
        table.noun = "key"
        table.onlyAboutPeople = SampleRecords.jsonPersonOnlyKinds
        return table
    }

    /// Tables printed with aligned columns anywhere in a code block: a header line of three or more
    /// names (letters, digits, `_`) with two spaces or more somewhere between them, naming an identifier
    /// column, and the lines under it up to a blank one.
    static func aligned(_ bytes: [UInt8], body: [Range<Int>]) -> [IdentifierTable] {
        var tables: [IdentifierTable] = []
        var index = 0
        while index < body.count {
            let header = body[index]
            guard let words = headerWords(bytes, header), IdentifierColumns.mayNameIdentifiers(bytes, header) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < body.count, !IdentifierTable.trim(bytes, body[end]).isEmpty { end += 1 }
            let names = words.map { String(decoding: bytes[$0], as: UTF8.self) }
            let normalised = Set(names.map(IdentifierColumns.normalise))
            if end > index + 1, names.contains(where: { IdentifierColumns.kind(of: $0, among: normalised) != nil }) {
                var columns = names.map { IdentifierTable.Column(name: $0, cells: []) }
                for row in body[(index + 1)..<end] {
                    guard let cells = cells(bytes, row, header: header, words: words) else { continue }
                    for (column, cell) in cells.enumerated() { columns[column].cells.append(cell) }
                }
                tables.append(IdentifierTable(bytes: bytes, columns: columns))
            }
            index = end
        }
        return tables
    }

    /// The header's words, when the line is only names and at least one gap is two spaces or more.
    static func headerWords(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var position = line.lowerBound
        var wideGap = false
        while position < line.upperBound {
            let gapStart = position
            while position < line.upperBound, bytes[position] == 0x20 { position += 1 }
            if position - gapStart >= 2, !words.isEmpty { wideGap = true }
            guard position < line.upperBound else { break }
            let start = position
            while position < line.upperBound, ByteText.isAlnum(bytes[position]) || bytes[position] == UInt8(ascii: "_") { position += 1 }
            // Anything else on the line (a tab, punctuation, a prompt) makes it no header.
            guard position > start, position == line.upperBound || bytes[position] == 0x20 else { return nil }
            words.append(start..<position)
        }
        return words.count >= 3 && wideGap ? words : nil
    }

    /// A row cut at the header's columns: left-aligned (each value starts under its name) or, failing
    /// that, right-aligned (each value ends under its name's end, as pandas prints); nil when the row
    /// lines up with neither.
    static func cells(_ bytes: [UInt8], _ row: Range<Int>, header: Range<Int>, words: [Range<Int>]) -> [Range<Int>]? {
        let starts = words.map { $0.lowerBound - header.lowerBound }
        let ends = words.map { $0.upperBound - header.lowerBound }
        let width = row.count
        func isGap(_ offset: Int) -> Bool { offset >= width || bytes[row.lowerBound + offset] == 0x20 }
        func cut(_ low: Int, _ high: Int) -> Range<Int> {
            (row.lowerBound + min(low, width))..<(row.lowerBound + min(high, width))
        }
        if starts.dropFirst().allSatisfy({ isGap($0 - 1) }) {
            return starts.indices.map { cut(starts[$0], $0 + 1 < starts.count ? starts[$0 + 1] : width) }
        }
        // A value typed a character or two past its column ("Harold James Pickersgill CVW0082317" under
        // "PATIENT                 MRN"): the next value starts after the nearest gap.
        let shifted = starts.enumerated().map { index, start in
            index == 0 ? start : (0...2).first(where: { isGap(start - 1 + $0) }).map { start + $0 }
        }
        if shifted.allSatisfy({ $0 != nil }) {
            let flexible = shifted.map { $0! }
            if zip(flexible, flexible.dropFirst()).allSatisfy({ $0 < $1 }) {
                return flexible.indices.map { cut(flexible[$0], $0 + 1 < flexible.count ? flexible[$0 + 1] : width) }
            }
        }
        if ends.dropLast().allSatisfy({ isGap($0) }) {
            return ends.indices.map { cut($0 == 0 ? 0 : ends[$0 - 1], $0 + 1 < ends.count ? ends[$0] : width) }
        }
        return nil
    }
}
