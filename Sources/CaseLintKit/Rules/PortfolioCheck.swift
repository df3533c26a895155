import Foundation

/// One project of a portfolio, as the portfolio checks see it.
public struct PortfolioMember: Sendable {
    /// The project's folder, relative to the portfolio folder.
    public var folder: String
    /// Its README's file name (findings about the project as a whole point at it).
    public var readme: String
    public var identity: ProjectIdentity
    /// Its readiness score, when known: the size check names the weakest projects.
    public var score: Int?

    public init(folder: String, readme: String = "README.md", identity: ProjectIdentity, score: Int? = nil) {
        self.folder = folder
        self.readme = readme
        self.identity = identity
        self.score = score
    }

    /// A file of this project, relative to the portfolio folder.
    public func file(_ name: String) -> String { ProjectScanner.join(folder, name) }
}

/// What a portfolio check reads: the projects of one folder, in the order they were linted.
public struct PortfolioContext: Sendable {
    public var members: [PortfolioMember]

    public init(members: [PortfolioMember]) { self.members = members }
}

/// A check of a folder of projects taken together (its size, its role lane, projects that repeat
/// one another) rather than of one project. Declared in a pack like any rule and listed in
/// `CheckKinds.table`; the linter runs it once per portfolio, never per project.
/// Its findings name files relative to the portfolio folder; an empty file means the folder itself.
public protocol PortfolioCheck: Check {
    func evaluate(_ portfolio: PortfolioContext) -> [Finding]
    func applies(to portfolio: PortfolioContext) -> Bool
}

extension PortfolioCheck {
    /// A portfolio rule says nothing about one project alone; the linter does not ask it to.
    public func evaluate(_ context: LintContext) -> [Finding] { [] }
    public func applies(to context: LintContext) -> Bool { false }
    public var readsReadme: Bool { false }
    /// One project is not a portfolio.
    public func applies(to portfolio: PortfolioContext) -> Bool { portfolio.members.count > 1 }
}

extension CompiledRule {
    /// The rule's check when it judges portfolios, nil for a project rule.
    public var portfolioCheck: (any PortfolioCheck)? { check as? any PortfolioCheck }
}
