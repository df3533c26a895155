import Foundation
import XCTest
@testable import CaseLintKit

/// Score categories declared in packs: validated like rules, and every rule must name one.
final class CategoryPackTests: XCTestCase {
    func load(_ text: String) throws -> RulePack {
        try RulePackLoader.load(text: text, file: "cats.yml", vocabulary: SharedVocabulary())
    }

    func assertError(_ text: String, line: Int, contains parts: [String], file: StaticString = #filePath, at: UInt = #line) {
        XCTAssertThrowsError(try load(text), file: file, line: at) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.file, "cats.yml", file: file, line: at)
            XCTAssertEqual(error?.line, line, "\(String(describing: error))", file: file, line: at)
            for part in parts { XCTAssertTrue(error?.message.contains(part) == true, "\(String(describing: error))", file: file, line: at) }
        }
    }

    func testBuiltInCategoriesAndWeights() throws {
        let ruleSet = try RuleSet.load()
        XCTAssertEqual(ruleSet.categories.map(\.id), ["structure", "responsibility", "evidence", "domain-literacy", "reproducibility"])
        XCTAssertEqual(ruleSet.categories.map(\.weight), [15, 50, 30, 20, 19])
        XCTAssertFalse(ruleSet.notJudged.isEmpty)
    }

    func testAPackMayHoldOnlyCategories() throws {
        let pack = try load("pack: c\ncategories:\n  - {id: a, title: A, weight: 3, description: First.}\nnot_judged: [Data rights.]\n")
        XCTAssertEqual(pack.categories, [ScoreCategory(id: "a", title: "A", weight: 3, description: "First.", file: "cats.yml", line: 3)])
        XCTAssertEqual(pack.notJudged, ["Data rights."])
        XCTAssertTrue(pack.rules.isEmpty)
    }

    func testCountsUnlessFailedNamesAProjectRule() throws {
        let pack = try load("pack: c\ncategories:\n  - {id: a, title: A, weight: 3, description: First., counts_unless_failed: metrics.reported}\n")
        XCTAssertEqual(pack.categories.first?.countsUnlessFailed, "metrics.reported")
        assertError("pack: c\ncategories:\n  - id: a\n    title: A\n    weight: 1\n    description: d\n    counts_unless_failed: ''\n",
                    line: 7, contains: ["counts_unless_failed", "rule id"])
        XCTAssertEqual(try RuleSet.load().categories.first { $0.id == "domain-literacy" }?.countsUnlessFailed, "metrics.reported")
        let sandbox = try Sandbox()
        try sandbox.write("packs/team.yml", """
        pack: team
        categories:
          - {id: team, title: Team, weight: 1, description: d, counts_unless_failed: metrics.reportd}
        """)
        XCTAssertThrowsError(try RuleSet.load(extraDirectories: [sandbox.path("packs")])) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.line, 3)
            XCTAssertTrue(error?.message.contains("counts_unless_failed: unknown rule 'metrics.reportd'") == true, "\(String(describing: error))")
            XCTAssertTrue(error?.message.contains("metrics.reported") == true, "did you mean")
        }
    }

    func testCategoryErrorsNameLineAndKey() {
        assertError("pack: c\ncategories:\n  - id: a\n    title: A\n    description: First.\n", line: 3, contains: ["category a", "weight", "missing"])
        assertError("pack: c\ncategories:\n  - id: a\n    title: A\n    weight: heavy\n    description: d\n", line: 5, contains: ["weight", "whole number"])
        assertError("pack: c\ncategories:\n  - {id: a, title: A, weight: 1, description: d, colour: red}\n", line: 3, contains: ["colour", "unknown key"])
        assertError("pack: c\ncategories:\n  - {id: a, title: A, weight: 1, description: d}\n  - {id: a, title: B, weight: 1, description: d}\n",
                    line: 4, contains: ["duplicate category id 'a'"])
        assertError("pack: c\ncategories:\n  - {id: Bad Id, title: A, weight: 1, description: d}\n", line: 3, contains: ["id"])
        assertError("pack: c\ncategories: nope\n", line: 2, contains: ["categories: expected a list"])
        assertError("pack: c\n", line: 1, contains: ["missing key 'rules'"])
    }

    func testRuleWithUndeclaredCategoryIsAnError() throws {
        let sandbox = try Sandbox()
        try sandbox.write("packs/team.yml", """
        pack: team
        rules:
          - id: team.owner
            kind: phrase
            category: reproducibilty
            severity: error
            title: Owner named
            message: Name the owner.
            match: {patterns: ['owner']}
            examples: {pass: ["owner"], fail: ["nobody"]}
        """)
        XCTAssertThrowsError(try RuleSet.load(extraDirectories: [sandbox.path("packs")])) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.line, 3)
            XCTAssertTrue(error?.file?.hasSuffix("team.yml") == true)
            XCTAssertTrue(error?.message.contains("category: unknown category 'reproducibilty'; did you mean 'reproducibility'?") == true,
                          "\(String(describing: error))")
        }
    }

    func testWeightDefaultsToTheSeverityTier() throws {
        let pack = try load("""
        pack: t
        rules:
          - {id: t.e, kind: phrase, category: c, severity: error, title: E, message: m, match: {patterns: [x]}, examples: {pass: [x], fail: [y]}}
          - {id: t.w, kind: phrase, category: c, severity: warning, title: W, message: m, match: {patterns: [x]}, examples: {pass: [x], fail: [y]}}
          - {id: t.i, kind: phrase, category: c, severity: info, weight: 7, title: I, message: m, match: {patterns: [x]}, examples: {pass: [x], fail: [y]}}
        """)
        XCTAssertEqual(pack.rules.map(\.definition.weight), [5, 3, 7])
    }
}
