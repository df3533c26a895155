import Foundation

/// The healthcare-AI domain a project is judged in, and how caselint knows it. A declared domain
/// (manifest, configuration or `--domain`) makes domain rules report at their own severity; an
/// inferred one (from the README's vocabulary) may be wrong, so its findings never exceed warnings.
public struct ResolvedDomain: Sendable, Equatable {
    public enum Source: String, Sendable {
        case declared, inferred
    }

    /// One of `imaging`, `precision`, `drug-discovery`, `operations`, `remote-monitoring`, `genai-docs`.
    public var id: String
    public var source: Source
    /// Why: where it was declared ("case-study.yaml:3"), or the words it was inferred from.
    public var evidence: [String]
    /// The kind of project within the domain that sets what it is judged on ("no-show prediction"),
    /// when the README describes one of its pack's tasks.
    public var task: String?

    public init(id: String, source: Source, evidence: [String], task: String? = nil) {
        self.id = id
        self.source = source
        self.evidence = evidence
        self.task = task
    }
}
