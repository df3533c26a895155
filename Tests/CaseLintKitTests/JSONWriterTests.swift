import Foundation
import XCTest
@testable import CaseLintKit

/// `JSONWriter` writes reports straight into bytes: the same text as building a `JSONValue` and
/// serializing it, empty containers, nesting and escapes included.
final class JSONWriterTests: XCTestCase {
    func testWritesWhatTheValueSerializesTo() {
        let value: JSONValue = .object([
            ("name", .string("caselint \"quoted\"\n")), ("empty", .object([])), ("none", .array([])), ("flag", .bool(true)),
            ("list", .array([.number(1), .number(2.5), .null, .object([("deep", .array([.string("x")]))])])),
        ])
        var out = JSONWriter(indent: 2)
        out.beginObject()
        out.key("name"); out.string("caselint \"quoted\"\n")
        out.key("empty"); out.beginObject(); out.endObject()
        out.key("none"); out.beginArray(); out.endArray()
        out.key("flag"); out.bool(true)
        out.key("list")
        out.beginArray()
        out.number(1); out.number(2.5); out.null()
        out.beginObject(); out.key(text: "deep"); out.strings(["x"]); out.endObject()
        out.endArray()
        out.endObject()
        XCTAssertEqual(out.text, value.serialized(indent: 2))
    }

    /// The eight-bytes-at-a-time scan finds every byte that needs an escape, wherever it sits.
    func testQuoteEscapesLikeTheByteByByteRule() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("abc xyz-é".utf8) + [0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x22, 0x5C, 0x7F, 0x80, 0xFF]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let text = String(decoding: bytes, as: UTF8.self)
            var quoted: [UInt8] = []
            JSONValue.quote(text, into: &quoted)
            var expected: [UInt8] = [0x22]
            for byte in text.utf8 {
                switch byte {
                case 0x22: expected += Array("\\\"".utf8)
                case 0x5C: expected += Array("\\\\".utf8)
                case 0x0A: expected += Array("\\n".utf8)
                case 0x0D: expected += Array("\\r".utf8)
                case 0x09: expected += Array("\\t".utf8)
                case 0..<0x20, 0x7F: expected += Array(String(format: "\\u%04x", byte).utf8)
                default: expected.append(byte)
                }
            }
            expected.append(0x22)
            XCTAssertEqual(quoted, expected, text.debugDescription)
        }
    }
}
