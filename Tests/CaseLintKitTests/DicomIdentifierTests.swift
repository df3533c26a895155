@testable import CaseLintKit
import Foundation
import XCTest

/// Patient identifiers left in the headers of DICOM files a project commits.
final class DicomIdentifierTests: XCTestCase {
    /// Builds DICOM Part 10 bytes: preamble, "DICM", file meta (explicit VR), then the data set.
    struct DicomBuilder {
        var explicit = true
        var transferSyntax = "1.2.840.10008.1.2.1"
        var dataSet: [UInt8] = []

        static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        static func le32(_ value: UInt32) -> [UInt8] { le16(Int(value & 0xFFFF)) + le16(Int(value >> 16)) }

        static func padded(_ text: String) -> [UInt8] {
            var bytes = Array(text.utf8)
            if bytes.count % 2 == 1 { bytes.append(0x20) }
            return bytes
        }

        static func element(_ group: Int, _ element: Int, _ vr: String, _ value: [UInt8], explicit: Bool) -> [UInt8] {
            var out = le16(group) + le16(element)
            if explicit {
                out += Array(vr.utf8)
                out += DicomHeader.longVRs.contains(vr) ? [0, 0] + le32(UInt32(value.count)) : le16(value.count)
            } else {
                out += le32(UInt32(value.count))
            }
            return out + value
        }

        mutating func add(_ group: Int, _ element: Int, _ vr: String, _ text: String) {
            dataSet += Self.element(group, element, vr, Self.padded(text), explicit: explicit)
        }

        /// A sequence of undefined length holding one item of undefined length, as scanners write them.
        mutating func addUndefinedSequence(_ group: Int, _ element: Int) {
            var out = Self.le16(group) + Self.le16(element)
            out += explicit ? Array("SQ".utf8) + [0, 0] + Self.le32(0xFFFF_FFFF) : Self.le32(0xFFFF_FFFF)
            out += Self.le16(0xFFFE) + Self.le16(0xE000) + Self.le32(0xFFFF_FFFF)
            out += Self.element(0x0008, 0x1150, "UI", Self.padded("1.2.840.10008.5.1.4.1.1.1"), explicit: explicit)
            out += Self.le16(0xFFFE) + Self.le16(0xE00D) + Self.le32(0)
            out += Self.le16(0xFFFE) + Self.le16(0xE0DD) + Self.le32(0)
            dataSet += out
        }

        var bytes: [UInt8] {
            let syntax = Self.element(0x0002, 0x0010, "UI", Self.padded(transferSyntax) + [], explicit: true)
            let length = Self.element(0x0002, 0x0000, "UL", Self.le32(UInt32(syntax.count)), explicit: true)
            return [UInt8](repeating: 0, count: 128) + Array("DICM".utf8) + length + syntax + dataSet
        }
    }

    func kinds(_ bytes: [UInt8]) -> [String] {
        DicomIdentifiers.hits(in: bytes).map { "\($0.kind.rawValue) \($0.column ?? "")" }
    }

    func testAnExplicitVRHeaderWithANameAndBirthDateIsFound() {
        var file = DicomBuilder()
        file.add(0x0008, 0x0060, "CS", "CR")
        file.add(0x0010, 0x0010, "PN", "Doe^John")
        file.add(0x0010, 0x0020, "LO", "48213")
        file.add(0x0010, 0x0030, "DA", "19560302")
        file.add(0x0010, 0x1010, "AS", "093Y")
        file.add(0x0020, 0x000D, "UI", "1.2.3")
        XCTAssertEqual(kinds(file.bytes), ["name DICOM element (0010,0010) PatientName",
                                           "date DICOM element (0010,0030) PatientBirthDate",
                                           "age DICOM element (0010,1010) PatientAge"])
    }

    func testImplicitVRAndSequencesOfUndefinedLengthAreRead() {
        var file = DicomBuilder(explicit: false, transferSyntax: "1.2.840.10008.1.2")
        file.add(0x0008, 0x0060, "CS", "MR")
        file.addUndefinedSequence(0x0008, 0x1140)
        file.add(0x0010, 0x0010, "PN", "Smith^Mary")
        file.add(0x0010, 0x1040, "LO", "42 Elm Street, Springfield")
        XCTAssertEqual(kinds(file.bytes), ["name DICOM element (0010,0010) PatientName",
                                           "address DICOM element (0010,1040) PatientAddress"])
        // Declared explicit, written implicit (some writers do): read as implicit, as pydicom does.
        var mislabelled = DicomBuilder(explicit: false)
        mislabelled.add(0x0010, 0x0010, "PN", "Smith^Mary")
        XCTAssertEqual(kinds(mislabelled.bytes), ["name DICOM element (0010,0010) PatientName"])
        var explicitFile = DicomBuilder()
        explicitFile.addUndefinedSequence(0x0008, 0x1140)
        explicitFile.add(0x0010, 0x0010, "PN", "Smith^Mary")
        XCTAssertEqual(kinds(explicitFile.bytes), ["name DICOM element (0010,0010) PatientName"])
    }

    func testDeIdentifiedHeadersPass() {
        for (name, birthDate) in [("ANON^0001", "19560302x"), ("Anonymized", ""), ("0004cfab-14fd-4e49", "1956"),
                                  ("Patient^Test", "19000101"), ("", "20240000"), ("De-identified", "195603")] {
            var file = DicomBuilder()
            file.add(0x0010, 0x0010, "PN", name)
            file.add(0x0010, 0x0030, "DA", birthDate)
            file.add(0x0010, 0x1010, "AS", "067Y")
            XCTAssertEqual(kinds(file.bytes), [], "\(name) \(birthDate)")
        }
    }

    func testNonDicomBigEndianAndBrokenFilesGiveNothingAndNeverTrap() {
        XCTAssertEqual(kinds(Array("patient_id,dob\n".utf8)), [])
        var bigEndian = DicomBuilder(transferSyntax: "1.2.840.10008.1.2.2")
        bigEndian.add(0x0010, 0x0010, "PN", "Doe^John")
        XCTAssertEqual(kinds(bigEndian.bytes), [])

        var file = DicomBuilder()
        file.addUndefinedSequence(0x0008, 0x1140)
        file.add(0x0010, 0x0010, "PN", "Doe^John")
        let valid = file.bytes
        for cut in stride(from: 0, to: valid.count, by: 3) { _ = DicomIdentifiers.hits(in: Array(valid.prefix(cut))) }
        var generator = SplitMix(seed: 7)   // seeded: a failure can be replayed
        for _ in 0..<2_000 {
            var bytes = valid
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                bytes[Int.random(in: 132..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            _ = DicomIdentifiers.hits(in: bytes)   // must return, whatever the bytes
        }
    }

    func testTheLinterReportsTheFileWithoutTheValue() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", "# CXR triage\n")
        var file = DicomBuilder()
        file.add(0x0010, 0x0010, "PN", "Doe^John")
        try sandbox.write("p/data/sample.dcm", Data(file.bytes))
        try sandbox.write("p/data/synthetic/case.dcm", Data(file.bytes))
        let result = try CLI.run(["lint", sandbox.path("p")])
        let lines = result.stdout.split(separator: "\n").filter { $0.contains("privacy.phi-identifiers") }
        XCTAssertEqual(lines.count, 1, result.stdout)
        XCTAssertTrue(lines[0].contains("data/sample.dcm:1:1: error: Possible PHI: a person's name in DICOM element (0010,0010) PatientName (HIPAA Safe Harbor A)"), result.stdout)
        XCTAssertFalse(result.stdout.contains("Doe"), result.stdout)
    }
}
