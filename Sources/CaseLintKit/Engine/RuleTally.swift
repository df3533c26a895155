import Foundation

/// Each project rule's outcome and credit by its position in `RuleSet.projectDefinitions`. The
/// linter records them and the score reads them by position: keyed by rule id they cost two
/// dictionary inserts and several look-ups per rule per project, hashing the id each time (about
/// 2% of a large run). The dictionaries a `ProjectResult` offers are built from the tally only when
/// something asks for them (`score --format json`'s rule breakdown, tests).
struct RuleTally: Sendable {
    /// The rule set's project rule ids, in order (the rule set's array, shared, not copied).
    let ids: [String]
    var outcomes: [RuleOutcome]
    /// The share of its weight a rule earned, when its check reported one.
    var credits: [Double?]

    init(ids: [String]) {
        self.ids = ids
        outcomes = [RuleOutcome](repeating: .notApplicable, count: ids.count)
        credits = [Double?](repeating: nil, count: ids.count)
    }

    /// Outcomes by id, as the linter used to record them (a later rule with the same id wins).
    var outcomesByID: [String: RuleOutcome] {
        var byID: [String: RuleOutcome] = [:]
        byID.reserveCapacity(ids.count)
        for position in ids.indices { byID[ids[position]] = outcomes[position] }
        return byID
    }

    /// Credits by id, for the rules that have one.
    var creditsByID: [String: Double] {
        var byID: [String: Double] = [:]
        byID.reserveCapacity(ids.count)
        for position in ids.indices {
            if let credit = credits[position] { byID[ids[position]] = credit }
        }
        return byID
    }

    /// Whether `rules` are the rules this tally was kept for, in the same order, each id once:
    /// then reading by position gives what reading by id gives.
    func isKept(for rules: [RuleDefinition], idsAreUnique: Bool) -> Bool {
        guard idsAreUnique, rules.count == ids.count else { return false }
        // The same strings as a rule set's own: each comparison is one of identical storage.
        return rules.indices.allSatisfy { rules[$0].id == ids[$0] }
    }
}
