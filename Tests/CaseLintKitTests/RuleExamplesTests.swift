import CaseLintKit
import XCTest

/// Every rule carries its own pass and fail examples; this one test runs them all, so a new rule
/// needs no new test code.
final class RuleExamplesTests: XCTestCase {
    func testEveryBuiltInRuleMatchesItsExamples() throws {
        let ruleSet = try RuleSet.load()
        let (checked, failures) = RuleExampleRunner.verify(ruleSet)
        XCTAssertGreaterThan(checked, 2 * ruleSet.rules.count - 1, "every rule has at least one pass and one fail example")
        for failure in failures { XCTFail(failure.description) }
    }

    func testEveryRuleHasRationaleAndCategory() throws {
        for rule in try RuleSet.load().rules {
            XCTAssertFalse(rule.definition.why.isEmpty, "\(rule.id) needs a 'why'")
            XCTAssertFalse(rule.definition.examples.pass.isEmpty, "\(rule.id) needs pass examples")
            XCTAssertFalse(rule.definition.examples.fail.isEmpty, "\(rule.id) needs fail examples")
        }
    }
}
