import Foundation
import XCTest
@testable import CaseLintKit

/// The substance-share plan is picked out of the rule set once; applied per project it must thin
/// exactly the passing rules that have a share, as far as the README leaves its parts unwritten.
final class SubstanceShareTests: XCTestCase {
    func testThePlanHoldsTheRulesWithAShareAndEverySectionCheck() throws {
        let ruleSet = try RuleSet.load()
        let plan = ruleSet.substanceShare
        let expected = ruleSet.projectDefinitions.filter { $0.substanceShare > 0 }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(plan.shares.map { ruleSet.projectIDs[$0.position] }, expected.map(\.id))
        XCTAssertEqual(plan.shares.map(\.share), expected.map(\.substanceShare))
        XCTAssertEqual(plan.sections.map(\.part), ruleSet.projectRules.compactMap { ($0.check as? SectionCheck)?.part })
        XCTAssertEqual(Set(plan.sections.map(\.part)), Set(CaseStudyPart.allCases.map(\.rawValue)))
    }

    func testAPassingRuleKeepsOnlyItsOwnShareWhenNoPartIsWritten() throws {
        let ruleSet = try RuleSet.load()
        let plan = ruleSet.substanceShare
        let context = LintContext(document: MarkdownScanner.scan("# A project\n\nNothing more.\n"), manifestNode: nil,
                                  vocabulary: ruleSet.vocabulary)
        let passed = try XCTUnwrap(plan.shares.first)
        let failed = try XCTUnwrap(plan.shares.dropFirst().first)
        var tally = RuleTally(ids: ruleSet.projectIDs)
        tally.outcomes[passed.position] = .passed
        tally.outcomes[failed.position] = .failed
        tally.credits[failed.position] = 0.25
        plan.apply(to: &tally, context: context)
        XCTAssertEqual(tally.credits[passed.position] ?? -1, 1 - passed.share, accuracy: 1e-12)
        XCTAssertEqual(tally.credits[failed.position], 0.25, "a failed rule's credit is left alone")
        XCTAssertEqual(tally.creditsByID.count, 2)
    }
}
