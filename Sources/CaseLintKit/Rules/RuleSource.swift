import Yams

/// One rule as `RulePackLoader.compile` reads it: its keys as a `RuleValue` (with `fix:` and
/// `examples:` left as `.tree`), and where those two YAML trees come from.
struct RuleSource {
    let value: RuleValue
    let fix: () -> Node?
    let examples: () -> Node?

    /// A rule of a pack's YAML tree (a pack from --rules, or a built-in pack read without its
    /// generated rules).
    init(_ node: Node) {
        value = RuleValue(node, deferring: RuleSource.treeKeys)
        let mapping = node.mapping
        fix = { mapping?[text: "fix"] }
        examples = { PreparsedYAML.resolve(mapping?[text: "examples"]) }
    }

    /// A built-in rule generated at build time; its trees are decoded when asked for.
    init(_ rule: PreparsedRule) {
        value = rule.value
        fix = { rule.fix.flatMap(PreparsedYAML.decode) }
        examples = { rule.examples.flatMap(PreparsedYAML.decode) }
    }

    /// The keys whose values are read as YAML trees of their own.
    static let treeKeys: Set<String> = ["fix", "examples"]
}

/// A built-in rule as `Scripts/embed-resources.sh` writes it into `PreparsedRules.swift`: its keys,
/// and its `fix:` and `examples:` trees in `PreparsedYAML`'s form.
struct PreparsedRule: Sendable {
    let value: RuleValue
    let fix: String?
    let examples: String?
}
