import Foundation

/// What reviewers in one healthcare-AI domain expect, as its pack in `rules/domains/` declares it
/// under `profile:`. Data only: the words that give the domain away, the metric groups a result
/// must report, the evaluation design it must state, and which red-flag rules judge it how loudly.
///
///     profile:
///       title: Operations forecasting
///       detect: {strong: [forecast, arrivals], weak: [demand]}
///       required:                      # metrics.domain-required: reported with values
///         - {group: point error, any_of: [mae, rmse], example: "MAE 3.1 arrivals per hour"}
///       recommended: [interval_coverage, pinball]
///       protocol:                      # evaluation.protocol-domain: stated in words
///         - {group: forecast horizon, phrases: [horizon, hours ahead], example: "..."}
///       red_flags: {metrics.baseline: error, evaluation.test-set: error}
///       tasks: [...]                   # kinds of project judged otherwise (see DomainTask)
///       wording: {decisions: ...}      # fills {{decisions}} in fix texts and blueprints
public struct DomainProfile: Sendable {
    /// Metrics a result must report with values; it passes when one alternative is fully reported.
    public struct MetricGroup: Sendable {
        public var name: String
        /// Each alternative is a set of metric ids that must all be reported (`all_of` is one alternative).
        public var alternatives: [[String]]
        /// How to report it, quoted in the finding.
        public var example: String
    }

    /// Something about the evaluation's design that must be said in words (a horizon, a split).
    public struct ProtocolGroup: Sendable {
        public var name: String
        public var phrases: [String]
        public var example: String
    }

    public var domain: String
    public var title: String
    /// Words typical of the domain (count double) and words it shares with others (count once).
    public var strongWords: [String]
    public var weakWords: [String]
    public var required: [MetricGroup]
    public var recommended: [String]
    public var protocolGroups: [ProtocolGroup]
    /// Rule id -> severity in this domain. A rule named here runs only in domains that name it.
    public var redFlags: [String: Severity]
    public var tasks: [DomainTask]
    /// Domain words for texts that caselint writes (`wording:`), by variable name: what the
    /// not-for-clinical-use disclaimer says the outputs must never decide (`decisions`).
    public var wording: [String: String] = [:]
    public var file: String
    public var line: Int
    /// The expectations when no task applies.
    public let defaults: DomainExpectations
    /// The expectations of each task, in the order of `tasks`.
    public let taskExpectations: [DomainExpectations]
    /// Finds the `when:` words of every task at once; labels are task indexes. Built on first use.
    var taskMatcher: PhraseMatcher { lazyTaskMatcher.matcher }
    private let lazyTaskMatcher: LazyPhraseMatcher

    init(domain: String, title: String, strongWords: [String], weakWords: [String], required: [MetricGroup],
         recommended: [String], protocolGroups: [ProtocolGroup], redFlags: [String: Severity], tasks: [DomainTask] = [],
         file: String, line: Int) {
        self.domain = domain
        self.title = title
        self.strongWords = strongWords
        self.weakWords = weakWords
        self.required = required
        self.recommended = recommended
        self.protocolGroups = protocolGroups
        self.redFlags = redFlags
        self.tasks = tasks
        self.file = file
        self.line = line
        defaults = DomainExpectations(title: title, task: nil, required: required, protocolGroups: protocolGroups)
        taskExpectations = tasks.map {
            DomainExpectations(title: $0.name, task: $0.name, required: $0.required, protocolGroups: $0.protocolGroups)
        }
        lazyTaskMatcher = LazyPhraseMatcher(tasks.enumerated().map { (String($0.offset), $0.element.when) })
    }

    /// Every metric id the profile refers to, for validation against the alias table.
    var metricIDs: [String] {
        (required + tasks.flatMap(\.required)).flatMap { $0.alternatives.flatMap { $0 } } + recommended
    }
}

extension SharedVocabulary {
    /// The profile of a domain id, once packs are loaded.
    public func profile(_ domain: String?) -> DomainProfile? {
        guard let domain else { return nil }
        return domainProfiles.first { $0.domain == domain }
    }
}
