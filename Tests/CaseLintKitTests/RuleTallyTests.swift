import Foundation
import XCTest
@testable import CaseLintKit

/// The linter keeps outcomes and credits by rule position (`RuleTally`); what a result shows by id,
/// and the score read by position, must be what the dictionaries by id gave.
final class RuleTallyTests: XCTestCase {
    func testTheScoreByPositionIsTheScoreByID() throws {
        let ruleSet = try RuleSet.load()
        let examples = CLI.packageRoot.appendingPathComponent("Examples").path
        let report = try Linter(ruleSet: ruleSet).lint(try ProjectScanner.projects(at: [examples]))
        XCTAssertGreaterThan(report.projects.count, 2)
        for result in report.projects {
            XCTAssertNotNil(result.tally, result.project.path)
            XCTAssertEqual(result.outcomes.count, ruleSet.projectDefinitions.count)
            // The same result with its outcomes and credits given by id, as a hand-built result has them.
            var byID = result
            byID.outcomes = result.outcomes
            XCTAssertNil(byID.tally)
            XCTAssertEqual(byID.credits, result.credits)
            XCTAssertEqual(ReadinessCalculator.score(byID, ruleSet: ruleSet), ReadinessCalculator.score(result, ruleSet: ruleSet),
                           result.project.path)
            XCTAssertEqual(result.score, ReadinessCalculator.score(byID, ruleSet: ruleSet), result.project.path)
        }
    }

    func testDictionariesKeepEveryRuleAndOnlyTheCreditsGiven() {
        var tally = RuleTally(ids: ["a", "b", "c"])
        tally.outcomes = [.passed, .failed, .disabled]
        tally.credits[0] = 0.5
        XCTAssertEqual(tally.outcomesByID, ["a": .passed, "b": .failed, "c": .disabled])
        XCTAssertEqual(tally.creditsByID, ["a": 0.5])
    }
}
