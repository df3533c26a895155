import Foundation

/// How far one category got: the share of its applicable rule weight that passed.
public struct CategoryScore: Sendable, Equatable {
    public var category: ScoreCategory
    /// Σ weight · credit of the applicable rules: a thin section earns part of its weight.
    public var passedWeight: Double
    public var applicableWeight: Int
    public var passed: Int
    public var failed: Int
    /// Rules that do not apply to this project, or are turned off: out of the denominator.
    public var notApplicable: Int

    /// 0...1, or nil when nothing in the category applies (shown as "n/a", never as a pass).
    public var fraction: Double? {
        applicableWeight > 0 ? passedWeight / Double(applicableWeight) : nil
    }

    /// 0...100, rounded so that only a full category shows 100.
    public var percent: Int? { fraction.map { ScoreRounding.percent($0 * 100) } }
}

/// One failed rule and the points the total would gain if it passed.
public struct ScoreAction: Sendable, Equatable {
    public var rule: String
    public var title: String
    public var category: String
    public var severity: Severity
    public var points: Double
    /// The rule passes lint but earns only part of its weight (a part written thinly): the action
    /// is to write more, not to add something missing.
    public var partial: Bool = false
    /// The rule holds the total at its cap: its points are what lifting the cap frees.
    public var liftsCap: Bool = false
}

/// The readiness score of one project (DESIGN §2: rule results + category weights).
public struct ReadinessScore: Sendable, Equatable {
    /// 0...100, an integer; 100 only when every applicable rule passed.
    public var total: Int
    /// The unrounded weighted mean, 0...100.
    public var exact: Double
    public var categories: [CategoryScore]
    /// Failed rules, the most valuable first.
    public var actions: [ScoreAction]
    /// What the score does not measure; listed with every score, 100 included.
    public var notJudged: [String]
    /// The failed rule whose `score_cap` held the total down, if any.
    public var cappedBy: String? = nil
    /// Rules that pass but earn only part of their weight (parts written thinly), in rule order.
    public var thinned: [String] = []

    public var band: ScoreBand { ScoreBand(total: total) }
    /// False when no rule applied at all: the total is 0 because nothing was shown, not because all failed.
    public var isApplicable: Bool { categories.contains { $0.fraction != nil && $0.category.weight > 0 } }
}

enum ScoreRounding {
    /// Round half up, but never round a shortfall up to 100: 99.6 with a failing rule stays 99.
    static func percent(_ exact: Double) -> Int {
        let rounded = Int(exact.rounded(.toNearestOrAwayFromZero))
        return exact < 100 ? min(rounded, 99) : min(rounded, 100)
    }
}
