import Foundation
import XCTest
@testable import CaseLintKit

/// The version users install must be the version this source builds: the action installs
/// `caselint==<its default version>` from PyPI, and the README tells people which release to pin.
/// A version bump that forgets one of them fails here, not on a user's CI.
final class DistributionVersionTests: XCTestCase {
    func text(_ file: String) throws -> String {
        try String(contentsOf: CLI.packageRoot.appendingPathComponent(file), encoding: .utf8)
    }

    func testTheActionInstallsThisVersion() throws {
        let lines = try text("action.yml").components(separatedBy: "\n")
        let start = try XCTUnwrap(lines.firstIndex(of: "  version:"), "action.yml has a version input")
        let defaultLine = try XCTUnwrap(lines[start...].first { $0.hasPrefix("    default:") })
        XCTAssertEqual(defaultLine, "    default: \"\(CaseLint.version)\"", "action.yml's version input must default to \(CaseLint.version)")
    }

    func testTheReadmePinsThisVersion() throws {
        let readme = try text("README.md")
        let pins = try NSRegularExpression(pattern: #"caselint(?:==|-|@)v?([0-9]+\.[0-9]+\.[0-9]+)|rev: v([0-9]+\.[0-9]+\.[0-9]+)"#)
        let matches = pins.matches(in: readme, range: NSRange(readme.startIndex..., in: readme))
        XCTAssertGreaterThan(matches.count, 3, "the README's Install section names the release to install")
        for match in matches {
            let group = match.range(at: 1).location != NSNotFound ? 1 : 2
            let version = String(readme[Range(match.range(at: group), in: readme)!])
            XCTAssertEqual(version, CaseLint.version, "README.md names caselint \(version); this source is \(CaseLint.version)")
        }
    }

    /// The wheel's version comes from Version.swift through this pattern in pyproject.toml.
    func testTheWheelReadsItsVersionFromTheSwiftSource() throws {
        let pyproject = try text("pyproject.toml")
        XCTAssertTrue(pyproject.contains(#"path = "Sources/CaseLintKit/Support/Version.swift""#))
        let source = try text("Sources/CaseLintKit/Support/Version.swift")
        XCTAssertTrue(source.contains(#"version = "\#(CaseLint.version)""#), "pyproject.toml's pattern must find the version")
    }

    /// The README's pip route for pre-commit repeats the hook's file pattern and command; they must
    /// stay the ones .pre-commit-hooks.yaml declares (Scripts/check-pre-commit.sh runs those).
    func testTheReadmesLocalHookIsTheDeclaredHook() throws {
        func values(_ key: String, in text: String) -> [String] {
            text.components(separatedBy: "\n").compactMap { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix(key + ": ") ? String(trimmed.dropFirst(key.count + 2)) : nil
            }
        }
        let hooks = try text(".pre-commit-hooks.yaml")
        let readme = try text("README.md")
        let pattern = try XCTUnwrap(values("files", in: hooks).first)
        XCTAssertEqual(Set(values("files", in: hooks)), [pattern], "both hooks share one file pattern")
        XCTAssertEqual(values("files", in: readme), [pattern], "README.md's local hook uses the hooks' file pattern")
        XCTAssertTrue(values("entry", in: readme).allSatisfy(values("entry", in: hooks).contains), "README.md's hook runs a declared entry")
        XCTAssertFalse(values("entry", in: readme).isEmpty)
    }
}
