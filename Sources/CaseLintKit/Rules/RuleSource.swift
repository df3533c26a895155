import Yams

/// One rule as `RulePackLoader.compile` reads it: its keys as a `RuleValue` (with `examples:` left
/// as `.tree`), and where its examples' YAML tree comes from.
struct RuleSource {
    let value: RuleValue
    let examples: () -> Node?

    /// A rule of a pack's YAML tree (a pack from --rules, or a built-in pack read without its
    /// generated rules).
    init(_ node: Node) {
        value = RuleValue(node, deferring: RuleSource.treeKeys)
        let mapping = node.mapping
        examples = { PreparsedYAML.resolve(mapping?[text: "examples"]) }
    }

    /// A built-in rule generated at build time; its examples are decoded when asked for.
    init(_ rule: PreparsedRule) {
        value = rule.value
        examples = { rule.examples.flatMap(PreparsedYAML.decode) }
    }

    /// The keys whose values are read as YAML trees of their own: only `rules --verify`, `explain`
    /// and the tests read a rule's examples.
    static let treeKeys: Set<String> = ["examples"]
}

/// A built-in rule as `Scripts/embed-resources.sh` writes it into `PreparsedRules.swift`: its keys,
/// and its `examples:` tree in `PreparsedYAML`'s form.
struct PreparsedRule: Sendable {
    let value: RuleValue
    let examples: String?
}
