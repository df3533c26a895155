import Foundation

/// A project's readiness score for a reporter: the one computed where the project was linted, or,
/// for a result built by hand (tests, `caselint fix` previews), computed from the rule set the
/// report began with.
struct ScoreLookup {
    var ruleSet: RuleSet?

    func score(of result: ProjectResult) -> ReadinessScore {
        if let score = result.score { return score }
        guard let ruleSet else { preconditionFailure("a reporter begins (begin(_:)) before its first project") }
        return ReadinessCalculator.score(result, ruleSet: ruleSet)
    }
}
