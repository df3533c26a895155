import Foundation

extension Linter {
    /// Runs the portfolio rules once per folder of projects that holds two projects or more
    /// (a folder with one project is no portfolio: it gets no portfolio findings). Projects named
    /// one by one on the command line form no portfolio either: `lint a b` is not a selection.
    func portfolios(of members: PortfolioMembers) throws -> [PortfolioResult] {
        guard !ruleSet.portfolioRules.isEmpty else { return [] }
        return try members.folders.compactMap { folder in
            guard folder.members.count > 1 else { return nil }
            return try lintPortfolio(path: folder.path, root: folder.root, members: folder.members, paths: folder.paths)
        }
    }

    /// - paths: the members' project paths, in report order.
    func lintPortfolio(path: String, root: URL, members: [PortfolioMember], paths: [String]) throws -> PortfolioResult {
        let configuration = try portfolioConfiguration(path: path, root: root)
        let context = PortfolioContext(members: members)
        var diagnostics: [Diagnostic] = []
        var outcomes: [String: RuleOutcome] = [:]
        for rule in ruleSet.portfolioRules {
            guard let check = rule.portfolioCheck else { continue }
            guard let severity = configuration.effectiveSeverity(of: rule.definition) else {
                outcomes[rule.id] = .disabled
                continue
            }
            guard check.applies(to: context) else {
                outcomes[rule.id] = .notApplicable
                continue
            }
            let findings = check.evaluate(context)
            let userSet = configuration.overridesSeverity(of: rule.definition)
            for finding in findings {
                diagnostics.append(Diagnostic(rule: rule.id, severity: userSet ? severity : finding.severity ?? severity,
                                              message: finding.message, file: finding.file, line: finding.line,
                                              column: finding.column, wholeFile: finding.wholeFile))
            }
            outcomes[rule.id] = findings.isEmpty ? .passed : .failed
        }
        diagnostics.sort { ($0.file, $0.line, $0.column, $0.rule) < ($1.file, $1.line, $1.column, $1.rule) }
        var findingContext = FindingContext(root: root)
        diagnostics = diagnostics.map { findingContext.attach(to: $0) }
        return PortfolioResult(path: path, root: root, members: paths, diagnostics: diagnostics,
                               outcomes: outcomes, baseline: configuration.baselineURL)
    }

    /// `--config`, else the folder's own `.caselint.yml` (the one its members share).
    func portfolioConfiguration(path: String, root: URL) throws -> Configuration {
        if let configurationOverride { return configurationOverride }
        let folder = ProjectScanner.describe(root, display: path)
        return try ProjectScanner.portfolioConfiguration(folder)?.configuration ?? .empty
    }
}

/// What the portfolio rules need of each linted project, grouped by portfolio folder in report
/// order: a few strings per project, not its findings or facts.
struct PortfolioMembers {
    struct Folder {
        var path: String
        var root: URL
        var members: [PortfolioMember] = []
        var paths: [String] = []
    }

    private(set) var folders: [Folder] = []
    private var index: [URL: Int] = [:]
    /// Members per folder, counted up front so each list is allocated once at its size.
    private let sizes: [URL: Int]

    init(_ projects: [Project]) {
        sizes = projects.reduce(into: [:]) { counts, project in
            if let root = project.portfolioRoot { counts[root, default: 0] += 1 }
        }
    }

    mutating func add(_ result: ProjectResult) {
        guard let root = result.project.portfolioRoot, let path = result.project.portfolioPath else { return }
        let slot: Int
        if let known = index[root] {
            slot = known
        } else {
            slot = folders.count
            index[root] = slot
            var folder = Folder(path: path, root: root)
            folder.members.reserveCapacity(sizes[root] ?? 0)
            folder.paths.reserveCapacity(sizes[root] ?? 0)
            folders.append(folder)
        }
        folders[slot].members.append(PortfolioMember(folder: result.project.root.lastPathComponent,
                                                     readme: result.project.readme ?? result.project.unsupportedReadme ?? "README.md",
                                                     identity: result.identity, score: result.score?.total))
        folders[slot].paths.append(result.project.path)
    }
}
