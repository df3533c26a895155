import Foundation

/// HL7 v2 messages pasted into a README's code blocks: a `PID` segment carries the patient by field
/// position, not by a header, so its fields are read as named columns. PID-3 is the identifier list
/// (its first component the record number), PID-5 the name ("FAMILY^Given"), PID-7 the date of birth
/// (YYYYMMDD), PID-13 the home phone. Whether a value has the shape of its class is decided as for
/// any table (`IdentifierTable.holds`), so a placeholder segment ("PID|1||XXXX||DOE^JOHN") reads as
/// the test data it is only where the shapes say so.
enum HL7Segments {
    /// Field number -> the column name `IdentifierColumns` knows for it.
    static let patientFields: [(field: Int, column: String)] = [(3, "mrn"), (5, "patient_name"), (7, "dob"), (13, "phone")]
    static let segment = Array("PID|".utf8)
    static let placeholderNames: Set<String> = ["doe", "test", "testpatient", "sample", "example", "patient", "dummy", "anonymous"]

    static func patients(_ bytes: [UInt8], body: [Range<Int>]) -> IdentifierTable? {
        var columns = patientFields.map { IdentifierTable.Column(name: $0.column, cells: []) }
        var found = false
        for line in body {
            let trimmed = IdentifierTable.trim(bytes, line)
            guard trimmed.count > segment.count, bytes[trimmed].starts(with: segment) else { continue }
            // Split as a pipe-delimited sample line is; the segment name keeps field numbers at their places.
            let fields = SampleRecords.cells(bytes, trimmed, delimiter: UInt8(ascii: "|"))
            // "PID|1||MRN0001||DOE^JANE": a placeholder patient makes the whole segment test data.
            if fields.count > 5, let family = bytes[fields[5]].split(separator: UInt8(ascii: "^")).first,
               placeholderNames.contains(String(decoding: family, as: UTF8.self).lowercased()) { continue }
            for (column, entry) in patientFields.enumerated() where entry.field < fields.count {
                var cell = fields[entry.field]
                // The identifier list and the phone: their first component ("40028817^^^KSM^MR").
                if entry.column != "patient_name", let caret = bytes[cell].firstIndex(of: UInt8(ascii: "^")) {
                    cell = cell.lowerBound..<caret
                }
                columns[column].cells.append(cell)
            }
            found = true
        }
        guard found else { return nil }
        var table = IdentifierTable(bytes: bytes, columns: columns)
        table.noun = "field"
        return table
    }
}
