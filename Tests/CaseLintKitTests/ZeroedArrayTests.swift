import XCTest
@testable import CaseLintKit

final class ZeroedArrayTests: XCTestCase {
    /// The same arrays as `Array(repeating: 0, count:)`, below, at and above the copied size.
    func testZeroedArraysEqualRepeatedZeros() {
        let limit = ZeroedArray.maximumBytes
        for count in [0, 1, 7, 64, limit / 8 - 1, limit / 8, limit / 8 + 1, limit / 4, limit / 4 + 1, limit] {
            XCTAssertEqual(ZeroedArray.of(UInt64.self, count: count), [UInt64](repeating: 0, count: count))
            XCTAssertEqual(ZeroedArray.of(Int32.self, count: count), [Int32](repeating: 0, count: count))
            let doubles = ZeroedArray.of(Double.self, count: count)
            XCTAssertEqual(doubles, [Double](repeating: 0, count: count))
            XCTAssertTrue(doubles.allSatisfy { $0.sign == .plus }, "zero bytes are +0.0")
        }
        // The arrays are the caller's own: writing one leaves the shared zeros alone.
        var first = ZeroedArray.of(Int32.self, count: 16)
        first[3] = 9
        XCTAssertEqual(ZeroedArray.of(Int32.self, count: 16), [Int32](repeating: 0, count: 16))
    }
}
