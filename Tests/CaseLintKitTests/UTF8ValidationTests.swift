import Foundation
import XCTest
@testable import CaseLintKit

/// `FileReader.isValidUTF8` checks the bytes itself (faster than decoding them): it must agree with
/// the standard library's decoder on every input, valid or not.
final class UTF8ValidationTests: XCTestCase {
    func testAgreesWithTheStandardLibraryOnEdgeCases() {
        let cases: [[UInt8]] = [
            [], Array("plain ascii text, longer than eight bytes".utf8), Array("em — dash and “quotes” in text".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x9F, 0x80], [0xE0, 0xA0, 0x80],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x80],
            Array("abcdefg".utf8) + [0xE2, 0x80, 0x94] + Array("abcdefgh".utf8) + [0xC3],
        ]
        for bytes in cases {
            XCTAssertEqual(FileReader.isValidUTF8(bytes), String(validating: bytes, as: UTF8.self) != nil, "\(bytes)")
        }
    }

    func testAgreesWithTheStandardLibraryOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        // Mostly ASCII with lead and continuation bytes mixed in, so that near-valid sequences are common.
        let alphabet: [UInt8] = Array("ab cd.".utf8) + [0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            XCTAssertEqual(FileReader.isValidUTF8(bytes), String(validating: bytes, as: UTF8.self) != nil, "\(bytes)")
        }
    }
}
