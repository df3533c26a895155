import Foundation

/// The six parts of a case study, in reading order. Their keys are part of the JSON contract.
public enum CaseStudyPart: String, CaseIterable, Sendable {
    case problem, data, approach, evaluation, risks
    case nextSteps = "next_steps"
}

public struct SectionFact: Sendable, Equatable {
    public var heading: String
    public var line: Int
    /// `written`, `thin` (fewer words than the part's `full_words`, no table, code or image),
    /// `empty` or `placeholder`.
    public var status: String
    /// Words of readable text in the section, subsections included.
    public var words: Int = 0
}

public struct DisclaimerFact: Sendable, Equatable {
    public var line: Int
    public var text: String
}

public struct MetricFact: Sendable, Equatable {
    public var name: String
    public var value: Double
    public var percent: Bool
    public var line: Int
    public var file: String
    /// Digits after the decimal point as written ("0.830" has 3): the precision to compare at.
    public var decimals: Int = 0
}

/// What was found in a project, independent of which rules passed.
public struct Facts: Sendable {
    public var sections: [String: SectionFact] = [:]
    public var disclaimer: DisclaimerFact?
    public var metrics: [MetricFact] = []
    public var keywords: [String: Int] = [:]
    public var keywordOrder: [String] = []
    /// The domain the project was judged in, declared or inferred.
    public var domain: ResolvedDomain?

    public init() {}
}
