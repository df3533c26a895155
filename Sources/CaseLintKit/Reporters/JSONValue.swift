import Foundation

/// A JSON value with object keys kept in the order they were written, so that output is stable
/// and matches the documented contract key for key. Not `indirect`: the arrays already hold the
/// nesting, and a box per value was an allocation for every number and string of a report.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    public func serialized(indent: Int = 0, pretty: Bool = true) -> String {
        // Written as bytes: appending to a String scalar by scalar dominated large reports.
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: indent, pretty: pretty)
        return String(decoding: out, as: UTF8.self)
    }

    func write(into out: inout [UInt8], indent: Int, pretty: Bool) {
        func pad(_ level: Int) {
            guard pretty else { return }
            out.append(0x0A)
            Self.appendSpaces(level * 2, to: &out)
        }
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let value): Self.writeNumber(value, into: &out)
        case .string(let text): Self.quote(text, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for index in items.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                pad(indent + 1)
                items[index].write(into: &out, indent: indent + 1, pretty: pretty)
            }
            pad(indent)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for index in pairs.indices {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                pad(indent + 1)
                Self.quote(pairs[index].0, into: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(0x20) }
                pairs[index].1.write(into: &out, indent: indent + 1, pretty: pretty)
            }
            pad(indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private static func appendSpaces(_ count: Int, to out: inout [UInt8]) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.count)
            out.append(contentsOf: spaces[0..<run])
            left -= run
        }
    }

    /// `format`, with whole numbers (counts, lines, most values) written as digits without a String.
    static func writeNumber<Out: JSONOutput>(_ value: Double, into out: inout Out) {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else {
            if let (digits, places) = shortDecimal(value) {
                writeDecimal(digits, places: places, negative: value < 0, into: &out)
            } else {
                var text = format(value)
                text.withUTF8 { text in
                    if let start = text.baseAddress { out.append(start, count: text.count) }
                }
            }
            return
        }
        var whole = Int64(value)
        if whole < 0 {
            out.append(UInt8(ascii: "-"))
            whole = -whole
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[15 - count] = UInt8(ascii: "0") + UInt8(whole % 10)
                whole /= 10
                count += 1
            } while whole > 0
            out.append(UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)) + (16 - count), count: count)
        }
    }

    /// A value that is the double nearest a decimal of one to four places (a score's points, a metric
    /// such as 0.737), as that decimal's digits and places; nil for any other. `String(Double)` writes
    /// the shortest decimal that reads back as the value: fewer places read back as another double
    /// (they were tried first), and in this range two decimals of as many places never read back as
    /// one double (its spacing is under 1e-7). So the digits are the same, without a `String` per number.
    static func shortDecimal(_ value: Double) -> (digits: Int64, places: Int)? {
        let magnitude = abs(value)
        guard magnitude >= 0.001, magnitude < 1e9 else { return nil }
        var scale = 1.0
        for places in 1...4 {
            scale *= 10
            // Powers of ten this small are exact, and a division is rounded to the nearest double.
            let scaled = (magnitude * scale).rounded()
            if scaled / scale == magnitude { return (Int64(scaled), places) }
        }
        return nil
    }

    /// `digits` over ten to the `places`, as `String(Double)` writes it: "0.737", "-24.3".
    static func writeDecimal<Out: JSONOutput>(_ digits: Int64, places: Int, negative: Bool, into out: inout Out) {
        var buffer: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { buffer in
            var rest = digits
            var at = 16
            // From the last digit: the places, the point, then the whole part (at least "0").
            for _ in 0..<places {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            at -= 1
            buffer[at] = UInt8(ascii: ".")
            repeat {
                at -= 1
                buffer[at] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if negative {
                at -= 1
                buffer[at] = UInt8(ascii: "-")
            }
            out.append(UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)) + at, count: 16 - at)
        }
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    static func quote<Out: JSONOutput>(_ text: String, into out: inout Out) {
        var text = text
        out.append(UInt8(ascii: "\""))
        // Most of a report is text that needs no escape: copy each run of it at once, not byte by byte.
        text.withUTF8 { bytes in
            var runStart = 0
            var offset = 0
            while offset < bytes.count {
                // Eight bytes at a time while none of them needs an escape (`needsNoEscape`).
                if offset + 8 <= bytes.count,
                   Self.needsNoEscape(UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                    offset += 8
                    continue
                }
                // Fewer than eight left: the text's last eight bytes hold them, and when none of those
                // needs an escape the rest is copied as it is (most keys and values end so).
                if offset + 8 > bytes.count, bytes.count >= 8,
                   Self.needsNoEscape(UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)) {
                    offset = bytes.count
                    break
                }
                let byte = bytes[offset]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
                    if offset > runStart, let start = bytes.baseAddress { out.append(start + runStart, count: offset - runStart) }
                    escape(byte, into: &out)
                    runStart = offset + 1
                }
                offset += 1
            }
            if bytes.count > runStart, let start = bytes.baseAddress { out.append(start + runStart, count: bytes.count - runStart) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether none of eight bytes is a control character, `"`, `\` or DEL: the four tests' marks
    /// ORed and tested once (four tests and branches in turn cost about twice as much).
    @inline(__always) static func needsNoEscape(_ word: UInt64) -> Bool {
        ByteWord.marks(below: 0x20, in: word) | ByteWord.marks(0x22, in: word) | ByteWord.marks(0x5C, in: word)
            | ByteWord.marks(0x7F, in: word) == 0
    }

    private static func escape<Out: JSONOutput>(_ byte: UInt8, into out: inout Out) {
        out.append(0x5C)
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(UInt8(ascii: "u"))
            out.append(0x30)
            out.append(0x30)
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0xF)])
        }
    }
}
