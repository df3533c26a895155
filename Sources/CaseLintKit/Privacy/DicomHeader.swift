import Foundation

/// Reads the patient module (group 0010) of a DICOM Part 10 file: the place where a scan committed
/// to a repository carries the name, birth date and address of the person scanned. Only the start
/// of the file is needed, since elements are stored in tag order and group 0010 comes early.
///
/// Handles explicit and implicit VR little endian (what nearly every file uses) and skips
/// sequences of undefined length item by item. Big endian files and anything malformed end the
/// reading quietly: every offset is checked, nesting is bounded, and no value is trusted.
struct DicomHeader {
    /// (group << 16 | element) -> raw value bytes, for the top-level elements of group 0010.
    private(set) var patientElements: [UInt32: [UInt8]] = [:]

    static let patientGroup: UInt16 = 0x0010
    static let maxNesting = 8
    static let implicitLittleEndian = "1.2.840.10008.1.2"
    static let explicitBigEndian = "1.2.840.10008.1.2.2"
    static let deflatedExplicitLittleEndian = "1.2.840.10008.1.2.1.99"
    /// Value representations with a 2-byte reserved field and a 4-byte length in explicit VR.
    static let longVRs: Set<String> = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"]

    /// Whether the bytes are a DICOM Part 10 file: a 128-byte preamble, then "DICM".
    static func isPart10(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 132 && bytes[128..<132].elementsEqual("DICM".utf8)
    }

    /// Nil when the bytes are not a Part 10 file.
    init?(_ bytes: [UInt8]) {
        guard Self.isPart10(bytes) else { return nil }
        var reader = Reader(bytes: bytes, position: 132, explicit: true)
        // File meta information (group 0002) is always explicit VR little endian.
        var transferSyntax = ""
        while let element = reader.peekTag(), element >> 16 == 0x0002 {
            guard let value = reader.next() else { return }
            if element == 0x0002_0010 { transferSyntax = Self.text(value.bytes) }
        }
        // Big endian and deflated data sets cannot be read as little endian elements.
        if transferSyntax == Self.explicitBigEndian || transferSyntax == Self.deflatedExplicitLittleEndian { return }
        reader.explicit = transferSyntax != Self.implicitLittleEndian
        // Some writers declare explicit VR and write implicit: no two capital letters where the VR goes.
        if reader.explicit, reader.position + 6 <= bytes.count,
           !bytes[(reader.position + 4)..<(reader.position + 6)].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) {
            reader.explicit = false
        }
        while let element = reader.next() {
            let group = UInt16(element.tag >> 16)
            if group > Self.patientGroup { break }
            if group == Self.patientGroup { patientElements[element.tag] = element.bytes }
        }
    }

    /// A string value without its padding (spaces and NULs).
    static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " \0"))
    }

    /// Walks data elements; `next()` returns nil at the end of the data or at anything it cannot read.
    struct Reader {
        let bytes: [UInt8]
        var position: Int
        var explicit: Bool

        func uint16(_ at: Int) -> UInt16? {
            guard at >= 0, at + 2 <= bytes.count else { return nil }
            return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
        }

        func uint32(_ at: Int) -> UInt32? {
            guard let low = uint16(at), let high = uint16(at + 2) else { return nil }
            return UInt32(low) | UInt32(high) << 16
        }

        func tag(at: Int) -> UInt32? {
            guard let group = uint16(at), let element = uint16(at + 2) else { return nil }
            return UInt32(group) << 16 | UInt32(element)
        }

        func peekTag() -> UInt32? { tag(at: position) }

        /// The next element at this level: its tag and, for a defined length, its value.
        mutating func next(depth: Int = 0) -> (tag: UInt32, bytes: [UInt8])? {
            guard let tag = tag(at: position) else { return nil }
            var length: UInt32
            var header = 8
            var isLong = !explicit
            if explicit {
                guard position + 6 <= bytes.count else { return nil }
                let vr = String(decoding: bytes[(position + 4)..<(position + 6)], as: UTF8.self)
                isLong = DicomHeader.longVRs.contains(vr)
                if isLong {
                    guard let long = uint32(position + 8) else { return nil }
                    length = long
                    header = 12
                } else {
                    guard let short = uint16(position + 6) else { return nil }
                    length = UInt32(short)
                }
            } else {
                guard let long = uint32(position + 4) else { return nil }
                length = long
            }
            position += header
            if length == 0xFFFF_FFFF {
                guard isLong, depth < DicomHeader.maxNesting, skipItems(depth: depth + 1) else { return nil }
                return (tag, [])
            }
            let end = position + Int(length)
            guard end <= bytes.count else { return nil }
            let value = Array(bytes[position..<end])
            position = end
            return (tag, value)
        }

        /// Skips the items of a sequence of undefined length, up to its delimiter (FFFE,E0DD).
        mutating func skipItems(depth: Int) -> Bool {
            while let tag = tag(at: position), let length = uint32(position + 4) {
                position += 8
                switch tag {
                case 0xFFFE_E0DD:
                    return true
                case 0xFFFE_E000 where length == 0xFFFF_FFFF:
                    // An item of undefined length: its elements, up to the item delimiter (FFFE,E00D).
                    while let inner = self.tag(at: position), inner != 0xFFFE_E00D {
                        guard next(depth: depth) != nil else { return false }
                    }
                    guard self.tag(at: position) != nil else { return false }
                    position += 8
                case 0xFFFE_E000:
                    guard position + Int(length) <= bytes.count else { return false }
                    position += Int(length)
                default:
                    return false
                }
            }
            return false
        }
    }
}
