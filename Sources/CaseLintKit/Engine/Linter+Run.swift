import Foundation

/// A run of projects: linted on every core, handed on in input order, their configurations loaded
/// first, then their portfolios.
extension Linter {
    /// Lints every project and keeps every result: for callers that need them all at once
    /// (`caselint fix`, `score --compare`, tests). Reports stream through `lint(_:each:)` instead.
    public func lint(_ projects: [Project]) throws -> LintReport {
        var results: [ProjectResult] = []
        results.reserveCapacity(projects.count)
        let portfolios = try lint(projects) { results.append($0) }
        return LintReport(projects: results, ruleSet: ruleSet, portfolios: portfolios)
    }

    /// Lints the projects on every core and hands each result to `each` on the calling thread, in
    /// input order, as soon as it is ready; then lints the portfolios and returns them. Only what
    /// the portfolio rules compare (a few strings per project) is kept, so memory does not grow
    /// with the findings of the run.
    ///
    /// Configurations are loaded first and in order, so a broken one stops the run before any linting.
    public func lint(_ projects: [Project], each: (ProjectResult) throws -> Void) throws -> [PortfolioResult] {
        try lint(ProjectList(projects), each: each)
    }

    /// `lint(_:each:)` over projects kept compactly until each is linted (`ProjectScanner.list`).
    public func lint(_ projects: ProjectList, each: (ProjectResult) throws -> Void) throws -> [PortfolioResult] {
        // A portfolio's configuration is shared by its members: parse each file once, and keep
        // one per file, not one per project.
        var loaded: [URL: Configuration] = [:]
        for project in projects where configurationOverride == nil {
            guard let url = project.configURL, loaded[url] == nil else { continue }
            loaded[url] = try configuration(for: project)
        }
        let configurations = loaded
        let fallback = configurationOverride ?? .empty
        var members = PortfolioMembers(rules: ruleSet.portfolioRules)
        try OrderedParallel.run(count: projects.count, produce: { [self] index in
            let project = projects[index]
            return lint(project, configuration: project.configURL.flatMap { configurations[$0] } ?? fallback)
        }, consume: { _, result in
            var result = result
            result.portfolioIndex = members.add(result)
            try each(result)
        })
        return try portfolios(of: members)
    }

    func configuration(for project: Project) throws -> Configuration {
        if let configurationOverride { return configurationOverride }
        guard let name = project.config, let url = project.configURL else { return .empty }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw InputError(file: Project.display(project, name), "cannot read the configuration as UTF-8 text")
        }
        return try ConfigurationLoader.load(text: text, file: Project.display(project, name))
    }
}
