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
///
/// The linter reads a portfolio one project at a time (a folder may hold thousands): a check
/// hands out a `PortfolioTally` that takes each member as it is linted and keeps only what the
/// findings need, never the members themselves.
public protocol PortfolioCheck: Check {
    /// An empty tally for one portfolio.
    func tally() -> any PortfolioTally
}

/// What a portfolio check keeps of the members it has seen, and its findings once all are in.
public protocol PortfolioTally: Sendable {
    /// The next member, in report order.
    mutating func add(_ member: PortfolioMember)
    /// Whether the rule applies to the members added so far (one project is not a portfolio).
    var applies: Bool { get }
    func findings() -> [Finding]
}

extension PortfolioCheck {
    /// A portfolio rule says nothing about one project alone; the linter does not ask it to.
    public func evaluate(_ context: LintContext) -> [Finding] { [] }
    public func applies(to context: LintContext) -> Bool { false }
    public var readsReadme: Bool { false }
    public var asPortfolioCheck: (any PortfolioCheck)? { self }

    /// The findings for members held together (rule examples, tests): the same as the linter's tally.
    public func evaluate(_ portfolio: PortfolioContext) -> [Finding] { tally(portfolio).findings() }
    public func applies(to portfolio: PortfolioContext) -> Bool { tally(portfolio).applies }

    func tally(_ portfolio: PortfolioContext) -> any PortfolioTally {
        var tally = tally()
        for member in portfolio.members { tally.add(member) }
        return tally
    }
}

/// How a portfolio finding names several projects: the first five, then how many more.
enum PortfolioNames {
    static let shown = 5

    /// `a`, `a and b`, `a, b and c`, `a, b, c, d, e and 7 more`.
    static func list(_ first: [String], total: Int) -> String {
        let names = Array(first.prefix(shown))
        if total > names.count { return names.joined(separator: ", ") + " and \(total - names.count) more" }
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

extension CompiledRule {
    /// The rule's check when it judges portfolios, nil for a project rule.
    public var portfolioCheck: (any PortfolioCheck)? { check.asPortfolioCheck }
}
