import Foundation

/// Everything `lint` and `score` are asked to do before formatting: load the rules and the
/// configuration, find the projects, lint them. One place, so both commands read input the same way.
public struct LintRequest: Sendable {
    public var paths: [String]
    /// `--rules`: folders of extra rule packs.
    public var ruleDirectories: [String]
    /// `--config`: a configuration that replaces every project's own `.caselint.yml`.
    public var configPath: String?
    /// `--max-readme-size`, as the user wrote it (10MB, 500KB, bytes).
    public var maxReadmeSize: String?
    /// `--domain`: judge every project in this domain, whatever it declares.
    public var domain: String?
    /// `--changed-files`: `paths` are files a commit changed; check the projects of the current
    /// folder that hold them (what a pre-commit hook passes).
    public var changedFiles: Bool

    public init(paths: [String], ruleDirectories: [String] = [], configPath: String? = nil, maxReadmeSize: String? = nil,
                domain: String? = nil, changedFiles: Bool = false) {
        self.paths = paths
        self.changedFiles = changedFiles
        self.ruleDirectories = ruleDirectories
        self.configPath = configPath
        self.maxReadmeSize = maxReadmeSize
        self.domain = domain
    }

    /// Throws `InputError` for anything the user must fix before there is a result (exit 2).
    public func run() throws -> LintReport {
        let (linter, projects) = try prepare()
        return try linter.lint(Array(projects))
    }

    /// The linter and the projects, for commands that do more than lint (`caselint fix`).
    public func prepare() throws -> (linter: Linter, projects: ProjectList) {
        if let domain, !Configuration.domains.contains(domain) {
            throw InputError("--domain: '\(domain)' is not one of \(Configuration.domains.joined(separator: ", "))"
                                 + DidYouMean.suffix(for: domain, in: Configuration.domains))
        }
        // With no pack from --rules the rules cannot fail to load, so which comes first changes no
        // message: the projects are found (and the first one's manifest composed) while the
        // built-in rules finish loading on their own thread.
        let ruleSet: RuleSet
        let (override, limit, projects): (Configuration?, Int?, ProjectList)
        var prefetch: ManifestPrefetch?
        var readmePrefetch: ReadmePrefetch?
        if ruleDirectories.isEmpty {
            // The loader's trees first: they shorten its work; the rest only has to be done by its end.
            BuiltInRulePreload.decodeAhead()
            (override, limit, projects) = try projectsAndOptions()
            prefetch = projects.first.flatMap(ManifestPrefetch.init)
            readmePrefetch = projects.first.flatMap { ReadmePrefetch($0, limit: limit ?? FileReader.defaultLimit) }
            ruleSet = try RuleSet.load()
        } else {
            ruleSet = try RuleSet.load(extraDirectories: ruleDirectories)
            (override, limit, projects) = try projectsAndOptions()
        }
        var linter = Linter(ruleSet: ruleSet, configurationOverride: override, maxReadmeBytes: limit, domainOverride: domain)
        linter.manifestPrefetch = prefetch
        linter.readmePrefetch = readmePrefetch
        return (linter, projects)
    }

    /// The configuration from --config, the README limit from --max-readme-size, and the projects.
    private func projectsAndOptions() throws -> (Configuration?, Int?, ProjectList) {
        let override = try configPath.map { path -> Configuration in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw InputError(file: path, "cannot read the configuration file")
            }
            return try ConfigurationLoader.load(text: text, file: path)
        }
        let limit = try maxReadmeSize.map { text -> Int in
            guard let bytes = Configuration.parseSize(text) else {
                throw InputError("--max-readme-size: '\(text)' is not a size; write e.g. 10MB, 500KB or 2000000")
            }
            return bytes
        }
        let ignore: (String) -> Bool = { override?.isIgnored($0) ?? false }
        let projects = changedFiles ? ProjectList(try ChangedFiles.projects(touchedBy: paths, ignore: ignore))
                                    : try ProjectScanner.list(at: paths, ignore: ignore)
        return (override, limit, projects)
    }
}
