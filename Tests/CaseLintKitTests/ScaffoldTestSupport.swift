import CaseLintKit
import Foundation
import XCTest

/// Shared pieces of the `caselint new` tests: golden files, tree listings, the six blueprint ids.
enum ScaffoldTesting {
    static let blueprintIDs = ["ed-demand-forecast", "imaging-triage", "note-summarizer", "qsar-property",
                               "risk-stratification", "wearable-anomaly"]
    /// Fixed inputs, so every rendering is byte-for-byte the same.
    static let year = 2025

    static var fixturesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// Compares `actual` with `Golden/new/<name>`; CASELINT_UPDATE_GOLDEN=1 rewrites the file instead.
    static func assertGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try GoldenFile.assertMatches(actual, "new/" + name, file: file, line: line)
    }

    /// Every regular file under `root`: relative path, size and a content hash, one per line, sorted.
    static func treeListing(_ root: URL) throws -> String {
        try files(under: root).map { path -> String in
            let data = try Data(contentsOf: root.appendingPathComponent(path))
            return "\(path)  \(data.count)  \(fnv1a(data))"
        }.joined(separator: "\n") + "\n"
    }

    static func files(under root: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var result: [String] = []
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
               !isDirectory.boolValue { result.append(path) }
        }
        return result.sorted()
    }

    /// FNV-1a, 64 bits: enough to notice any change, with no crypto library on Linux.
    static func fnv1a(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(format: "%016llx", hash)
    }

    /// Renders a built-in blueprint into `directory` through the library.
    @discardableResult
    static func scaffold(_ id: String, into directory: String, force: Bool = false, dryRun: Bool = false,
                         beforeMove: (String) throws -> Void = { _ in }) throws -> Scaffolder.Outcome {
        let catalog = try BlueprintCatalog.load()
        let inputs = try ScaffoldInputs(name: try ProjectName(directory: directory), year: year)
        return try Scaffolder(catalog: catalog, ruleSet: try RuleSet.load())
            .run(try catalog.blueprint(id), inputs: inputs, directory: directory, force: force, dryRun: dryRun, beforeMove: beforeMove)
    }
}
