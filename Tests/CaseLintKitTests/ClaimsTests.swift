@testable import CaseLintKit
import XCTest

/// `claims.overclaiming`: negation and quotation, per-pattern severity, and patterns the prefilter can use.
final class ClaimsTests: XCTestCase {
    func findings(_ markdown: String) throws -> [Finding] {
        let ruleSet = try RuleSet.load()
        let rule = try XCTUnwrap(ruleSet.rule("claims.overclaiming"))
        let context = LintContext(document: MarkdownScanner.scan(markdown), manifestNode: nil, vocabulary: ruleSet.vocabulary)
        return rule.check.evaluate(context)
    }

    func testNegatorsHedgesAndMentionsExcuseTheClause() {
        for before in ["It is not ", "This has not been ", "We do not claim it ", "It isn't yet ", "No model here is ",
                       "It was built without being ", "The demo would need to be ", "Avoid calling it ", "Not yet ",
                       "It supports, rather than ", "Skip claims such as "] {
            XCTAssertTrue(Negation.excuses(before: before), before)
        }
        for before in ["Our model is ", "It is not a toy, but it is ", "Not only is it ", "It is not slow. It is ",
                       "- Not FDA cleared - Clinically "] {
            XCTAssertFalse(Negation.excuses(before: before), before)
        }
        XCTAssertTrue(Negation.rowDenies("| FDA cleared | No |"))
        XCTAssertTrue(Negation.rowDenies("| Clinically validated | ❌ |"))
        XCTAssertFalse(Negation.rowDenies("| No-show model | FDA cleared |"))
    }

    func testQuotationMarksAndCodeSpans() {
        func quoted(_ text: String, _ phrase: String) -> Bool {
            let string = text as NSString
            return Quotation.encloses(string, string.range(of: phrase))
        }
        XCTAssertTrue(quoted("Avoid 'clinically validated' here.", "clinically validated"))
        XCTAssertTrue(quoted("Avoid “FDA approved” here.", "FDA approved"))
        XCTAssertTrue(quoted("Avoid \"FDA approved\" here.", "FDA approved"))
        XCTAssertTrue(quoted("The `clinically_validated` flag.", "clinically_validated"))
        XCTAssertFalse(quoted("The model's output is FDA approved and it's fine.", "FDA approved"))
        XCTAssertFalse(quoted("Patients' scans are FDA approved.", "FDA approved"))
    }

    func testEachFindingSaysWhatToWriteInsteadAtItsColumn() throws {
        let found = try findings("# P\n\nThe tool is HIPAA compliant and unbiased across all sites.\nAn unbiased model.\n")
        XCTAssertEqual(found.map(\.line), [3, 4])
        XCTAssertEqual(found.first?.column, 13)
        XCTAssertTrue(found[0].message.contains("Found: \"HIPAA compliant\". Instead:"), found[0].message)
        XCTAssertEqual(found.map(\.severity), [.error, .warning])
    }

    func testBlockQuotesOfOthersAndOwnCallouts() throws {
        XCTAssertTrue(try findings("# P\n\nThe vendor says:\n\n> It never misses a fracture.\n").isEmpty)
        XCTAssertTrue(try findings("# P\n\n> It never misses a fracture.\n>\n> — Vendor brochure, 2024\n").isEmpty)
        XCTAssertEqual(try findings("# P\n\n> **Result:** it never misses a fracture.\n").count, 1)
    }

    /// Every pattern names a word the prefilter can look up; otherwise it would run on every sentence
    /// of every README.
    func testEveryPatternHasRequiredWords() throws {
        let rule = try XCTUnwrap(try RuleSet.load().rule("claims.overclaiming"))
        let check = try XCTUnwrap(rule.check as? ForbidCheck)
        for entry in check.patterns {
            XCTAssertFalse(entry.pattern.required.isEmpty, entry.pattern.source)
        }
        XCTAssertEqual(RequiredWords.sets(#"\b100\s*%\s*accuracy"#), [["100"], ["accuracy"]])
        XCTAssertEqual(RequiredWords.sets(#"\bFDA[- ]approved"#), [["fda"], ["approved"]])
        XCTAssertEqual(RequiredWords.sets(#"\bFDA[- ]?approved"#), [["fda"]])
    }

    func testConfiguredSeverityReplacesPatternSeverities() throws {
        let ruleSet = try RuleSet.load()
        let readme = "# P\n\nAn unbiased model that is FDA approved.\n"
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", readme)
        let project = try XCTUnwrap(ProjectScanner.projects(at: [sandbox.path("p")]).first)
        func severities(_ configuration: Configuration) -> [Severity] {
            Linter(ruleSet: ruleSet).lint(project, configuration: configuration).diagnostics
                .filter { $0.rule == "claims.overclaiming" }.map(\.severity)
        }
        XCTAssertEqual(severities(.empty), [.warning, .error])
        XCTAssertEqual(severities(Configuration(severityOverrides: ["claims.overclaiming": .info])), [.info, .info])
    }
}
