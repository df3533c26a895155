import Foundation
import XCTest

/// Compares output with a file checked in under Golden/, byte for byte.
/// After an intended change: CASELINT_UPDATE_GOLDEN=1 swift test
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func assertMatches(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CASELINT_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("no golden file \(name); run CASELINT_UPDATE_GOLDEN=1 swift test", file: file, line: line)
        }
        XCTAssertEqual(actual, expected, "\(name) differs; if the change is intended, run CASELINT_UPDATE_GOLDEN=1 swift test",
                       file: file, line: line)
    }
}
