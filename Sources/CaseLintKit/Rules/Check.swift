import Foundation

/// Where a check found (or missed) something. `wholeFile` findings are about a file as a whole
/// (a part that is missing) and point at its first line.
public struct Finding: Sendable {
    public var message: String
    public var file: String
    public var line: Int
    public var column: Int
    public var wholeFile: Bool
    /// A severity of this finding alone (an over-claim pattern that is only a warning); the rule's
    /// severity applies when nil, and a severity set in the user's configuration always wins.
    public var severity: Severity?

    public init(message: String, file: String, line: Int = 1, column: Int = 1, wholeFile: Bool = false,
                severity: Severity? = nil) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.wholeFile = wholeFile
        self.severity = severity
    }
}

/// One kind of check. A rule's `kind:` picks the type from `CheckKinds.table`; its `match:`
/// parameters are read in `init`, which throws for bad ones.
public protocol Check: Sendable {
    init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws
    /// Records what it found in `context.facts` and returns the findings (empty when the rule passes).
    func evaluate(_ context: LintContext) -> [Finding]
    /// Whether the rule means anything for this project; a rule that does not apply drops out of the
    /// score instead of counting as passed (a manifest rule when there is no manifest).
    func applies(to context: LintContext) -> Bool
    /// Whether the check reads the README; such rules count as failed when there is no README to read.
    var readsReadme: Bool { get }
    /// Whether `evaluate` records facts (sections, disclaimer, keywords) that JSON output shows even
    /// when the rule is disabled. Other checks of a disabled rule are not run at all.
    var recordsFacts: Bool { get }
    /// The share of its weight the rule earns in the score, 0...1, when that is not simply 1 for a
    /// pass and 0 for a failure (a section with a few sentences earns part of its share).
    func credit(_ context: LintContext) -> Double?
    /// Whether the rule judges reported results (their test set, uncertainty, baseline): without
    /// any it reports nothing, but it earns nothing in the score either.
    var judgesResults: Bool { get }
    /// This check when it judges portfolios (`PortfolioCheck`), nil otherwise. Answered by the type
    /// itself: a cast to the protocol searches all conformance records for each type the first time.
    var asPortfolioCheck: (any PortfolioCheck)? { get }
    /// The regular expressions the check runs, for the generated table of their words
    /// (`RuleSet.patternWordsTable`).
    var textPatterns: [TextPattern] { get }
}

extension Check {
    public func applies(to context: LintContext) -> Bool { true }
    public var readsReadme: Bool { true }
    public var recordsFacts: Bool { false }
    public func credit(_ context: LintContext) -> Double? { nil }
    public var judgesResults: Bool { false }
    public var asPortfolioCheck: (any PortfolioCheck)? { nil }
    public var textPatterns: [TextPattern] { [] }
}

/// What became of one rule in one project; the score is computed from these.
public enum RuleOutcome: String, Sendable {
    case passed, failed
    /// The rule judges results and the README reports none: no finding, and no credit in the score.
    case noResults = "no-results"
    case notApplicable = "not-applicable"
    case disabled
}

public enum CheckKinds {
    public typealias Factory = @Sendable (RuleDefinition, MatchParameters, SharedVocabulary) throws -> any Check

    /// The one place that maps `kind:` names to check types.
    public static let table: [String: Factory] = [
        "section": { try SectionCheck(rule: $0, match: $1, vocabulary: $2) },
        "outline": { try OutlineCheck(rule: $0, match: $1, vocabulary: $2) },
        "fence": { try UnclosedFenceCheck(rule: $0, match: $1, vocabulary: $2) },
        "phrase": { try PhraseCheck(rule: $0, match: $1, vocabulary: $2) },
        "disclaimer": { try DisclaimerCheck(rule: $0, match: $1, vocabulary: $2) },
        "forbid": { try ForbidCheck(rule: $0, match: $1, vocabulary: $2) },
        "identifiers": { try IdentifiersCheck(rule: $0, match: $1, vocabulary: $2) },
        "keywords": { try KeywordsCheck(rule: $0, match: $1, vocabulary: $2) },
        "metrics": { try MetricsCheck(rule: $0, match: $1, vocabulary: $2) },
        "manifest": { try ManifestCheck(rule: $0, match: $1, vocabulary: $2) },
        "domain-metrics": { try DomainMetricsCheck(rule: $0, match: $1, vocabulary: $2) },
        "domain-protocol": { try DomainProtocolCheck(rule: $0, match: $1, vocabulary: $2) },
        "uncertainty": { try UncertaintyCheck(rule: $0, match: $1, vocabulary: $2) },
        "plausibility": { try PlausibilityCheck(rule: $0, match: $1, vocabulary: $2) },
        "consistency": { try ConsistencyCheck(rule: $0, match: $1, vocabulary: $2) },
        "count": { try CountCheck(rule: $0, match: $1, vocabulary: $2) },
        "portfolio-size": { try PortfolioSizeCheck(rule: $0, match: $1, vocabulary: $2) },
        "portfolio-lane": { try PortfolioLaneCheck(rule: $0, match: $1, vocabulary: $2) },
        "portfolio-duplicates": { try PortfolioDuplicatesCheck(rule: $0, match: $1, vocabulary: $2) },
    ]
}
