import Foundation

/// Turns rule outcomes into a readiness score.
///
/// category score  s_c = Σ weight(passed rules in c) / Σ weight(applicable rules in c)
/// total           = round(100 · Σ W_c · s_c / Σ W_c), over categories with something applicable
///
/// Rules that do not apply or are disabled leave the denominator instead of counting as passes
/// (Lighthouse's not-applicable audits); so does a category with nothing applicable. A failed rule
/// with a `score_cap` holds the total at or below its cap.
public enum ReadinessCalculator {
    public static func score(_ result: ProjectResult, ruleSet: RuleSet) -> ReadinessScore {
        score(outcomes: result.outcomes, rules: ruleSet.projectDefinitions,
              categories: ruleSet.categories, notJudged: ruleSet.notJudged)
    }

    public static func score(outcomes: [String: RuleOutcome], rules: [RuleDefinition],
                             categories: [ScoreCategory], notJudged: [String] = []) -> ReadinessScore {
        var scores = categories.map {
            CategoryScore(category: $0, passedWeight: 0, applicableWeight: 0, passed: 0, failed: 0, notApplicable: 0)
        }
        for rule in rules {
            guard let index = scores.firstIndex(where: { $0.category.id == rule.category }) else { continue }
            switch outcomes[rule.id] ?? .notApplicable {
            case .passed:
                scores[index].passed += 1
                scores[index].passedWeight += rule.weight
                scores[index].applicableWeight += rule.weight
            case .failed:
                scores[index].failed += 1
                scores[index].applicableWeight += rule.weight
            case .notApplicable, .disabled:
                scores[index].notApplicable += 1
            }
        }
        let counted = scores.filter { $0.fraction != nil && $0.category.weight > 0 }
        let totalWeight = Double(counted.reduce(0) { $0 + $1.category.weight })
        let exact = totalWeight > 0
            ? 100 * counted.reduce(0.0) { $0 + Double($1.category.weight) * ($1.fraction ?? 0) } / totalWeight
            : 0
        var total = ScoreRounding.percent(exact)
        // The lowest cap among failed rules applies ("placeholders keep a scaffold below ready").
        let cap = rules.filter { outcomes[$0.id] == .failed && $0.scoreCap != nil }.min { $0.scoreCap! < $1.scoreCap! }
        var cappedBy: String?
        if let cap, let limit = cap.scoreCap, total > limit {
            total = limit
            cappedBy = cap.id
        }
        return ReadinessScore(total: total, exact: exact, categories: scores,
                              actions: actions(outcomes: outcomes, rules: rules, scores: scores, totalWeight: totalWeight),
                              notJudged: notJudged, cappedBy: cappedBy)
    }

    /// What fixing each failed rule would add to the exact total, largest first; ties go to the
    /// more severe rule, then to the rule id so the order is stable.
    static func actions(outcomes: [String: RuleOutcome], rules: [RuleDefinition], scores: [CategoryScore],
                        totalWeight: Double) -> [ScoreAction] {
        var actions: [ScoreAction] = []
        for rule in rules where outcomes[rule.id] == .failed {
            guard let category = scores.first(where: { $0.category.id == rule.category }),
                  category.applicableWeight > 0, totalWeight > 0 else { continue }
            let points = 100 * Double(category.category.weight) / totalWeight * Double(rule.weight) / Double(category.applicableWeight)
            actions.append(ScoreAction(rule: rule.id, title: rule.title, category: rule.category,
                                       severity: rule.severity, points: points))
        }
        return actions.sorted {
            if abs($0.points - $1.points) > 1e-9 { return $0.points > $1.points }
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            return $0.rule < $1.rule
        }
    }
}
