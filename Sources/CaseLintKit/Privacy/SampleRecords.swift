import Foundation

/// Turns record-shaped text into named columns for `IdentifierTable`: delimited lines (CSV, TSV,
/// Markdown pipe tables) and the key/value pairs of JSON or JSON Lines.
enum SampleRecords {
    /// Byte ranges of the lines of `bytes`, without line endings.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(start..<(offset > start && bytes[offset - 1] == 0x0D ? offset - 1 : offset))
            start = offset + 1
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }

    /// The cells of one line split at `delimiter` outside double quotes. For `|`, the outer pipes of
    /// a Markdown row are dropped.
    static func cells(_ bytes: [UInt8], _ line: Range<Int>, delimiter: UInt8) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = line.lowerBound
        var quoted = false
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            else if byte == delimiter, !quoted, !(delimiter == UInt8(ascii: "|") && index > 0 && bytes[index - 1] == UInt8(ascii: "\\")) {
                cells.append(start..<index)
                start = index + 1
            }
            index += 1
        }
        cells.append(start..<line.upperBound)
        if delimiter == UInt8(ascii: "|") {
            if let first = cells.first, IdentifierTable.trim(bytes, first).isEmpty { cells.removeFirst() }
            if let last = cells.last, IdentifierTable.trim(bytes, last).isEmpty { cells.removeLast() }
        }
        return cells
    }

    /// Columns from a header line and the rows under it; cells beyond the header are ignored.
    static func table(_ bytes: [UInt8], header: Range<Int>, rows: [Range<Int>], delimiter: UInt8) -> IdentifierTable {
        guard IdentifierColumns.mayNameIdentifiers(bytes, header) else { return IdentifierTable(bytes: bytes, columns: []) }
        let names = cells(bytes, header, delimiter: delimiter).map { String(decoding: bytes[IdentifierTable.trim(bytes, $0)], as: UTF8.self) }
        // Most tables name no identifier column: then the rows are not split at all.
        let normalised = Set(names.map(IdentifierColumns.normalise))
        guard names.contains(where: { IdentifierColumns.kind(of: $0, among: normalised) != nil }) else {
            return IdentifierTable(bytes: bytes, columns: [])
        }
        var columns = names.map { IdentifierTable.Column(name: $0, cells: []) }
        for row in rows {
            for (index, cell) in cells(bytes, row, delimiter: delimiter).enumerated() where index < columns.count {
                columns[index].cells.append(cell)
            }
        }
        return IdentifierTable(bytes: bytes, columns: columns)
    }

    /// A record written down a two-column table ("| Field | Value |" over "| Patient name | John Smith |"):
    /// each body row is a field whose name is its first cell and whose values are the cells after it.
    static func keyValueTable(_ bytes: [UInt8], rows: [Range<Int>], delimiter: UInt8) -> IdentifierTable? {
        // Only the field names are looked at first: up to the delimiter that closes a row's first cell.
        func fieldName(_ row: Range<Int>) -> Range<Int> {
            var end = row.lowerBound
            while end < row.upperBound, bytes[end] == 0x20 || bytes[end] == delimiter { end += 1 }
            while end < row.upperBound, bytes[end] != delimiter { end += 1 }
            return row.lowerBound..<end
        }
        guard rows.contains(where: { IdentifierColumns.mayNameIdentifiers(bytes, fieldName($0)) }) else { return nil }
        var columns: [IdentifierTable.Column] = []
        for row in rows {
            let cells = cells(bytes, row, delimiter: delimiter)
            guard cells.count >= 2 else { continue }
            columns.append(IdentifierTable.Column(name: String(decoding: bytes[IdentifierTable.trim(bytes, cells[0])], as: UTF8.self),
                                                  cells: Array(cells.dropFirst())))
        }
        let names = Set(columns.map { IdentifierColumns.normalise($0.name) })
        guard columns.contains(where: { IdentifierColumns.kind(of: $0.name, among: names) != nil }) else { return nil }
        var table = IdentifierTable(bytes: bytes, columns: columns)
        table.noun = "row"
        // Only the class the line scanner cannot see in a cell: a name after its label (in prose a label
        // needs a colon); dates, MRNs and the rest after a label it finds on the row already.
        table.reportedKinds = [.name]
        return table
    }

    /// The delimiter a header line uses: a tab, a semicolon or a comma (at least two of them), or nil.
    static func delimiter(ofHeader bytes: [UInt8], _ line: Range<Int>) -> UInt8? {
        let counts = [0x09, UInt8(ascii: ";"), UInt8(ascii: ",")].map { mark in (mark, bytes[line].filter { $0 == mark }.count) }
        guard let best = counts.max(by: { $0.1 < $1.1 }), best.1 >= (best.0 == 0x09 ? 1 : 2) else { return nil }
        return best.0
    }

    /// A JSON key "email" belongs to a patient only among other patient fields.
    static let jsonPersonOnlyKinds: Set<IdentifierKind> = [.email, .phone, .address, .name, .ip, .device]

    /// Every `"key": value` pair of a JSON text, gathered by key; values are strings (without their
    /// quotes) or bare numbers. Nesting is ignored: records at any depth count. `range` limits the
    /// reading to part of the bytes (a JSON example in a README's code block).
    static func jsonColumns(_ bytes: [UInt8], in range: Range<Int>? = nil, limit: Int = 20_000) -> IdentifierTable {
        let stop = range?.upperBound ?? bytes.count
        var order: [String] = []
        var cells: [String: [Range<Int>]] = [:]
        var index = range?.lowerBound ?? 0
        var pairs = 0
        func string(at start: Int) -> Range<Int>? {   // start is after the opening quote
            var end = start
            while end < stop, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            return end < stop ? start..<end : nil
        }
        while index < stop, pairs < limit {
            guard bytes[index] == UInt8(ascii: "\""), let key = string(at: index + 1) else { index += 1; continue }
            var next = key.upperBound + 1
            while next < stop, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
            guard next < stop, bytes[next] == UInt8(ascii: ":") else { index = key.upperBound + 1; continue }
            next += 1
            while next < stop, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
            var value: Range<Int>?
            if next < stop, bytes[next] == UInt8(ascii: "\"") {
                value = string(at: next + 1)
            } else {
                var end = next
                while end < stop, ByteText.isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: ".") { end += 1 }
                if end > next { value = next..<end }
            }
            let name = String(decoding: bytes[key], as: UTF8.self)
            if let value {
                if cells[name] == nil { order.append(name) }
                cells[name, default: []].append(value)
                pairs += 1
                index = value.upperBound + 1
            } else {
                index = next
            }
        }
        return IdentifierTable(bytes: bytes, columns: order.map { IdentifierTable.Column(name: $0, cells: cells[$0] ?? []) })
    }
}
