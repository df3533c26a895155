import Foundation
import Yams

/// Reads rule packs (YAML), validates every key and compiles each rule's check.
/// Any problem is an `InputError` naming the pack file, the line and the key.
public enum RulePackLoader {
    static let ruleKeys: Set<String> = [
        "id", "kind", "category", "severity", "weight", "score_cap", "guards_results", "substance_share", "title", "message", "why", "references",
        "match", "fix", "examples", "default",
    ]
    static let packKeys: Set<String> = ["pack", "description", "domains", "profile", "vocabulary", "rules", "categories", "not_judged"]

    /// - builtIn: a pack shipped inside caselint, whose regular expressions the tests compile: they
    ///   are compiled when a README first needs them, not on every start.
    public static func load(text: String, file: String, vocabulary: SharedVocabulary, builtIn: Bool = false) throws -> RulePack {
        try load(root: try parse(text: text, file: file, builtIn: builtIn), file: file, vocabulary: vocabulary, builtIn: builtIn)
    }

    /// The pack's YAML tree. Packs from --rules are other people's files: the same guarded loader
    /// as manifests. The built-in packs are caselint's own, checked by its tests: parsed directly.
    static func parse(text: String, file: String, builtIn: Bool) throws -> Node? {
        guard builtIn else { return try SafeYAML.load(text, file: file, limits: .init(maxBytes: 4 << 20)) }
        do { return try YAMLFastTags.compose(text) } catch let error as YamlError {
            throw YAMLErrorTranslation.inputError(error, file: file, text: text, lineOffset: 0)
        }
    }

    /// A pack's YAML tree: a pack from --rules, or a built-in pack whose generated values are stale.
    static func load(root: Node?, file: String, vocabulary: SharedVocabulary, builtIn: Bool) throws -> RulePack {
        guard let root else { throw InputError(file: file, line: 1, "empty rule pack") }
        // The rules keep their trees (their `fix:` and `examples:` are read as trees); the rest of
        // the pack is read as values.
        let rules = PreparsedYAML.resolve(root.mapping?[text: "rules"])?.sequence.map { $0.map(RuleSource.init) }
        return try load(pack: RuleValue(root, deferring: ["rules"]), rules: rules, file: file, vocabulary: vocabulary, builtIn: builtIn)
    }

    /// - pack: the pack's keys, its `rules:` left to `rules`: nil when that key is missing or not a list.
    static func load(pack root: RuleValue, rules: [RuleSource]?, file: String, vocabulary: SharedVocabulary, builtIn: Bool) throws -> RulePack {
        guard let mapping = root.mapping else { throw InputError(file: file, line: 1, "a rule pack is a mapping with keys pack, description, rules") }
        for pair in mapping {
            let key = pair.keyText ?? ""
            if !packKeys.contains(key) {
                throw InputError(file: file, line: pair.keyLine, "unknown key '\(key)' (known: \(packKeys.sorted().joined(separator: ", ")))")
            }
        }
        // Each key's value is its first, as `Mapping[text:]` finds it.
        let fields = { (key: String) in mapping[text: key] }
        guard let name = fields("pack")?.scalar?.string else { throw InputError(file: file, line: 1, "missing key 'pack' (the pack's name)") }
        let categories = try fields("categories").map { try CategoryLoader.categories($0, file: file, builtIn: builtIn) } ?? []
        let notJudged = try fields("not_judged").map { try CategoryLoader.notJudged($0, file: file) } ?? []
        // A pack that only declares score categories, a domain's profile or vocabulary needs no rules.
        let sources: [RuleSource]
        if let rules {
            sources = rules
        } else if fields("rules") == nil, !categories.isEmpty || fields("profile") != nil || fields("vocabulary") != nil {
            sources = []
        } else {
            throw InputError(file: file, line: fields("rules")?.mark?.line ?? 1, "missing key 'rules' (a list of rules)")
        }
        let domains = fields("domains")?.sequence?.compactMap { $0.scalar?.string } ?? []
        if let profileNode = fields("profile") {
            vocabulary.register(profile: try DomainProfileLoader.load(profileNode, domains: domains, file: file))
        }
        if let vocabularyNode = fields("vocabulary") {
            try loadVocabulary(vocabularyNode, file: file, into: vocabulary)
        }
        var compiled: [CompiledRule] = []
        var seen: Set<String> = []
        for source in sources {
            let rule = try compile(source, pack: name, file: file, vocabulary: vocabulary, builtIn: builtIn)
            guard seen.insert(rule.id).inserted else {
                throw InputError(file: file, line: source.value.line, "duplicate rule id '\(rule.id)'")
            }
            compiled.append(rule)
        }
        return RulePack(name: name, description: fields("description")?.scalar?.string ?? "", domains: domains,
                        file: file, rules: compiled, categories: categories, notJudged: notJudged)
    }

    static func compile(_ node: Node, pack: String, file: String, vocabulary: SharedVocabulary, builtIn: Bool = false) throws -> CompiledRule {
        try compile(RuleSource(node), pack: pack, file: file, vocabulary: vocabulary, builtIn: builtIn)
    }

    static func compile(_ source: RuleSource, pack: String, file: String, vocabulary: SharedVocabulary, builtIn: Bool = false) throws -> CompiledRule {
        let rule = source.value
        guard let pairs = rule.pairs else { throw InputError(file: file, line: rule.line, "each rule is a mapping") }
        let line = rule.line ?? 1
        let id = rule["id"]?.text ?? ""
        func fail(_ key: String, _ message: String, line keyLine: Int?) -> InputError {
            InputError(file: file, line: keyLine ?? line, "rule \(id.isEmpty ? "(no id)" : id): \(key): \(message)")
        }
        func fail(_ key: String, _ message: String, at value: RuleValue? = nil) -> InputError { fail(key, message, line: value?.line) }
        // `examples:` are read as YAML trees.
        func failAtNode(_ key: String, _ message: String, _ node: Node?) -> InputError { fail(key, message, line: node?.mark?.line) }
        for pair in pairs {
            let key = pair.keyText ?? ""
            if !ruleKeys.contains(key) { throw fail(key, "unknown key (known: \(ruleKeys.sorted().joined(separator: ", ")))", line: pair.keyLine) }
        }
        func required(_ key: String) throws -> String {
            guard let value = rule[key] else { throw fail(key, "missing required key") }
            guard let text = value.text, !text.isEmpty else { throw fail(key, "expected a non-empty string", at: value) }
            return text
        }
        // Built-in ids are checked by the tests; each check here compiled a regular expression.
        guard builtIn || id.range(of: #"^[a-z0-9-]+(\.[a-z0-9-]+)+$"#, options: .regularExpression) != nil else {
            throw fail("id", "ids are dotted lowercase words such as section.data", at: rule["id"])
        }
        let kind = try required("kind")
        guard let factory = CheckKinds.table[kind] else {
            throw fail("kind", "unknown kind '\(kind)' (known: \(CheckKinds.table.keys.sorted().joined(separator: ", ")))", at: rule["kind"])
        }
        let severityText = try required("severity")
        guard let severity = Severity(rawValue: severityText) else {
            throw fail("severity", "'\(severityText)' is not one of error, warning, info", at: rule["severity"])
        }
        // Without an explicit weight a rule counts by its severity tier.
        var weight = severity.defaultWeight
        if let weightNode = rule["weight"] {
            guard let value = weightNode.wholeNumber, value >= 0 else { throw fail("weight", "expected a whole number >= 0", at: weightNode) }
            weight = value
        }
        var scoreCap: Int?
        if let capNode = rule["score_cap"] {
            guard let value = capNode.wholeNumber, (0...100).contains(value) else { throw fail("score_cap", "expected a whole number from 0 to 100", at: capNode) }
            scoreCap = value
        }
        var guardsResults = false
        if let guardsNode = rule["guards_results"] {
            guard let value = guardsNode.bool else { throw fail("guards_results", "expected true or false", at: guardsNode) }
            guardsResults = value
        }
        var substanceShare = 0.0
        if let shareNode = rule["substance_share"] {
            guard let value = shareNode.text.flatMap({ Double($0) }), (0...1).contains(value) else {
                throw fail("substance_share", "expected a number from 0 to 1", at: shareNode)
            }
            substanceShare = value
        }
        var enabledByDefault = true
        if let defaultNode = rule["default"] {
            guard let text = defaultNode.text, text == "on" || text == "off" else {
                throw fail("default", "expected on or off", at: defaultNode)
            }
            enabledByDefault = text == "on"
        }
        let references = rule["references"]?.items?.compactMap(\.text) ?? []
        // A built-in rule's examples are read when first needed (`RuleExamplesSource`).
        let examplesSource = builtIn ? RuleExamplesSource { try examples(source.examples(), fail: failAtNode) }
                                     : RuleExamplesSource(try examples(source.examples(), fail: failAtNode))
        var definition = RuleDefinition(
            id: id, kind: kind, category: try required("category"), severity: severity, weight: weight, scoreCap: scoreCap, guardsResults: guardsResults,
            title: try required("title"), message: try required("message"),
            why: rule["why"]?.text ?? "", references: references, enabledByDefault: enabledByDefault,
            examplesSource: examplesSource, pack: pack, file: file, line: line)
        definition.substanceShare = substanceShare
        let parameters = MatchParameters(node: rule["match"], file: file, ruleID: id, compilePatternsNow: !builtIn)
        let check = try factory(definition, parameters, vocabulary)
        try parameters.rejectUnknownKeys()
        if let fixNode = rule["fix"] {
            definition.fix = try RuleFixLoader.load(fixNode, kind: kind, check: check, builtIn: builtIn, fail: { fail($0, $1, at: $2) })
        }
        // The tests load the built-in packs with their examples, and so check what follows for them.
        guard !builtIn else { return CompiledRule(definition: definition, check: check) }
        // A fix is tested like the check: by its own examples, before and after.
        if definition.fix != nil, definition.examples.fix.isEmpty {
            throw fail("examples.fix", "a rule with fix: needs at least one example under examples.fix ({before: ..., after: ...})", at: rule["examples"])
        }
        if definition.fix == nil, !definition.examples.fix.isEmpty {
            throw fail("examples.fix", "examples of a fix, but the rule has no fix: key", at: rule["examples"])
        }
        // A portfolio rule's examples are folders of projects; a project rule's are single projects.
        let portfolio = check.asPortfolioCheck != nil
        for example in definition.examples.pass + definition.examples.fail where example.projects.isEmpty == portfolio {
            throw InputError(file: file, line: example.line, portfolio
                ? "rule \(id): examples: a portfolio rule's example is {projects: [...]}, a folder of two projects or more"
                : "rule \(id): examples: projects: is for portfolio rules; give this rule a single project")
        }
        return CompiledRule(definition: definition, check: check)
    }
}
