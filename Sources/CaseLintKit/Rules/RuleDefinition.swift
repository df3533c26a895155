import Foundation

/// A rule as written in a pack, before its check is compiled.
public struct RuleDefinition: Sendable {
    public var id: String
    public var kind: String
    public var category: String
    public var severity: Severity
    public var weight: Int
    /// While this rule fails, the total score stays at or below this (placeholders keep a project
    /// out of "ready" however much else is done).
    public var scoreCap: Int?
    /// The rule guards reported results against a fault (accuracy alone, choices made on the test
    /// set): without any result its pass is vacuous, so it earns nothing (`guards_results: true`).
    public var guardsResults: Bool = false
    /// The rule only looks for a fault (an over-claim, an identifier, a placeholder), so it also passes
    /// on a README that says almost nothing: this share of its pass is earned only as far as the
    /// README writes its six case-study parts (`substance_share: 0.5`; 0 by default).
    public var substanceShare: Double = 0
    public var title: String
    public var message: String
    public var why: String
    public var references: [String]
    /// Opt-in rules run only when `.caselint.yml` enables them.
    public var enabledByDefault: Bool
    /// What `caselint fix` adds for this rule, when it can add anything (`fix:`).
    public var fix: RuleFix? = nil
    /// Read from the pack when first asked for (see `RuleExamplesSource`).
    public var examples: RuleExamples {
        get { examplesSource.examples }
        set { examplesSource = RuleExamplesSource(newValue) }
    }
    var examplesSource: RuleExamplesSource
    public var pack: String
    public var file: String
    public var line: Int

    init(id: String, kind: String, category: String, severity: Severity, weight: Int, scoreCap: Int?, guardsResults: Bool = false,
         title: String, message: String, why: String, references: [String], enabledByDefault: Bool, fix: RuleFix? = nil,
         examples: RuleExamples, pack: String, file: String, line: Int) {
        self.init(id: id, kind: kind, category: category, severity: severity, weight: weight, scoreCap: scoreCap,
                  guardsResults: guardsResults, title: title,
                  message: message, why: why, references: references, enabledByDefault: enabledByDefault, fix: fix,
                  examplesSource: RuleExamplesSource(examples), pack: pack, file: file, line: line)
    }

    init(id: String, kind: String, category: String, severity: Severity, weight: Int, scoreCap: Int?, guardsResults: Bool = false,
         title: String, message: String, why: String, references: [String], enabledByDefault: Bool, fix: RuleFix? = nil,
         examplesSource: RuleExamplesSource, pack: String, file: String, line: Int) {
        self.id = id
        self.kind = kind
        self.category = category
        self.severity = severity
        self.weight = weight
        self.scoreCap = scoreCap
        self.guardsResults = guardsResults
        self.title = title
        self.message = message
        self.why = why
        self.references = references
        self.enabledByDefault = enabledByDefault
        self.fix = fix
        self.examplesSource = examplesSource
        self.pack = pack
        self.file = file
        self.line = line
    }
}

/// A rule's examples, or how to read them. Only `rules --verify`, `explain` and the tests look at
/// examples, so a built-in rule's are read from its pack's tree the first time they are asked for:
/// reading all of them took a tenth of start-up. The tests read every built-in pack with its
/// examples at load time (as packs from `--rules` always are), so reading them later cannot fail.
final class RuleExamplesSource: @unchecked Sendable {
    private let lock = NSLock()
    // Both read and written only under `lock`.
    private var read: (() throws -> RuleExamples)?
    private var value: RuleExamples?

    init(_ examples: RuleExamples) { value = examples }

    init(reading: @escaping () throws -> RuleExamples) { read = reading }

    var examples: RuleExamples {
        lock.withLock {
            if let value { return value }
            do {
                let examples = try read?() ?? RuleExamples(pass: [], fail: [])
                value = examples
                read = nil
                return examples
            } catch {
                preconditionFailure("a built-in rule's examples do not load: \(error)")
            }
        }
    }
}

/// Markdown snippets that must pass or fail the rule; the test suite runs them all.
/// An example is a README, optionally with a manifest and the domain to judge it in:
/// `{readme: ..., manifest: ..., domain: ..., files: {path: text}}`.
public struct RuleExample: Sendable {
    public var readme: String?
    public var manifest: String?
    public var line: Int
    public var domain: String? = nil
    /// Other files of the example project by relative path (sample data): `files: {data/a.csv: ...}`.
    public var files: [(path: String, text: String)] = []
    /// For a portfolio rule: the example is a folder of these projects (`projects: [...]`).
    public var projects: [RuleExample] = []
}

public struct RuleExamples: Sendable {
    public var pass: [RuleExample]
    public var fail: [RuleExample]
    /// What the rule's fix makes of a project: `fix: [{before: ..., after: ...}]`.
    public var fix: [FixExample] = []
}

/// A project before and after `caselint fix` applies one rule's fix. Each side is a README, or
/// `{readme, manifest}`; a side without a manifest has none. The test suite checks the fix turns
/// `before` into `after` byte for byte and then leaves `after` as it is.
public struct FixExample: Sendable {
    public var before: RuleExample
    public var after: RuleExample
    public var line: Int
}

/// A rule ready to run: its definition and its compiled check.
public struct CompiledRule: Sendable {
    public var definition: RuleDefinition
    public var check: any Check

    public var id: String { definition.id }
}

public struct RulePack: Sendable {
    public var name: String
    public var description: String
    public var domains: [String]
    public var file: String
    public var rules: [CompiledRule]
    /// Score categories this pack declares (`categories:`), usually only in `categories.yml`.
    public var categories: [ScoreCategory] = []
    /// What no linter can judge, printed with every score (`not_judged:`).
    public var notJudged: [String] = []
}
