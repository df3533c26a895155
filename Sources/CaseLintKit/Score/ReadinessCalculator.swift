import Foundation

/// Turns rule outcomes into a readiness score.
///
/// earned(r)       = the rule's credit: 1 for a pass, 0 for a failure, or the share its check
///                   reports (a part written in a sentence or two earns part of its weight)
/// category score  s_c = Σ weight(r) · earned(r) / Σ weight(applicable rules in c)
/// total           = round(100 · Σ W_c · s_c / Σ W_c), over categories with something applicable
///
/// Rules that do not apply or are disabled leave the denominator instead of counting as passes
/// (Lighthouse's not-applicable audits); so does a category with nothing applicable. A rule that
/// judges results (their test set, uncertainty, baseline) stays in it when there are none, earning
/// nothing: a README without results must not score better on evidence than one with them. A category
/// with `counts_unless_failed` leaves the total when that rule failed (domain literacy without a metric
/// value; metrics.reported's cap still holds such a README low). A failed rule
/// with a `score_cap` holds the total at or below its cap when one of its findings is as severe as
/// the rule itself (an error-level over-claim caps; a warning-level one does not).
public enum ReadinessCalculator {
    public static func score(_ result: ProjectResult, ruleSet: RuleSet) -> ReadinessScore {
        // The linter's tally is read by position; a result built by hand, by id.
        if let tally = result.tally, tally.isKept(for: ruleSet.projectDefinitions, idsAreUnique: ruleSet.projectIDsAreUnique) {
            let rules = ruleSet.projectDefinitions
            // A category whose `counts_unless_failed` rule failed leaves the total, its rules with it.
            let leaving = Set(ruleSet.categories.filter { category in
                category.countsUnlessFailed.map { id in rules.indices.contains { rules[$0].id == id && tally.outcomes[$0] == .failed } } ?? false
            }.map(\.id))
            // Only a failed rule with a cap asks for its most severe finding: looked for among the
            // findings then, not gathered for every finding of every project.
            let diagnostics = result.diagnostics
            return score(outcomeAt: tally.outcomes, creditAt: tally.credits, leaving: leaving, rules: rules,
                         categorySlots: ruleSet.projectCategorySlots, categories: ruleSet.categories, notJudged: ruleSet.notJudged,
                         severest: { position in diagnostics.lazy.filter { $0.rule == rules[position].id }.map(\.severity).max() })
        }
        var severest: [String: Severity] = [:]
        for diagnostic in result.diagnostics where severest[diagnostic.rule].map({ diagnostic.severity > $0 }) ?? true {
            severest[diagnostic.rule] = diagnostic.severity
        }
        return score(outcomes: result.outcomes, rules: ruleSet.projectDefinitions, categories: ruleSet.categories,
                     notJudged: ruleSet.notJudged, credits: result.credits, severest: severest)
    }

    /// - severest: the most severe finding of each failed rule; without it every failed rule's cap applies.
    public static func score(outcomes: [String: RuleOutcome], rules: [RuleDefinition], categories: [ScoreCategory],
                             notJudged: [String] = [], credits: [String: Double] = [:],
                             severest: [String: Severity]? = nil) -> ReadinessScore {
        // Each rule's outcome and earned share by its position in `rules`: looked up by id once,
        // as hashing the ids was most of the score's cost.
        let outcomeAt = rules.indices.map { outcomes[rules[$0].id] ?? .notApplicable }
        let creditAt: [Double?] = credits.isEmpty ? [Double?](repeating: nil, count: rules.count) : rules.map { credits[$0.id] }
        // A category whose `counts_unless_failed` rule failed leaves the total, its rules with it.
        let leaving = Set(categories.filter { $0.countsUnlessFailed.map { outcomes[$0] == .failed } ?? false }.map(\.id))
        let categorySlots = rules.map { rule in categories.firstIndex { $0.id == rule.category } }
        return score(outcomeAt: outcomeAt, creditAt: creditAt, leaving: leaving, rules: rules, categorySlots: categorySlots,
                     categories: categories, notJudged: notJudged, severest: severest.map { severest in { severest[rules[$0].id] } })
    }

    /// The score from each rule's outcome and credit by its position in `rules`. `leaving`: the
    /// categories out of the total; `categorySlots`: each rule's category's position in
    /// `categories`; `severest`: the most severe finding of a rule, by position (nil: every
    /// failed rule's cap applies).
    static func score(outcomeAt: [RuleOutcome], creditAt: [Double?], leaving: Set<String>, rules: [RuleDefinition],
                      categorySlots: [Int?], categories: [ScoreCategory], notJudged: [String],
                      severest: ((Int) -> Severity?)?) -> ReadinessScore {
        var scores = categories.map {
            CategoryScore(category: $0, passedWeight: 0, applicableWeight: 0, passed: 0, failed: 0, notApplicable: 0)
        }
        let isLeaving = categories.map { leaving.contains($0.id) }
        var earned = [Double?](repeating: nil, count: rules.count)
        // Rules are read in place (`rules[position]`), not copied one by one: a definition holds a
        // dozen strings, and copying each per project was a measurable share of a large run.
        for position in rules.indices {
            // By slot: comparing each rule's category with every category's id was most of this loop.
            guard let index = categorySlots[position] else { continue }
            let outcome = isLeaving[index] ? .notApplicable : outcomeAt[position]
            switch outcome {
            case .passed, .failed, .noResults:
                let passed = outcome == .passed
                let share = creditAt[position] ?? (passed ? 1 : 0)
                earned[position] = share
                if passed { scores[index].passed += 1 } else { scores[index].failed += 1 }
                scores[index].passedWeight += Double(rules[position].weight) * share
                scores[index].applicableWeight += rules[position].weight
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
        // By position: a definition copied per capping rule and project retained its dozen strings.
        let capping = rules.indices.filter { position in
            guard outcomeAt[position] == .failed, rules[position].scoreCap != nil else { return false }
            guard let severest else { return true }
            return severest(position).map { $0 >= rules[position].severity } ?? false
        }
        let cap = capping.min { rules[$0].scoreCap! < rules[$1].scoreCap! }
        var cappedBy: String?
        if let cap, let limit = rules[cap].scoreCap, total > limit {
            total = limit
            cappedBy = rules[cap].id
        }
        // A pass short only of its substance share is no thin part of its own: writing the parts is.
        let thinned = rules.indices.filter { outcomeAt[$0] == .passed && (earned[$0] ?? 1) < 1 && rules[$0].substanceShare == 0 }
            .map { rules[$0].id }
        var actions = actions(earned: earned, outcomes: outcomeAt, rules: rules, categorySlots: categorySlots, scores: scores,
                              totalWeight: totalWeight)
        if let cap, cappedBy != nil {
            actions = lifting(rules[cap], capping: capping.map { rules[$0] }, exact: exact, total: total, actions: actions)
        }
        return ReadinessScore(total: total, exact: exact, categories: scores, actions: actions,
                              notJudged: notJudged, cappedBy: cappedBy, thinned: thinned)
    }

    /// While a cap holds, nothing else raises the total: fixing what capped it leads the actions,
    /// worth the points it frees (up to the exact total with the rule's own weight, or to the next
    /// cap). The other actions keep what they would add to the exact total once the cap is lifted.
    static func lifting(_ cap: RuleDefinition, capping: [RuleDefinition], exact: Double, total: Int,
                        actions: [ScoreAction]) -> [ScoreAction] {
        let own = actions.first { $0.rule == cap.id }?.points ?? 0
        let next = capping.filter { $0.id != cap.id }.compactMap(\.scoreCap).min() ?? 100
        let points = min(exact + own, Double(next)) - Double(total)
        let others = actions.filter { $0.rule != cap.id }
        guard points > 0.05 else { return others }
        return [ScoreAction(rule: cap.id, title: cap.title, category: cap.category, severity: cap.severity, points: points, liftsCap: true)] + others
    }

    /// What each rule short of its full share would add to the exact total if it earned it, largest
    /// first; ties go to the more severe rule, then to the rule id so the order is stable. A guard of
    /// results with none to guard is no action of its own: reporting results is; nor is a passed
    /// rule short of its substance share: writing the case-study parts is. `earned` and
    /// `outcomes` are by position in `rules`.
    static func actions(earned: [Double?], outcomes: [RuleOutcome], rules: [RuleDefinition], categorySlots: [Int?],
                        scores: [CategoryScore], totalWeight: Double) -> [ScoreAction] {
        var actions: [ScoreAction] = []
        // The rules short of their share are read in place, not copied (a definition holds a dozen strings).
        for position in rules.indices {
            guard let share = earned[position], share < 1 else { continue }
            guard !(rules[position].guardsResults && outcomes[position] == .noResults),
                  !(rules[position].substanceShare > 0 && outcomes[position] == .passed),
                  let slot = categorySlots[position], case let category = scores[slot],
                  category.applicableWeight > 0, totalWeight > 0 else { continue }
            let points = 100 * Double(category.category.weight) / totalWeight * Double(rules[position].weight) * (1 - share)
                / Double(category.applicableWeight)
            guard points > 0.05 else { continue }
            actions.append(ScoreAction(rule: rules[position].id, title: rules[position].title, category: rules[position].category,
                                       severity: rules[position].severity, points: points, partial: outcomes[position] == .passed))
        }
        return actions.sorted {
            if abs($0.points - $1.points) > 1e-9 { return $0.points > $1.points }
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            return $0.rule < $1.rule
        }
    }
}
