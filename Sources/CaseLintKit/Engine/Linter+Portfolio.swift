import Foundation

extension Linter {
    /// Runs the portfolio rules once per folder of projects that holds two projects or more
    /// (a folder with one project is no portfolio: it gets no portfolio findings). Projects named
    /// one by one on the command line form no portfolio either: `lint a b` is not a selection.
    func portfolios(of members: PortfolioMembers) throws -> [PortfolioResult] {
        guard !ruleSet.portfolioRules.isEmpty else { return [] }
        return try members.folders.enumerated().compactMap { index, folder in
            guard folder.count > 1 else { return nil }
            var result = try lintPortfolio(path: folder.path, root: folder.root, tallies: folder.tallies)
            result.index = index
            return result
        }
    }

    /// - tallies: one per portfolio rule, in `ruleSet.portfolioRules` order, every member added.
    func lintPortfolio(path: String, root: URL, tallies: [any PortfolioTally]) throws -> PortfolioResult {
        let configuration = try portfolioConfiguration(path: path, root: root)
        var diagnostics: [Diagnostic] = []
        var outcomes: [String: RuleOutcome] = [:]
        for (rule, tally) in zip(ruleSet.portfolioRules, tallies) {
            guard let severity = configuration.effectiveSeverity(of: rule.definition) else {
                outcomes[rule.id] = .disabled
                continue
            }
            guard tally.applies else {
                outcomes[rule.id] = .notApplicable
                continue
            }
            let findings = tally.findings()
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
        return PortfolioResult(path: path, root: root, members: [], diagnostics: diagnostics,
                               outcomes: outcomes, baseline: configuration.baselineURL)
    }

    /// `--config`, else the folder's own `.caselint.yml` (the one its members share).
    func portfolioConfiguration(path: String, root: URL) throws -> Configuration {
        if let configurationOverride { return configurationOverride }
        var folder = Project(path: path, rootPath: root.path)
        folder.config = ProjectScanner.configurationName(in: root.path)
        return try ProjectScanner.portfolioConfiguration(folder)?.configuration ?? .empty
    }
}

/// What the portfolio rules keep of each linted project, grouped by portfolio folder in report
/// order: each rule's tally (which keeps what its findings need, not the members) and how many
/// members it has. Members are known by their place (`ProjectResult.portfolioIndex`), not by path.
struct PortfolioMembers {
    struct Folder {
        var path: String
        var root: URL
        var tallies: [any PortfolioTally]
        var count = 0
    }

    let rules: [CompiledRule]
    private(set) var folders: [Folder] = []
    private var index: [String: Int] = [:]

    init(rules: [CompiledRule]) { self.rules = rules }

    /// Adds a linted project to its folder's tallies; returns the folder's place, nil for none.
    mutating func add(_ result: ProjectResult) -> Int? {
        guard let root = result.project.portfolioRoot, let path = result.project.portfolioPath else { return nil }
        let key = root.path
        let slot: Int
        if let known = index[key] {
            slot = known
        } else {
            slot = folders.count
            index[key] = slot
            folders.append(Folder(path: path, root: root, tallies: rules.compactMap { $0.portfolioCheck?.tally() }))
        }
        // The folder's name from its path: a URL made and read per member cost more than the tally.
        let member = PortfolioMember(folder: Self.folderName(result.project.rootPath),
                                     readme: result.project.readme ?? result.project.unsupportedReadme ?? "README.md",
                                     identity: result.identity, score: result.score?.total)
        for rule in folders[slot].tallies.indices { folders[slot].tallies[rule].add(member) }
        folders[slot].count += 1
        return slot
    }

    /// The path's last non-empty component ("/" for none). An ASCII path is read backwards from its
    /// end: splitting the whole path by characters cost more than the member's tallies.
    static func folderName(_ path: String) -> String {
        let bytes = path.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").last.map(String.init) ?? "/" }
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "/") { end = bytes.index(before: end) }
        guard end > bytes.startIndex else { return "/" }
        var start = end
        while start > bytes.startIndex, bytes[bytes.index(before: start)] != UInt8(ascii: "/") { start = bytes.index(before: start) }
        return String(path[start..<end])
    }
}
