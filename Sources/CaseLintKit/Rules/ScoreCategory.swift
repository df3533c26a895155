import Foundation

/// One category of the readiness score, declared in a rule pack under `categories:`.
/// Its weight is its share of the total; the rules that name it share that by their own weights.
public struct ScoreCategory: Sendable, Equatable {
    public var id: String
    public var title: String
    public var weight: Int
    public var description: String
    public var file: String
    public var line: Int
    /// `scope: portfolio`: a category of a portfolio's score, whose weight is its share of that
    /// score beside the mean of the projects' scores (see `PortfolioScore`).
    public var portfolio: Bool
    /// `counts_unless_failed: <rule id>`: the category leaves a project's total (shown as not
    /// applicable) when that rule failed: domain literacy judges reported numbers and their
    /// evaluation design, which a README without a metric value does not have.
    public var countsUnlessFailed: String?

    public init(id: String, title: String, weight: Int, description: String, file: String = "", line: Int = 1,
                portfolio: Bool = false, countsUnlessFailed: String? = nil) {
        self.id = id
        self.title = title
        self.weight = weight
        self.description = description
        self.file = file
        self.line = line
        self.portfolio = portfolio
        self.countsUnlessFailed = countsUnlessFailed
    }
}

extension Severity {
    /// A rule's weight inside its category when its pack gives none: the severity tier
    /// (as Lighthouse weights accessibility audits by impact).
    public var defaultWeight: Int {
        switch self {
        case .error: return 5
        case .warning: return 3
        case .info: return 1
        }
    }
}
