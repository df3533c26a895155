import Foundation
import XCTest
@testable import CaseLintKit

/// The score's arithmetic: weighted means, not-applicable rules, rounding, bands, actions.
final class ReadinessScoreTests: XCTestCase {
    func rule(_ id: String, _ category: String, weight: Int, severity: Severity = .error, cap: Int? = nil) -> RuleDefinition {
        RuleDefinition(id: id, kind: "phrase", category: category, severity: severity, weight: weight, scoreCap: cap, title: id.capitalized,
                       message: "", why: "", references: [], enabledByDefault: true,
                       examples: RuleExamples(pass: [], fail: []), pack: "test", file: "test.yml", line: 1)
    }

    let categories = [
        ScoreCategory(id: "a", title: "A", weight: 30, description: "first"),
        ScoreCategory(id: "b", title: "B", weight: 10, description: "second"),
    ]

    func score(_ rules: [RuleDefinition], _ outcomes: [String: RuleOutcome]) -> ReadinessScore {
        ReadinessCalculator.score(outcomes: outcomes, rules: rules, categories: categories, notJudged: ["Clinical soundness."])
    }

    func testWeightedMeanOfCategoriesRoundsHalfUp() {
        // a: 5 of 10 passed = 0.5 (weight 30); b: all passed = 1 (weight 10). (15 + 10) / 40 = 62.5.
        let rules = [rule("a.one", "a", weight: 5), rule("a.two", "a", weight: 5), rule("b.one", "b", weight: 2)]
        let result = score(rules, ["a.one": .passed, "a.two": .failed, "b.one": .passed])
        XCTAssertEqual(result.exact, 62.5, accuracy: 1e-9)
        XCTAssertEqual(result.total, 63)
        XCTAssertEqual(result.categories.map(\.percent), [50, 100])
        XCTAssertEqual(result.band, .needsWork)
    }

    func testNotApplicableAndDisabledRulesLeaveTheDenominator() {
        let rules = [rule("a.one", "a", weight: 5), rule("a.two", "a", weight: 3), rule("a.three", "a", weight: 9),
                     rule("b.one", "b", weight: 1)]
        let result = score(rules, ["a.one": .passed, "a.two": .notApplicable, "a.three": .disabled, "b.one": .passed])
        XCTAssertEqual(result.total, 100, "rules that do not apply must not count against the project")
        XCTAssertEqual(result.categories[0].applicableWeight, 5)
        XCTAssertEqual(result.categories[0].notApplicable, 2)
        // ...nor as passes: with the one applicable rule failing, the category is 0, not 8/17.
        let failing = score(rules, ["a.one": .failed, "a.two": .notApplicable, "a.three": .disabled, "b.one": .passed])
        XCTAssertEqual(failing.categories[0].percent, 0)
    }

    func testCategoryWithNothingApplicableIsNotApplicable() {
        let rules = [rule("a.one", "a", weight: 5), rule("b.one", "b", weight: 2)]
        let result = score(rules, ["a.one": .failed, "b.one": .notApplicable])
        XCTAssertNil(result.categories[1].fraction)
        XCTAssertNil(result.categories[1].percent)
        XCTAssertEqual(result.total, 0, "only category a counts, and it failed")
        XCTAssertTrue(result.isApplicable)
        let passing = score(rules, ["a.one": .passed, "b.one": .notApplicable])
        XCTAssertEqual(passing.total, 100)
    }

    func testACategoryLeavesTheTotalWhenItsCountsUnlessFailedRuleFailed() {
        // b counts unless a.reported failed: domain literacy for a README without a metric value.
        let gated = [categories[0], ScoreCategory(id: "b", title: "B", weight: 10, description: "second", countsUnlessFailed: "a.reported")]
        let rules = [rule("a.reported", "a", weight: 1), rule("a.other", "a", weight: 1), rule("b.one", "b", weight: 2)]
        let without = ReadinessCalculator.score(outcomes: ["a.reported": .failed, "a.other": .passed, "b.one": .failed],
                                                rules: rules, categories: gated)
        XCTAssertNil(without.categories[1].fraction, "shown as not applicable")
        XCTAssertEqual(without.categories[1].notApplicable, 1)
        XCTAssertEqual(without.total, 50, "only a counts")
        XCTAssertFalse(without.actions.contains { $0.rule == "b.one" }, "a rule of a category that left the total is no action")
        let with = ReadinessCalculator.score(outcomes: ["a.reported": .passed, "a.other": .passed, "b.one": .failed],
                                             rules: rules, categories: gated)
        XCTAssertEqual(with.categories[1].percent, 0)
        XCTAssertEqual(with.total, 75)
    }

    func testNothingApplicableAtAll() {
        let result = score([rule("a.one", "a", weight: 5)], ["a.one": .disabled])
        XCTAssertEqual(result.total, 0)
        XCTAssertFalse(result.isApplicable)
        XCTAssertTrue(result.actions.isEmpty)
    }

    func testAShortfallNeverRoundsUpTo100() {
        // 199 of 200 equal rules passed: 99.5 would round to 100, but a failing rule keeps it at 99.
        var rules = (0..<199).map { rule("a.r\($0)", "a", weight: 1) }
        rules.append(rule("a.last", "a", weight: 1))
        var outcomes = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, RuleOutcome.passed) })
        outcomes["a.last"] = .failed
        let result = score(rules, outcomes)
        XCTAssertEqual(result.exact, 99.5, accuracy: 1e-9)
        XCTAssertEqual(result.total, 99)
        XCTAssertEqual(result.categories[0].percent, 99)
    }

    func testBands() {
        XCTAssertEqual(ScoreBand(total: 100), .ready)
        XCTAssertEqual(ScoreBand(total: 90), .ready)
        XCTAssertEqual(ScoreBand(total: 89), .needsWork)
        XCTAssertEqual(ScoreBand(total: 50), .needsWork)
        XCTAssertEqual(ScoreBand(total: 49), .notReady)
        XCTAssertEqual(ScoreBand(total: 0), .notReady)
        XCTAssertEqual(ScoreBand.needsWork.label, "needs work")
    }

    func testActionsAreOrderedByThePointsTheyWouldAdd() {
        // a (30 of 40): rules 6 + 3 + 3 = 12; b (10 of 40): one rule of 2.
        let rules = [rule("a.small", "a", weight: 3, severity: .warning), rule("a.big", "a", weight: 6),
                     rule("a.tie", "a", weight: 3, severity: .error), rule("b.only", "b", weight: 2, severity: .info)]
        let result = score(rules, ["a.small": .failed, "a.big": .failed, "a.tie": .failed, "b.only": .failed])
        XCTAssertEqual(result.actions.map(\.rule), ["a.big", "b.only", "a.tie", "a.small"],
                       "most points first; on a tie the more severe rule")
        XCTAssertEqual(result.actions[0].points, 100 * 30.0 / 40 * 6 / 12, accuracy: 1e-9)
        XCTAssertEqual(result.actions[1].points, 25, accuracy: 1e-9)
        XCTAssertEqual(result.actions.reduce(0) { $0 + $1.points }, 100, accuracy: 1e-9, "fixing everything adds the whole gap")
    }

    func testPerfectScoreStillListsWhatIsNotJudged() {
        let result = score([rule("a.one", "a", weight: 1)], ["a.one": .passed])
        XCTAssertEqual(result.total, 100)
        XCTAssertEqual(result.notJudged, ["Clinical soundness."])
    }

    func testPortfolioMeanAndWeakest() throws {
        let report = try ReportFixture.report()
        XCTAssertEqual(report.scores.map(\.total), [43, 100], "alpha: (60 · 5/10 + 40 · 3/9) / 100")
        let portfolio = try XCTUnwrap(report.portfolio)
        XCTAssertEqual(portfolio.mean, 72, "(43 + 100) / 2 = 71.5")
        XCTAssertEqual(portfolio.weakestPath, "portfolio/alpha")
        XCTAssertNil(PortfolioScore([(path: "one", total: report.scores[0].total)]), "a single project has no portfolio line")
    }

    func testShortfallsPreferTheCommandLineOverTheConfiguration() throws {
        var report = try ReportFixture.report()
        report.projects[1].minScore = 100
        XCTAssertEqual(report.shortfalls(minimum: nil).map(\.path), [], "alpha has no threshold, beta meets its own")
        report.projects[0].minScore = 50
        XCTAssertEqual(report.shortfalls(minimum: nil).map(\.path), ["portfolio/alpha"])
        XCTAssertEqual(report.shortfalls(minimum: 40).map(\.path), [], "--min-score replaces min_score")
        XCTAssertEqual(report.shortfalls(minimum: 100).map(\.minimum), [100])
    }

    func testAFailedRuleWithACapHoldsTheTotalDown() {
        let categories = [ScoreCategory(id: "structure", title: "Structure", weight: 10, description: "")]
        let rules = [rule("a.one", "structure", weight: 99), rule("b.placeholder", "structure", weight: 1, cap: 89)]
        let failing = ReadinessCalculator.score(outcomes: ["a.one": .passed, "b.placeholder": .failed], rules: rules, categories: categories)
        XCTAssertEqual(failing.total, 89)
        XCTAssertEqual(failing.cappedBy, "b.placeholder")
        XCTAssertEqual(failing.band, .needsWork)
        let passing = ReadinessCalculator.score(outcomes: ["a.one": .passed, "b.placeholder": .passed], rules: rules, categories: categories)
        XCTAssertEqual(passing.total, 100)
        XCTAssertNil(passing.cappedBy)
    }

    /// A cap holds only when a finding is as severe as the rule: an error-level over-claim caps, a
    /// warning-level one of the same rule does not.
    func testACapNeedsAFindingAsSevereAsItsRule() {
        let categories = [ScoreCategory(id: "responsibility", title: "Responsibility", weight: 10, description: "")]
        let rules = [rule("a.one", "responsibility", weight: 9), rule("c.claims", "responsibility", weight: 1, cap: 40)]
        let outcomes: [String: RuleOutcome] = ["a.one": .passed, "c.claims": .failed]
        let warned = ReadinessCalculator.score(outcomes: outcomes, rules: rules, categories: categories, severest: ["c.claims": .warning])
        XCTAssertEqual(warned.total, 90)
        XCTAssertNil(warned.cappedBy)
        let erred = ReadinessCalculator.score(outcomes: outcomes, rules: rules, categories: categories, severest: ["c.claims": .error])
        XCTAssertEqual(erred.total, 40)
        XCTAssertEqual(erred.cappedBy, "c.claims")
    }

    /// Partial credit: a rule that passes with a share of 0.25 earns a quarter of its weight and is
    /// named as thin, with an action worth the rest; a rule on results without any earns nothing.
    func testCreditsAndRulesWithoutResults() {
        let categories = [ScoreCategory(id: "structure", title: "Structure", weight: 10, description: "")]
        let rules = [rule("s.data", "structure", weight: 4), rule("s.ci", "structure", weight: 4), rule("s.other", "structure", weight: 2)]
        let score = ReadinessCalculator.score(outcomes: ["s.data": .passed, "s.ci": .noResults, "s.other": .passed],
                                              rules: rules, categories: categories, credits: ["s.data": 0.25])
        XCTAssertEqual(score.total, 30, "(4 · 0.25 + 0 + 2) / 10")
        XCTAssertEqual(score.thinned, ["s.data"])
        XCTAssertEqual(score.actions.map(\.rule), ["s.ci", "s.data"])
        XCTAssertEqual(score.actions.map(\.partial), [false, true])
        XCTAssertEqual(score.actions.map { ($0.points * 10).rounded() / 10 }, [40, 30])
    }

    /// A guard of results with none to guard earns nothing, like any rule on results, but it is no
    /// action of its own: there is nothing to fix in it until results are reported.
    func testAGuardOfResultsWithoutResultsEarnsNothingAndIsNoAction() {
        let categories = [ScoreCategory(id: "evidence", title: "Evidence", weight: 10, description: "")]
        var guardRule = rule("e.guard", "evidence", weight: 3)
        guardRule.guardsResults = true
        let rules = [rule("e.reported", "evidence", weight: 6), guardRule, rule("e.ci", "evidence", weight: 3)]
        let outcomes: [String: RuleOutcome] = ["e.reported": .failed, "e.guard": .noResults, "e.ci": .noResults]
        let score = ReadinessCalculator.score(outcomes: outcomes, rules: rules, categories: categories)
        XCTAssertEqual(score.total, 0)
        XCTAssertEqual(score.actions.map(\.rule), ["e.reported", "e.ci"])
        let measured = ReadinessCalculator.score(outcomes: ["e.reported": .passed, "e.guard": .passed, "e.ci": .failed],
                                                 rules: rules, categories: categories)
        XCTAssertEqual(measured.total, 75, "(6 + 3 + 0) / 12")
    }
}
