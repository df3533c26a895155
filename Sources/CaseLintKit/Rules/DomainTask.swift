import Foundation

/// A kind of project inside a domain that is judged on other numbers than the domain's usual one.
/// Appointment no-shows sit in hospital operations but are a classification, not a forecast; a
/// glucose forecaster sits in remote monitoring but predicts values rather than raising alerts.
/// A pack lists such tasks under `profile.tasks:`; the task whose `when:` words the README uses
/// most (at least `minimumHits` times) replaces the profile's `required:` and `protocol:` groups.
///
///     tasks:
///       - task: appointment no-show prediction     # the name findings use in place of the title
///         when: [no-show, no-shows, missed appointment]
///         required: [...]                          # as the profile's required:
///         protocol: [...]                          # optional; none means nothing to state
public struct DomainTask: Sendable {
    public var name: String
    public var when: [String]
    public var required: [DomainProfile.MetricGroup]
    public var protocolGroups: [DomainProfile.ProtocolGroup]

    /// One mention may be an aside ("unlike no-show models, ..."); two make it the project's subject.
    public static let minimumHits = 2
}

/// What a project is judged on in its domain: the profile's defaults, or those of the task its
/// README describes.
public struct DomainExpectations: Sendable {
    /// The profile's title, or the task's name.
    public var title: String
    /// The task's name, when one applies (reported as a fact beside the domain).
    public var task: String?
    public var required: [DomainProfile.MetricGroup]
    public var protocolGroups: [DomainProfile.ProtocolGroup]
    /// Finds the phrases of every protocol group at once; labels are group names. Built on first use.
    public var protocolMatcher: PhraseMatcher { lazyProtocolMatcher.matcher }
    private let lazyProtocolMatcher: LazyPhraseMatcher

    init(title: String, task: String?, required: [DomainProfile.MetricGroup], protocolGroups: [DomainProfile.ProtocolGroup]) {
        self.title = title
        self.task = task
        self.required = required
        self.protocolGroups = protocolGroups
        lazyProtocolMatcher = LazyPhraseMatcher(protocolGroups.map { ($0.name, $0.phrases) })
    }
}

extension DomainProfile {
    /// The expectations for a README: those of the task its readable words point to, else the profile's.
    public func expectations(for index: TextIndex?) -> DomainExpectations {
        guard let index, !tasks.isEmpty else { return defaults }
        var hits = [Int](repeating: 0, count: tasks.count)
        for match in taskMatcher.matches(in: index, range: 0..<index.tokens.count) {
            if let task = Int(match.label) { hits[task] += 1 }
        }
        guard let best = hits.indices.max(by: { (hits[$0], $1) < (hits[$1], $0) }), hits[best] >= DomainTask.minimumHits else {
            return defaults
        }
        return taskExpectations[best]
    }
}
