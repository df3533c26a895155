import Foundation

/// What a project is, as a reader of a portfolio sees it: its title, its domain and task, and the
/// role lane its manifest names. The portfolio checks compare projects by these.
public struct ProjectIdentity: Sendable, Equatable {
    /// `title:` in case-study.yaml, else the README's first top-level heading.
    public var title: String?
    /// The domain the project was judged in (declared or inferred), and its task when named.
    public var domain: String?
    public var task: String?
    /// `lane:` and `lane_reason:` in case-study.yaml, and the line of `lane:`.
    public var lane: String?
    public var laneLine: Int?
    public var laneReason: String?
    /// The manifest's file name, when the project has one that could be read.
    public var manifest: String?

    public init(title: String? = nil, domain: String? = nil, task: String? = nil, lane: String? = nil, laneLine: Int? = nil,
                laneReason: String? = nil, manifest: String? = nil) {
        self.title = title
        self.domain = domain
        self.task = task
        self.lane = lane
        self.laneLine = laneLine
        self.laneReason = laneReason
        self.manifest = manifest
    }

    /// Read from a project's lint context, once its domain is resolved.
    init(context: LintContext, manifestFile: String?) {
        let manifest = context.manifest
        title = Self.nonEmpty(manifest?.title) ?? Self.readmeTitle(context.document)
        domain = context.domain?.id
        task = context.domain?.task
        lane = Self.nonEmpty(manifest?.lane)
        laneLine = manifest?.lines["lane"]
        laneReason = Self.nonEmpty(manifest?.laneReason)
        self.manifest = manifest == nil ? nil : manifestFile
    }

    /// The first level-1 heading, else the first heading of all.
    static func readmeTitle(_ document: MarkdownDocument?) -> String? {
        guard let headings = document?.sectionHeadings, !headings.isEmpty else { return nil }
        let top = headings.first { $0.level == 1 } ?? headings.min { $0.level < $1.level }
        return nonEmpty(top?.text)
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingSpacesAndNewlines(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
