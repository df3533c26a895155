import Yams

/// A rule's `examples:` (pass, fail and fix), read when its pack loads, or for a built-in pack
/// when first asked for (`RuleExamplesSource`).
extension RulePackLoader {
    static func examples(_ node: Node?, fail: (String, String, Node?) -> InputError) throws -> RuleExamples {
        guard let node, let mapping = node.mapping else { throw fail("examples", "every rule needs examples with pass and fail lists", node) }
        func list(_ key: String) throws -> [RuleExample] {
            guard let items = mapping[text: key]?.sequence, !items.isEmpty else {
                throw fail("examples.\(key)", "needs at least one example", mapping[text: key] ?? node)
            }
            return try items.map { item in
                var example = try project(item, key: key)
                if let list = item.mapping?[text: "projects"] {
                    guard let members = list.sequence, !members.isEmpty else {
                        throw fail("examples.\(key)", "projects: a list of projects (Markdown text or {readme, manifest, domain})", list)
                    }
                    example.projects = try members.map { try project($0, key: key) }
                }
                return example
            }
        }
        func project(_ item: Node, key: String) throws -> RuleExample {
            if let text = item.scalar?.string { return RuleExample(readme: text, manifest: nil, line: item.mark?.line ?? 1) }
            guard let fields = item.mapping else {
                throw fail("examples.\(key)", "an example is Markdown text or {readme, manifest, domain, files}, or {projects: [...]} for a portfolio rule", item)
            }
            var example = RuleExample(readme: fields["readme"]?.scalar?.string, manifest: fields["manifest"]?.scalar?.string,
                                      line: item.mark?.line ?? 1, domain: fields["domain"]?.scalar?.string)
            if let files = fields["files"] {
                guard let table = files.mapping else { throw fail("examples.\(key)", "files: a mapping of path: text", files) }
                example.files = table.compactMap { pair in pair.key.scalar.flatMap { path in pair.value.scalar.map { (path.string, $0.string) } } }
            }
            return example
        }
        for pair in mapping where !["pass", "fail", "fix"].contains(pair.key.scalar?.string ?? "") {
            throw fail("examples.\(pair.key.scalar?.string ?? "")", "unknown key (known: pass, fail, fix)", pair.key)
        }
        var fixes: [FixExample] = []
        if let fixNode = mapping[text: "fix"] {
            guard let items = fixNode.sequence, !items.isEmpty else { throw fail("examples.fix", "expected a list of {before, after}", fixNode) }
            for item in items {
                guard let fields = item.mapping, let before = fields["before"], let after = fields["after"] else {
                    throw fail("examples.fix", "each example is {before: ..., after: ...}, optionally with domain", item)
                }
                for pair in fields where !["before", "after", "domain"].contains(pair.key.scalar?.string ?? "") {
                    throw fail("examples.fix", "unknown key '\(pair.key.scalar?.string ?? "")' (known: before, after, domain)", pair.key)
                }
                let domain = fields["domain"]?.scalar?.string
                func side(_ node: Node, _ name: String) throws -> RuleExample {
                    let line = node.mark?.line ?? 1
                    if let text = node.scalar?.string { return RuleExample(readme: text, manifest: nil, line: line, domain: domain) }
                    guard let sideFields = node.mapping, let readme = sideFields["readme"]?.scalar?.string else {
                        throw fail("examples.fix", "\(name): README text, or {readme, manifest}", node)
                    }
                    for pair in sideFields where !["readme", "manifest"].contains(pair.key.scalar?.string ?? "") {
                        throw fail("examples.fix", "\(name): unknown key '\(pair.key.scalar?.string ?? "")' (known: readme, manifest)", pair.key)
                    }
                    return RuleExample(readme: readme, manifest: sideFields["manifest"]?.scalar?.string, line: line, domain: domain)
                }
                fixes.append(FixExample(before: try side(before, "before"), after: try side(after, "after"), line: item.mark?.line ?? 1))
            }
        }
        return RuleExamples(pass: try list("pass"), fail: try list("fail"), fix: fixes)
    }
}
