import Foundation

/// Reads a pack's `categories:` list and `not_judged:` caveats. Same contract as the rest of the
/// loader: any problem is an `InputError` naming the file, the line and the key.
enum CategoryLoader {
    static let categoryKeys: Set<String> = ["id", "title", "weight", "description", "scope", "counts_unless_failed"]

    /// - builtIn: a pack shipped inside caselint, whose ids the tests check (see `RulePackLoader`).
    static func categories(_ node: RuleValue, file: String, builtIn: Bool = false) throws -> [ScoreCategory] {
        guard let items = node.sequence else {
            throw InputError(file: file, line: node.mark?.line, "categories: expected a list of {id, title, weight, description}")
        }
        var seen: Set<String> = []
        return try items.map { item in
            let category = try category(item, file: file, builtIn: builtIn)
            guard seen.insert(category.id).inserted else {
                throw InputError(file: file, line: item.mark?.line, "categories: duplicate category id '\(category.id)'")
            }
            return category
        }
    }

    static func category(_ node: RuleValue, file: String, builtIn: Bool = false) throws -> ScoreCategory {
        let line = node.mark?.line ?? 1
        guard let mapping = node.mapping else { throw InputError(file: file, line: line, "categories: each category is a mapping") }
        let id = mapping[text: "id"]?.scalar?.string ?? ""
        func fail(_ key: String, _ message: String, at keyNode: RuleValue? = nil) -> InputError {
            InputError(file: file, line: keyNode?.mark?.line ?? line, "category \(id.isEmpty ? "(no id)" : id): \(key): \(message)")
        }
        for pair in mapping {
            let key = pair.key.scalar?.string ?? ""
            if !categoryKeys.contains(key) { throw fail(key, "unknown key (known: \(categoryKeys.sorted().joined(separator: ", ")))", at: pair.key) }
        }
        func required(_ key: String) throws -> String {
            guard let value = mapping[text: key] else { throw fail(key, "missing required key") }
            guard let text = value.scalar?.string, !text.isEmpty else { throw fail(key, "expected a non-empty string", at: value) }
            return text
        }
        guard builtIn || id.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil else {
            throw fail("id", "ids are lowercase words joined by hyphens, such as domain-literacy", at: mapping[text: "id"])
        }
        guard let weightNode = mapping[text: "weight"] else { throw fail("weight", "missing required key") }
        guard let weight = weightNode.wholeNumber, weight >= 0 else { throw fail("weight", "expected a whole number >= 0", at: weightNode) }
        var portfolio = false
        if let scopeNode = mapping[text: "scope"] {
            guard let scope = scopeNode.scalar?.string, scope == "project" || scope == "portfolio" else {
                throw fail("scope", "expected project or portfolio", at: scopeNode)
            }
            portfolio = scope == "portfolio"
        }
        var countsUnlessFailed: String?
        if let ruleNode = mapping[text: "counts_unless_failed"] {
            guard let rule = ruleNode.scalar?.string, !rule.isEmpty else { throw fail("counts_unless_failed", "expected a rule id", at: ruleNode) }
            countsUnlessFailed = rule
        }
        return ScoreCategory(id: id, title: try required("title"), weight: weight,
                             description: try required("description"), file: file, line: line, portfolio: portfolio,
                             countsUnlessFailed: countsUnlessFailed)
    }

    static func notJudged(_ node: RuleValue, file: String) throws -> [String] {
        guard let items = node.sequence else {
            throw InputError(file: file, line: node.mark?.line, "not_judged: expected a list of sentences")
        }
        return try items.map { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                throw InputError(file: file, line: item.mark?.line, "not_judged: expected a sentence")
            }
            return text
        }
    }
}
