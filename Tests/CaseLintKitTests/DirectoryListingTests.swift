import Foundation
import XCTest
@testable import CaseLintKit

/// The folder listing reads each entry's name and type in place from the system's records.
final class DirectoryListingTests: XCTestCase {
    func testNamesAndTypesAreTheSystemsForManyNamesOfEveryLength() throws {
        let sandbox = try Sandbox()
        var expected: [String: DirectoryListing.EntryType] = [:]
        // Names of every length up to the limit, so that short records sit at the ends of the system's buffers.
        for length in stride(from: 1, through: 255, by: 1) {
            let name = String(repeating: "n", count: length - 1) + (length % 2 == 0 ? "f" : "d")
            if length % 2 == 0 {
                try sandbox.write("folder/\(name)", "x")
                expected[name] = .file
            } else {
                try FileManager.default.createDirectory(atPath: sandbox.path("folder/\(name)"), withIntermediateDirectories: true)
                expected[name] = .directory
            }
        }
        try sandbox.write("folder/café – ü.md", "x")
        expected["café – ü.md"] = .file
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("folder/link"), withDestinationPath: sandbox.path("folder/f"))
        expected["link"] = .link
        let entries = try XCTUnwrap(DirectoryListing.entriesIfListable(of: sandbox.path("folder")))
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.type) }), expected)
        XCTAssertEqual(Set(entries.map(\.name)), Set(try FileManager.default.contentsOfDirectory(atPath: sandbox.path("folder"))))
        XCTAssertNil(DirectoryListing.entriesIfListable(of: sandbox.path("missing")))
    }
}
