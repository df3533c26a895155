import Foundation
import XCTest

/// The README's sample outputs are the tool's real output. Each sample is a fenced block right
/// after a marker naming the command that prints it:
///
///     <!-- sample: caselint score Examples/readmission-first-draft -->
///     ```
///     ...exactly what that command prints, run from the repository root...
///     ```
///
/// After an intended output change (new rules, new wording, new numbers) refresh every sample with
/// `CASELINT_UPDATE_GOLDEN=1 swift test --filter ReadmeSampleTests`, which rewrites the blocks in place.
final class ReadmeSampleTests: XCTestCase {
    static let markerPrefix = "<!-- sample: "
    static let markerSuffix = " -->"

    struct Sample {
        var command: [String]
        /// Line indexes (0-based) of the opening and closing fence.
        var open: Int
        var close: Int
    }

    static func samples(in lines: [String]) throws -> [Sample] {
        var found: [Sample] = []
        for (index, line) in lines.enumerated() where line.hasPrefix(markerPrefix) && line.hasSuffix(markerSuffix) {
            let command = line.dropFirst(markerPrefix.count).dropLast(markerSuffix.count)
                .split(separator: " ").map(String.init)
            guard command.first == "caselint", command.count > 1 else {
                throw SampleError("README.md:\(index + 1): a sample marker names a caselint command, e.g. <!-- sample: caselint lint Examples -->")
            }
            let open = index + 1
            guard open < lines.count, lines[open].hasPrefix("```") else {
                throw SampleError("README.md:\(index + 1): the sample marker must be followed directly by a fenced code block")
            }
            guard let close = lines[(open + 1)...].firstIndex(where: { $0 == "```" }) else {
                throw SampleError("README.md:\(open + 1): the sample's code block is never closed")
            }
            found.append(Sample(command: Array(command.dropFirst()), open: open, close: close))
        }
        return found
    }

    func testSamplesAreTheToolsOutput() throws {
        let url = CLI.packageRoot.appendingPathComponent("README.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        var lines = document.components(separatedBy: "\n")
        let samples = try Self.samples(in: lines)
        XCTAssertGreaterThanOrEqual(samples.count, 2, "README.md should show the output of lint and score through sample markers")
        let update = ProcessInfo.processInfo.environment["CASELINT_UPDATE_GOLDEN"] == "1"
        // From the last sample up, so that rewriting one block leaves the earlier line numbers valid.
        for sample in samples.reversed() {
            let result = try CLI.run(sample.command, environment: ["NO_COLOR": "1"])
            XCTAssertNotEqual(result.status, 2, "caselint \(sample.command.joined(separator: " ")) failed: \(result.stderr)")
            var actual = result.stdout.components(separatedBy: "\n")
            if actual.last == "" { actual.removeLast() }
            let shown = Array(lines[(sample.open + 1)..<sample.close])
            if update {
                lines.replaceSubrange((sample.open + 1)..<sample.close, with: actual)
            } else {
                XCTAssertEqual(shown, actual, """
                    README.md:\(sample.open + 1): the sample of `caselint \(sample.command.joined(separator: " "))` is not what \
                    the tool prints now. If the change is intended, refresh the README's samples with \
                    CASELINT_UPDATE_GOLDEN=1 swift test --filter ReadmeSampleTests
                    """)
            }
        }
        if update { try Data(lines.joined(separator: "\n").utf8).write(to: url) }
    }

    func testMarkersAreFoundAndMalformedOnesAreReported() throws {
        let good = ["text", "<!-- sample: caselint score X -->", "```", "a", "b", "```", "after"]
        let samples = try Self.samples(in: good)
        XCTAssertEqual(samples.count, 1)
        XCTAssertEqual(samples.first?.command, ["score", "X"])
        XCTAssertEqual(samples.first?.open, 2)
        XCTAssertEqual(samples.first?.close, 5)
        XCTAssertThrowsError(try Self.samples(in: ["<!-- sample: caselint lint X -->", "", "```", "```"]))
        XCTAssertThrowsError(try Self.samples(in: ["<!-- sample: swift run caselint -->", "```", "```"]))
        XCTAssertThrowsError(try Self.samples(in: ["<!-- sample: caselint lint X -->", "```", "never closed"]))
    }
}

struct SampleError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
