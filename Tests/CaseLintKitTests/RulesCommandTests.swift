import Foundation
import XCTest
@testable import CaseLintKit

/// `caselint rules`, `caselint explain`, and the README's rule table kept in step with the packs.
final class RulesCommandTests: XCTestCase {
    func testRulesListsEveryRule() throws {
        let result = try CLI.run(["rules"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let ruleSet = try RuleSet.load()
        XCTAssertTrue(result.stdout.hasPrefix("ID"), result.stdout)
        for rule in ruleSet.rules {
            let line = result.stdout.split(separator: "\n").first { $0.hasPrefix(rule.id + " ") }
            let columns = try XCTUnwrap(line, "\(rule.id) missing").split(separator: " ", omittingEmptySubsequences: true)
            XCTAssertEqual(columns[1], Substring(rule.definition.kind))
            XCTAssertEqual(columns[2], Substring(rule.definition.category))
            XCTAssertEqual(columns[3], Substring(rule.definition.severity.rawValue))
            XCTAssertEqual(line?.hasSuffix(" (fixable)"), rule.definition.fix != nil, "\(rule.id): fixable exactly when it declares a fix")
        }
        let json = try XCTUnwrap(try CLI.run(["rules", "--format", "json"]).json?["rules"] as? [[String: Any]])
        XCTAssertEqual(json.first { $0["id"] as? String == "section.data" }?["fix"] as? String, "section")
        XCTAssertTrue(json.first { $0["id"] as? String == "metrics.reported" }?["fix"] is NSNull)
    }

    func testExplainPrintsRationaleReferencesAndExamples() throws {
        let result = try CLI.run(["explain", "disclaimer.clinical-use"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rule = try XCTUnwrap(try RuleSet.load().rule("disclaimer.clinical-use")).definition
        XCTAssertTrue(result.stdout.hasPrefix("disclaimer.clinical-use: \(rule.title)"), result.stdout)
        XCTAssertTrue(result.stdout.contains(rule.why), "the rationale")
        for reference in rule.references { XCTAssertTrue(result.stdout.contains("  - \(reference)"), reference) }
        XCTAssertTrue(result.stdout.contains("Passes\n  Example 1:\n    | "), result.stdout)
        XCTAssertTrue(result.stdout.contains("Fails\n  Example 1:"), result.stdout)
    }

    func testExplainUnknownRuleSuggestsOne() throws {
        let result = try CLI.run(["explain", "section.dat"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("did you mean 'section.data'?"), result.stderr)
    }

    func testVerifyRunsEveryExample() throws {
        let result = try CLI.run(["rules", "--verify"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasSuffix(" examples checked, 0 failed\n"), result.stdout)
    }

    /// The README holds the table that `caselint rules --format markdown` prints, between the rules markers.
    func testDocumentedRuleTableMatchesThePacks() throws {
        let table = RuleCatalog.markdown(try RuleSet.load())
        let candidates = ["README.md"].map { CLI.packageRoot.appendingPathComponent($0) }
        var checked = 0
        for url in candidates {
            guard let document = try? String(contentsOf: url, encoding: .utf8),
                  let expected = RuleCatalog.replacingTable(in: document, with: table) else { continue }
            checked += 1
            XCTAssertEqual(document, expected, """
                The rule table in \(url.lastPathComponent) is out of date. Refresh it: replace the lines between \
                \(RuleCatalog.startMarker) and \(RuleCatalog.endMarker) with the output of \
                `swift run caselint rules --format markdown`.
                """)
        }
        XCTAssertGreaterThan(checked, 0, "README.md must hold the rule table between the rules markers")
    }

    func testMarkdownTableFromTheCLIIsTheLibraryTable() throws {
        let result = try CLI.run(["rules", "--format", "markdown"])
        XCTAssertEqual(result.stdout, RuleCatalog.markdown(try RuleSet.load()))
    }
}
