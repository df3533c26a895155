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
    public var title: String
    public var message: String
    public var why: String
    public var references: [String]
    /// Opt-in rules run only when `.caselint.yml` enables them.
    public var enabledByDefault: Bool
    /// What `caselint fix` adds for this rule, when it can add anything (`fix:`).
    public var fix: RuleFix? = nil
    public var examples: RuleExamples
    public var pack: String
    public var file: String
    public var line: Int
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
