import Foundation
import Yams

/// All rule packs in force: the ones built into the binary, then any from `--rules` folders
/// (a pack from disk with the name of a built-in one replaces it).
public struct RuleSet: Sendable {
    public let packs: [RulePack]
    public let vocabulary: SharedVocabulary
    /// Every rule, in pack order: those that judge one project and those that judge portfolios.
    public let rules: [CompiledRule]
    /// The rules run on each project and counted in its score.
    public let projectRules: [CompiledRule]
    /// The rules run once per folder of projects (`PortfolioCheck`).
    public let portfolioRules: [CompiledRule]
    /// Their definitions, which every score reads: built once, not per project.
    public let projectDefinitions: [RuleDefinition]
    /// Their ids, in the same order: each project's `RuleTally` shares this array.
    let projectIDs: [String]
    /// No two project rules share an id (the loader refuses such packs): then a rule's outcome can
    /// be kept by its position instead of its id.
    let projectIDsAreUnique: Bool
    /// Their checks, in the same order: the linter runs them without copying whole rules.
    let projectChecks: [any Check]
    public let portfolioDefinitions: [RuleDefinition]
    /// The position in `categories` of each project rule's category (the first with its id), nil
    /// for none: every score sorts rules into categories, and comparing ids was most of that.
    let projectCategorySlots: [Int?]
    /// Every rule's id, which each project's configuration is checked against.
    public let ruleIDs: Set<String>
    /// The names of the packs, for the same check.
    let packNames: Set<String>
    /// The rules whose passing credit depends on the README's substance, picked out once.
    let substanceShare: SubstanceShare

    /// Kept apart once here: the linter asks for them per project.
    public init(packs: [RulePack], vocabulary: SharedVocabulary) {
        self.packs = packs
        self.vocabulary = vocabulary
        rules = packs.flatMap(\.rules)
        projectRules = rules.filter { $0.portfolioCheck == nil }
        portfolioRules = rules.filter { $0.portfolioCheck != nil }
        projectDefinitions = projectRules.map(\.definition)
        projectIDs = projectRules.map(\.id)
        projectIDsAreUnique = Set(projectIDs).count == projectIDs.count
        projectChecks = projectRules.map(\.check)
        portfolioDefinitions = portfolioRules.map(\.definition)
        substanceShare = SubstanceShare(rules: projectRules)
        ruleIDs = Set(rules.map(\.id))
        packNames = Set(packs.map(\.name))
        // Every score reads these: worked out once here, not per project.
        categories = Self.merged(packs).filter { !$0.portfolio }
        notJudged = Self.notJudged(packs)
        let categories = categories
        projectCategorySlots = projectDefinitions.map { rule in categories.firstIndex { $0.id == rule.category } }
    }

    public func rule(_ id: String) -> CompiledRule? { rules.first { $0.id == id } }

    /// The rule whose fix text is the not-for-clinical-use disclaimer, shared by `caselint fix` and
    /// the blueprints.
    public static let disclaimerRuleID = "disclaimer.clinical-use"

    /// The disclaimer in a domain's wording (`{{decisions}}`), from the disclaimer rule's fix; nil
    /// when the rules in force have no such fix.
    public func disclaimerText(wording: [String: String]) -> String? {
        guard let fix = rule(Self.disclaimerRuleID)?.definition.fix, fix.insert == .afterTitle else { return nil }
        return fix.renderedText(wording: wording)
    }

    /// A project's score categories in the order declared; a later pack's category replaces one
    /// with the same id.
    public let categories: [ScoreCategory]

    /// The categories of a portfolio's own score (`scope: portfolio`).
    public var portfolioCategories: [ScoreCategory] { allCategories.filter(\.portfolio) }

    var allCategories: [ScoreCategory] { Self.merged(packs) }

    static func merged(_ packs: [RulePack]) -> [ScoreCategory] {
        var merged: [ScoreCategory] = []
        for category in packs.flatMap(\.categories) {
            if let index = merged.firstIndex(where: { $0.id == category.id }) {
                merged[index] = category
            } else {
                merged.append(category)
            }
        }
        return merged
    }

    /// What no rule judges, each once, as the packs list it.
    public let notJudged: [String]

    static func notJudged(_ packs: [RulePack]) -> [String] {
        var seen: Set<String> = []
        return packs.flatMap(\.notJudged).filter { seen.insert($0).inserted }
    }

    public static func load(extraDirectories: [String] = []) throws -> RuleSet {
        // Compiled on another thread while the command line was parsed, when the command started that.
        let builtIn = try BuiltInRulePreload.take()?.get() ?? loadBuiltIn()
        let vocabulary = builtIn.vocabulary
        var packs = builtIn.packs
        for directory in extraDirectories {
            for file in try packFiles(in: directory) {
                let text: String
                do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
                    throw InputError(file: file, "cannot read this rule pack as UTF-8 text")
                }
                let pack = try RulePackLoader.load(text: text, file: file, vocabulary: vocabulary)
                packs.removeAll { $0.name == pack.name }
                packs.append(pack)
            }
        }
        var owner: [String: String] = [:]
        for pack in packs {
            for rule in pack.rules {
                if let other = owner[rule.id] {
                    throw InputError(file: pack.file, line: rule.definition.line, "rule \(rule.id) is already defined in \(other)")
                }
                owner[rule.id] = pack.file
            }
        }
        vocabulary.freeze()
        let ruleSet = RuleSet(packs: packs, vocabulary: vocabulary)
        try ruleSet.validateCategories()
        try ruleSet.validateDomainProfiles()
        return ruleSet
    }

    /// The packs built into the binary, with the vocabulary they fill (not yet frozen: packs from
    /// --rules may add to it).
    /// - trees: where another thread may have decoded some of the packs' trees (the preload's).
    static func loadBuiltIn(trees: BuiltInPackTrees? = nil) throws -> BuiltInRules {
        let trees = trees ?? BuiltInPackTrees(count: EmbeddedResources.rulePacks.count)
        let vocabulary = SharedVocabulary()
        var packs: [RulePack] = []
        // Compiled in order: a pack's vocabulary serves the packs after it.
        for (index, (name, text)) in EmbeddedResources.rulePacks.enumerated() {
            if let pack = preparsedPack(index) {
                packs.append(try RulePackLoader.load(pack: pack.root, rules: pack.rules, file: name, vocabulary: vocabulary, builtIn: true))
            } else {
                let root = try trees.tree(index) { try builtInTree(index, name, text) }
                packs.append(try RulePackLoader.load(root: root, file: name, vocabulary: vocabulary, builtIn: true))
            }
            vocabulary.startSectionMatchers()
        }
        return BuiltInRules(packs: packs, vocabulary: vocabulary)
    }

    /// A built-in pack's tree, read from the form `Scripts/embed-resources.sh` composed it into:
    /// parsing the packs' YAML was most of start-up. A pack whose generated tree does not match
    /// its text (the script not run after an edit; a test fails then too) is parsed as before.
    static func builtInTree(_ index: Int, _ name: String, _ text: String) throws -> Node? {
        if let tree = preparsedTree(index) { return tree }
        return try RulePackLoader.parse(text: text, file: name, builtIn: true)
    }

    /// Pack `index`'s generated tree; nil when it does not match the pack's text.
    static func preparsedTree(_ index: Int) -> Node? {
        let (name, text) = EmbeddedResources.rulePacks[index]
        let preparsed = PreparsedRulePacks.trees
        guard index < preparsed.count, preparsed[index].path == name, preparsed[index].bytes == text.utf8.count else { return nil }
        return PreparsedYAML.decode(preparsed[index].tree)
    }

    /// Whether pack `index`'s generated values (`PreparsedRules`) were written from its text as it is.
    static func hasPreparsedPack(_ index: Int) -> Bool {
        let (name, text) = EmbeddedResources.rulePacks[index]
        let packs = PreparsedRules.packs
        return index < packs.count && packs[index].path == name && packs[index].bytes == text.utf8.count
    }

    /// Pack `index` as `Scripts/embed-resources.sh` generated it: its keys, and its rules (nil
    /// without a `rules:` key); nil when stale, and its YAML tree is read instead.
    static func preparsedPack(_ index: Int) -> (root: RuleValue, rules: [RuleSource]?)? {
        guard hasPreparsedPack(index), let root = PreparsedRules.pack(index) else { return nil }
        return (root, root["rules"] == nil ? nil : PreparsedRules.rules(index).map(RuleSource.init))
    }

    /// The tree a helper decodes ahead for the loader: only a pack without current generated
    /// values is read from its tree.
    static func treeAhead(_ index: Int) -> Node? { hasPreparsedPack(index) ? nil : preparsedTree(index) }

    /// Every rule must count somewhere in the score: its category has to be declared, for projects
    /// or (for a portfolio rule) with `scope: portfolio`.
    func validateCategories() throws {
        for rule in rules {
            let portfolio = rule.portfolioCheck != nil
            let known = (portfolio ? portfolioCategories : categories).map(\.id)
            let category = rule.definition.category
            guard !known.contains(category) else { continue }
            let scope = portfolio ? " with scope: portfolio" : ""
            throw InputError(file: rule.definition.file, line: rule.definition.line,
                             "rule \(rule.id): category: unknown category '\(category)'" + DidYouMean.suffix(for: category, in: known)
                                 + " (declare it under categories: in a pack\(scope); known: \(known.joined(separator: ", ")))")
        }
        // A category that counts unless a rule failed needs that rule among the project rules.
        let projectIDs = projectRules.map(\.id)
        for category in categories {
            guard let rule = category.countsUnlessFailed, !projectIDs.contains(rule) else { continue }
            throw InputError(file: category.file, line: category.line,
                             "category \(category.id): counts_unless_failed: unknown rule '\(rule)'" + DidYouMean.suffix(for: rule, in: projectIDs))
        }
    }

    static func packFiles(in directory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: directory, "--rules expects a folder of rule packs (*.yml)")
        }
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let name = walker.nextObject() as? String {
            if name.hasSuffix(".yml") || name.hasSuffix(".yaml") { files.append((directory as NSString).appendingPathComponent(name)) }
        }
        return files.sorted()
    }
}

