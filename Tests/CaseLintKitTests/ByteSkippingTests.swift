import Foundation
import XCTest
@testable import CaseLintKit

/// Scans that pass over eight bytes at a time must find exactly what a byte-by-byte scan finds.
final class ByteSkippingTests: XCTestCase {
    /// Every word test against its byte-by-byte meaning: random words, and each byte value at each
    /// position among letters.
    func testWordTestsAreExact() {
        func check(_ bytes: [UInt8]) {
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            XCTAssertEqual(IdentifierScanner.mayHoldTrigger(word), bytes.contains { IdentifierScanner.triggerRange.contains($0) }, "\(bytes)")
            XCTAssertEqual(ByteWord.hasByte(below: 0x0E, in: word), bytes.contains { $0 < 0x0E }, "\(bytes)")
            XCTAssertEqual(JSONValue.needsNoEscape(word), !bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }, "\(bytes)")
            let letters = bytes.firstIndex { !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) } ?? 8
            XCTAssertEqual(ByteWord.leadingLetters(word), letters, "\(bytes)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 { check((0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }) }
        for value in UInt8.min...UInt8.max {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                bytes[position] = value
                check(bytes)
            }
        }
    }

    func testLinesSplitAsByteByByte() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("ab |é".utf8) + [0x09, 0x0A, 0x0D, 0x0B, 0x0E, 0x00]
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            var expected: [Range<Int>] = []
            var start = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == 0x0A || bytes[index] == 0x0D {
                    expected.append(start..<index)
                    if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < bytes.count { expected.append(start..<bytes.count) }
            XCTAssertEqual(MarkdownScanner.scan(bytes).lineRanges, expected, "\(bytes)")
        }
    }
}
