import Foundation
import Yams

/// Runs the rule set over projects, in parallel, each file read once.
public struct Linter: Sendable {
    public let ruleSet: RuleSet
    /// From `--config`: replaces every project's own `.caselint.yml`.
    public let configurationOverride: Configuration?
    /// From `--max-readme-size`: wins over the configuration's limit.
    public let maxReadmeBytes: Int?
    /// From `--domain`: wins over every declared or inferred domain.
    public let domainOverride: String?
    let gate: DomainGate
    /// The first project's manifest, composed while the rules loaded (`LintRequest.prepare`).
    var manifestPrefetch: ManifestPrefetch?
    /// The first project's README, scanned and indexed while the rules loaded (`LintRequest.prepare`).
    var readmePrefetch: ReadmePrefetch?
    /// The largest manifest read.
    static let maxManifestBytes = 1024 * 1024

    public init(ruleSet: RuleSet, configurationOverride: Configuration? = nil, maxReadmeBytes: Int? = nil,
                domainOverride: String? = nil) {
        self.ruleSet = ruleSet
        self.configurationOverride = configurationOverride
        self.maxReadmeBytes = maxReadmeBytes
        self.domainOverride = domainOverride
        gate = DomainGate(ruleSet: ruleSet)
    }

    /// - replacing: file contents to lint instead of what is on disk, by name (`README.md`,
    ///   `case-study.yaml`): `caselint fix` lints what it would write before writing it.
    public func lint(_ project: Project, configuration: Configuration, replacing: [String: [UInt8]] = [:]) -> ProjectResult {
        func read(_ name: String, limit: Int) -> FileReader.Outcome {
            guard let bytes = replacing[name] else { return FileReader.read(name, inFolder: project.rootPath, limit: limit) }
            return FileReader.outcome(of: bytes, name: name, limit: limit)
        }
        var diagnostics: [Diagnostic] = []
        let readmeName = project.readme ?? "README.md"
        var document: MarkdownDocument?
        var prefetched: ReadmePrefetch?
        if let readme = project.readme {
            let limit = maxReadmeBytes ?? configuration.maxReadmeBytes ?? FileReader.defaultLimit
            switch read(readme, limit: limit) {
            case .problem(let diagnostic):
                diagnostics.append(diagnostic)
            case .text(let bytes, let repaired):
                if repaired {
                    diagnostics.append(Diagnostic(rule: "file.encoding", severity: .warning,
                                                  message: "\(readme) is not valid UTF-8; invalid bytes were replaced. Save it as UTF-8.",
                                                  file: readme, wholeFile: true))
                }
                if let scanned = readmePrefetch?.document(project, file: readme, bytes: bytes) {
                    document = scanned
                    prefetched = readmePrefetch
                } else {
                    document = MarkdownScanner.scan(bytes)
                }
            }
        } else if let other = project.unsupportedReadme {
            diagnostics.append(Diagnostic(rule: "project.readme-format", severity: .error,
                                          message: "\(other) is not Markdown; caselint reads README.md. Convert it (e.g. pandoc \(other) -o README.md).",
                                          file: other, wholeFile: true))
        } else {
            diagnostics.append(Diagnostic(rule: "project.readme-missing", severity: .error,
                                          message: "No README.md in this project; write one that reads as a case study (caselint new can start it).",
                                          file: "README.md", wholeFile: true))
        }

        var manifestNode: YAMLValue?
        var manifestBytes: [UInt8]?
        var manifestDomain: String?
        var typedManifest: Manifest?
        let manifestName = project.manifest ?? "case-study.yaml"
        if let manifest = project.manifest {
            switch read(manifest, limit: Self.maxManifestBytes) {
            case .problem(let diagnostic):
                diagnostics.append(diagnostic)
            case .text(let bytes, _):
                let loaded = manifestPrefetch?.loaded(project, file: manifest, bytes: bytes)
                    ?? ManifestLoader.load(text: String(decoding: bytes, as: UTF8.self), file: manifest)
                diagnostics.append(contentsOf: loaded.diagnostics)
                manifestNode = loaded.node
                manifestBytes = bytes
                manifestDomain = loaded.manifest?.domain
                typedManifest = loaded.manifest
            }
        }
        if let document, let frontMatter = document.frontMatter {
            diagnostics.append(contentsOf: ManifestLoader.frontMatter(text: frontMatter.text, file: readmeName,
                                                                      firstLine: frontMatter.firstLine + 1).1)
        }

        let context = LintContext(readmeFile: readmeName, document: document, manifestFile: manifestName,
                                  manifestNode: manifestNode, vocabulary: ruleSet.vocabulary)
        prefetched?.fill(context)
        // Made once: a URL costs a few thousand instructions to make.
        let root = project.root
        context.root = root
        context.mayHoldSampleData = project.mayHoldSampleData
        context.manifestBytes = manifestBytes
        context.manifest = typedManifest
        resolveDomain(context, configuration: configuration)
        let suppressions = document.map { Suppressions(comments: $0.comments) }
        // Outcomes and credits by rule position: keyed by id, they hashed every id twice per project.
        var tally = RuleTally(ids: ruleSet.projectIDs)
        var domainFindings = 0
        _ = context.metrics   // facts list the metrics even when no rule asks about them
        // The domain is settled by now: read once, not per rule.
        let domain = context.domain
        // By position, with the definitions and checks read from arrays of their own: copying each
        // `CompiledRule` retained and released every string of its definition, for every project.
        let definitions = ruleSet.projectDefinitions
        let checks = ruleSet.projectChecks
        for index in definitions.indices {
            let id = definitions[index].id
            let check = checks[index]
            // From the definition's fields in place: handing the whole definition over copied it.
            let configured = configuration.effectiveSeverity(ruleID: id, pack: definitions[index].pack, severity: definitions[index].severity,
                                                             enabledByDefault: definitions[index].enabledByDefault)
            // Domain rules outside the project's domain are skipped: they record no facts.
            let decision = gate.decision(projectRule: index, domain: domain)
            if decision == .notApplicable {
                tally.outcomes[index] = configured == nil ? .disabled : .notApplicable
                continue
            }
            // A disabled rule still runs when it records facts, so that they stay complete; it reports nothing.
            guard let severity = configured else {
                if check.recordsFacts { _ = check.evaluate(context) }
                tally.outcomes[index] = .disabled
                continue
            }
            let findings = check.evaluate(context)
            guard check.applies(to: context) else {
                tally.outcomes[index] = check.judgesResults && context.metrics.isEmpty ? .noResults : .notApplicable
                continue
            }
            // Without a README there is nothing to read: the rule fails, but the one missing-README
            // finding says it all.
            if document == nil, check.readsReadme {
                tally.outcomes[index] = .failed
                continue
            }
            var reported = 0
            for finding in findings {
                if finding.file == readmeName,
                   suppressions?.suppresses(rule: id, line: finding.line, wholeFile: finding.wholeFile) == true { continue }
                reported += 1
                if gate.isDomainRule(projectRule: index) { domainFindings += 1 }
                let findingSeverity = DomainGate.severity(configured: severity, userSet: configuration.overridesSeverity(of: definitions[index]),
                                                          finding: finding.severity, decision: decision)
                diagnostics.append(Diagnostic(rule: id, severity: findingSeverity, message: finding.message,
                                              file: finding.file, line: finding.line, column: finding.column,
                                              wholeFile: finding.wholeFile))
            }
            // A guard of results with no result to guard has passed vacuously: no credit for it.
            let vacuous = definitions[index].guardsResults && context.metrics.isEmpty
            tally.outcomes[index] = reported > 0 ? .failed : vacuous ? .noResults : .passed
            if let credit = check.credit(context) { tally.credits[index] = min(max(credit, 0), 1) }
        }
        ruleSet.substanceShare.apply(to: &tally, context: context)
        if domainFindings > 0, let note = inferredDomainNote(context) { diagnostics.append(note) }
        diagnostics.append(contentsOf: configuration.unknownRuleDiagnostics(
            knownRuleIDs: ruleSet.ruleIDs, knownPacks: ruleSet.packNames))
        diagnostics.sort { ($0.file, $0.line, $0.column, $0.rule) < ($1.file, $1.line, $1.column, $1.rule) }
        var findingContext = FindingContext(root: root)
        findingContext.register(readmeName, document: document)
        findingContext.register(manifestName, bytes: manifestBytes)
        diagnostics = diagnostics.map { findingContext.attach(to: $0) }
        var result = ProjectResult(project: project, domain: domainOverride ?? manifestDomain ?? configuration.domain, facts: context.facts,
                                   diagnostics: diagnostics, tally: tally, minScore: configuration.minScore,
                                   identity: ProjectIdentity(context: context, manifestFile: project.manifest),
                                   baseline: configuration.baselineURL)
        result.score = ReadinessCalculator.score(result, ruleSet: ruleSet)
        return result
    }
}

extension Project {
    static func display(_ project: Project, _ name: String) -> String {
        ProjectScanner.join(project.path, name)
    }
}
