import Foundation

/// Identifiers in one sample data file: by column for CSV and TSV (the header says what a value
/// is) and by key for JSON, then the same free-text scan as the README for values in notes.
enum SampleDataScan {
    /// Keys whose lines hold a dataset's or tool's own contact, not a patient's.
    static let ownerKeys = ByteText.cues(["\"author", "\"maintainer", "\"contact", "\"owner", "\"creator", "\"publisher",
                                          "\"homepage", "\"bugs", "\"support", "\"license", "\"url", "\"citation"])

    static func hits(in file: SampleDataFile) -> [IdentifierHit] {
        let bytes = file.bytes
        let lines = SampleRecords.lines(bytes)
        var hits: [IdentifierHit] = []
        var contact = LineFlags { _ in false }
        switch file.fileExtension {
        case "csv", "tsv":
            if let headerIndex = lines.firstIndex(where: { !$0.isEmpty }) {
                let header = lines[headerIndex]
                let delimiter = file.fileExtension == "tsv" ? 0x09 : SampleRecords.delimiter(ofHeader: bytes, header) ?? UInt8(ascii: ",")
                hits += SampleRecords.table(bytes, header: header, rows: Array(lines[(headerIndex + 1)...]), delimiter: delimiter).scan()
            }
        default:
            var table = SampleRecords.jsonColumns(bytes)
            table.noun = "key"
            table.onlyAboutPeople = SampleRecords.jsonPersonOnlyKinds
            hits += table.scan()
            // Outside patient records (a model card, a config) contact details are the owner's.
            let aboutPeople = IdentifierColumns.aboutPeople(Set(table.columns.map { IdentifierColumns.normalise($0.name) }))
            contact = LineFlags { !aboutPeople || ByteText.containsCue(bytes, in: lines[$0], ownerKeys) }
        }
        let scanner = IdentifierScanner(bytes: bytes, lines: lines, isContactLine: { contact($0) })
        return hits + scanner.scan()
    }
}
