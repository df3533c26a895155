import Foundation

extension Linter {
    /// Runs the portfolio rules once per folder of projects that holds two projects or more
    /// (a folder with one project is no portfolio: it gets no portfolio findings). Projects named
    /// one by one on the command line form no portfolio either: `lint a b` is not a selection.
    func portfolios(of results: [ProjectResult]) throws -> [PortfolioResult] {
        var order: [URL] = []
        var groups: [URL: (path: String, members: [ProjectResult])] = [:]
        for result in results {
            guard let root = result.project.portfolioRoot, let path = result.project.portfolioPath else { continue }
            if groups[root] == nil {
                order.append(root)
                groups[root] = (path, [])
            }
            groups[root]!.members.append(result)
        }
        return try order.compactMap { root in
            let group = groups[root]!
            guard group.members.count > 1, !ruleSet.portfolioRules.isEmpty else { return nil }
            return try lintPortfolio(path: group.path, root: root, members: group.members)
        }
    }

    func lintPortfolio(path: String, root: URL, members: [ProjectResult]) throws -> PortfolioResult {
        let configuration = try portfolioConfiguration(path: path, root: root)
        let context = PortfolioContext(members: members.map { result in
            PortfolioMember(folder: result.project.root.lastPathComponent,
                            readme: result.project.readme ?? result.project.unsupportedReadme ?? "README.md",
                            identity: result.identity, score: (result.score ?? ReadinessCalculator.score(result, ruleSet: ruleSet)).total)
        })
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
        return PortfolioResult(path: path, root: root, members: members.map(\.project.path), diagnostics: diagnostics,
                               outcomes: outcomes, baseline: configuration.baselineURL)
    }

    /// `--config`, else the folder's own `.caselint.yml` (the one its members share).
    func portfolioConfiguration(path: String, root: URL) throws -> Configuration {
        if let configurationOverride { return configurationOverride }
        let folder = ProjectScanner.describe(root, display: path)
        return try ProjectScanner.portfolioConfiguration(folder)?.configuration ?? .empty
    }
}
