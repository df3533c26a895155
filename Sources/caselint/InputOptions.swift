import ArgumentParser
import CaseLintKit

/// How projects are read, shared by `lint`, `score` and `fix`: the configuration, extra rule
/// packs, the README size limit and the domain to judge in.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: "Use this configuration file instead of each project's .caselint.yml.")
    var config: String?

    @Option(name: .long, help: "Add rule packs from this folder (*.yml); may be repeated.")
    var rules: [String] = []

    @Option(name: .long, help: "Skip READMEs larger than this (e.g. 10MB, 500KB, or bytes).")
    var maxReadmeSize: String?

    @Option(name: .long, help: ArgumentHelp("Judge every project in this domain: imaging, precision, drug-discovery, operations, remote-monitoring or genai-docs (overrides case-study.yaml and .caselint.yml).",
                                            valueName: "ID"))
    var domain: String?

    /// The request for these projects. `minScore` is checked here, once for every command that takes it.
    func request(paths: [String], changedFiles: Bool = false, minScore: Int?) throws -> LintRequest {
        try Self.request(paths: paths, changedFiles: changedFiles, minScore: minScore, config: config, rules: rules,
                         maxReadmeSize: maxReadmeSize, domain: domain)
    }

    /// The request from plain values (`ReportSettings` has no option group to read them from).
    static func request(paths: [String], changedFiles: Bool, minScore: Int?, config: String?, rules: [String],
                        maxReadmeSize: String?, domain: String?) throws -> LintRequest {
        if let minScore, !(0...100).contains(minScore) {
            throw InputError("--min-score: \(minScore) is not a score; use a whole number from 0 to 100")
        }
        return LintRequest(paths: paths, ruleDirectories: rules, configPath: config, maxReadmeSize: maxReadmeSize,
                           domain: domain, changedFiles: changedFiles)
    }
}
