import Foundation

/// `.caselint.yml` (DESIGN §7): which rules run and how loudly, the domain, the score threshold,
/// paths to skip and the README size limit. Read by `ConfigurationLoader`; `.empty` when absent.
public struct Configuration: Sendable, Equatable {
    /// Rule ids or pack names that do not run (`disable:`).
    public var disabled: Set<String>
    /// Opt-in rule ids or pack names that do run (`enable:`).
    public var enabled: Set<String>
    /// `severity: {rule.id: error | warning | info}`; `off` goes to `off` instead.
    public var severityOverrides: [String: Severity]
    public var off: Set<String>
    public var domain: String?
    public var minScore: Int?
    /// Glob patterns (see `Glob`) of project paths to skip.
    public var ignore: [String]
    public var maxReadmeBytes: Int?
    /// `baseline:` as written: a file of accepted findings, relative to the configuration's folder.
    public var baseline: String?
    /// The configuration file as the user would name it; nil for `.empty`.
    public var file: String?
    /// Line of the first mention of each rule id or pack name, for reporting unknown ones.
    public var lines: [String: Int]

    public init(disabled: Set<String> = [], enabled: Set<String> = [], severityOverrides: [String: Severity] = [:],
                off: Set<String> = [], domain: String? = nil, minScore: Int? = nil, ignore: [String] = [],
                maxReadmeBytes: Int? = nil, baseline: String? = nil, file: String? = nil, lines: [String: Int] = [:]) {
        self.disabled = disabled
        self.enabled = enabled
        self.severityOverrides = severityOverrides
        self.off = off
        self.domain = domain
        self.minScore = minScore
        self.ignore = ignore
        self.maxReadmeBytes = maxReadmeBytes
        self.baseline = baseline
        self.file = file
        self.lines = lines
    }

    public static let empty = Configuration()

    /// The values `domain:` accepts.
    public static let domains = ["imaging", "precision", "drug-discovery", "operations", "remote-monitoring", "genai-docs"]

    /// The `baseline:` file, found beside the configuration file that names it.
    public var baselineURL: URL? {
        guard let baseline else { return nil }
        if baseline.hasPrefix("/") { return URL(fileURLWithPath: baseline).standardizedFileURL }
        let folder = URL(fileURLWithPath: file ?? ".caselint.yml").deletingLastPathComponent()
        return folder.appendingPathComponent(baseline).standardizedFileURL
    }

    public var ignoreGlobs: [Glob] { ignore.map(Glob.init) }

    public func isIgnored(_ path: String) -> Bool { ignore.contains { Glob($0).matches(path) } }

    /// The severity a rule reports at, or nil when it does not run. The rule's own id is
    /// consulted before its pack's name, so `disable: [evidence]` with `enable: [evidence.ci]`
    /// keeps that one rule. At one level, `off`/`disable` win; `enable` or a severity turns an
    /// opt-in rule on.
    public func effectiveSeverity(ruleID: String, pack: String, severity: Severity, enabledByDefault: Bool) -> Severity? {
        // Most projects' configurations name no rule: asked for every rule of every project, they
        // then need no look-up at all.
        if namesNoRule { return enabledByDefault ? severity : nil }
        for name in [ruleID, pack] {
            if off.contains(name) || disabled.contains(name) { return nil }
            if enabled.contains(name) || severityOverrides[name] != nil {
                return severityOverrides[ruleID] ?? severityOverrides[pack] ?? severity
            }
        }
        return enabledByDefault ? severity : nil
    }

    public func effectiveSeverity(of rule: RuleDefinition) -> Severity? {
        effectiveSeverity(ruleID: rule.id, pack: rule.pack, severity: rule.severity, enabledByDefault: rule.enabledByDefault)
    }

    /// Whether the user set this rule's severity (by id or pack): then it also replaces the
    /// severities that single findings carry.
    public func overridesSeverity(of rule: RuleDefinition) -> Bool {
        !severityOverrides.isEmpty && (severityOverrides[rule.id] != nil || severityOverrides[rule.pack] != nil)
    }

    /// No rule or pack is turned off, on or given a severity.
    private var namesNoRule: Bool { off.isEmpty && disabled.isEmpty && enabled.isEmpty && severityOverrides.isEmpty }

    /// Every rule id or pack name that the configuration mentions, in no particular order.
    public var mentionedRules: Set<String> {
        disabled.union(enabled).union(off).union(severityOverrides.keys)
    }

    /// `config.unknown-rule` warnings for names that are neither a rule nor a pack (a typo would
    /// otherwise silently keep a rule on), at the line of their first mention.
    public func unknownRuleDiagnostics(knownRuleIDs: Set<String>, knownPacks: Set<String>) -> [Diagnostic] {
        // Most projects name no rule: then nothing is built (the union is some fifty strings).
        let unknown = mentionedRules.filter { !knownRuleIDs.contains($0) && !knownPacks.contains($0) }
        guard !unknown.isEmpty else { return [] }
        let known = knownRuleIDs.union(knownPacks)
        let file = self.file ?? ".caselint.yml"
        return unknown
            .sorted { (lines[$0] ?? 1, $0) < (lines[$1] ?? 1, $1) }
            .map { name in
                Diagnostic(rule: "config.unknown-rule", severity: .warning,
                           message: "unknown rule or pack '\(name)' in \(file)" + DidYouMean.suffix(for: name, in: known.sorted())
                               + " (caselint rules lists them)",
                           file: file, line: lines[name] ?? 1)
            }
    }
}
