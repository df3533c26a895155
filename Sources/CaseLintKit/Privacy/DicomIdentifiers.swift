import Foundation

/// Safe Harbor identifiers left in the patient module of a DICOM file. De-identified datasets blank
/// these elements or fill them with a pseudonym ("ANON^0001", a study hash, "Anonymized"), so only
/// values that still look like a person's count: a name of letters alone, a full birth date, an
/// address, a phone number, an age over 89.
enum DicomIdentifiers {
    struct Element {
        let tag: UInt32
        let keyword: String
        let kind: IdentifierKind
    }

    static let elements: [Element] = [
        Element(tag: 0x0010_0010, keyword: "PatientName", kind: .name),
        Element(tag: 0x0010_1001, keyword: "OtherPatientNames", kind: .name),
        Element(tag: 0x0010_1060, keyword: "PatientMotherBirthName", kind: .name),
        Element(tag: 0x0010_0030, keyword: "PatientBirthDate", kind: .date),
        Element(tag: 0x0010_1040, keyword: "PatientAddress", kind: .address),
        Element(tag: 0x0010_2154, keyword: "PatientTelephoneNumbers", kind: .phone),
        Element(tag: 0x0010_1010, keyword: "PatientAge", kind: .age),
        Element(tag: 0x0010_1090, keyword: "MedicalRecordLocator", kind: .mrn),
    ]

    /// Words de-identification tools and dataset curators write in place of the real value, whole
    /// ("Patient^Test") or as the start of a word ("Anonymized", "DEIDENTIFIED").
    static let placeholderWords: Set<String> = ["removed", "redacted", "unknown", "synthetic", "phantom", "test", "dummy",
                                                "sample", "patient", "subject", "case", "xxx", "none", "na", "null", "blank"]
    static let placeholderPrefixes = ["anon", "deident", "pseudonym", "identified"]

    static func isPlaceholder(_ value: String) -> Bool {
        let words = value.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        return words.contains { word in placeholderWords.contains(word) || placeholderPrefixes.contains { word.hasPrefix($0) } }
    }

    static func hits(in bytes: [UInt8]) -> [IdentifierHit] {
        guard let header = DicomHeader(bytes) else { return [] }
        return elements.compactMap { element in
            guard let raw = header.patientElements[element.tag] else { return nil }
            let value = DicomHeader.text(raw)
            guard isIdentifying(value, as: element.kind) else { return nil }
            let tag = String(format: "(%04X,%04X)", element.tag >> 16, element.tag & 0xFFFF)
            return IdentifierHit(kind: element.kind, offset: 0, column: "DICOM element \(tag) \(element.keyword)", count: 0)
        }
    }

    static func isIdentifying(_ value: String, as kind: IdentifierKind) -> Bool {
        guard !value.isEmpty, !isPlaceholder(value) else { return false }
        switch kind {
        case .name:
            // Person names are letters (and ^ between parts); a pseudonym has digits or is one token.
            let letters = value.unicodeScalars.filter { CharacterSet.letters.contains($0) }.count
            return letters >= 3 && !value.unicodeScalars.contains { CharacterSet.decimalDigits.contains($0) }
        case .date:
            // YYYYMMDD with a real month and day; a year alone is what de-identification keeps.
            let digits = Array(value.utf8)
            guard digits.count == 8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let month = Int(value.dropFirst(4).prefix(2)), let day = Int(value.suffix(2)) else { return false }
            return (1...12).contains(month) && (1...31).contains(day) && !value.hasPrefix("1900")
        case .age:
            // "093Y": an age in years over 89 is an identifier; months, weeks and days never are.
            guard value.hasSuffix("Y") || value.hasSuffix("y"), let years = Int(value.dropLast()) else { return false }
            return years > 89
        default:
            return value.unicodeScalars.contains { CharacterSet.alphanumerics.contains($0) }
        }
    }
}
