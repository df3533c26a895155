import Foundation

/// Reads a pack's `profile:` mapping. Like the rest of a pack, every key is checked, and a problem
/// is an `InputError` naming the file, the line and the key. What the profile refers to (metric ids,
/// rule ids) is checked once all packs are loaded, in `RuleSet.validateDomainProfiles`.
enum DomainProfileLoader {
    static let keys: Set<String> = ["title", "detect", "required", "recommended", "protocol", "red_flags", "tasks", "wording"]

    static func load(_ node: RuleValue, domains: [String], file: String) throws -> DomainProfile {
        func fail(_ key: String, _ at: RuleValue?, _ message: String) -> InputError {
            InputError(file: file, line: at?.mark?.line ?? node.mark?.line, "profile\(key.isEmpty ? "" : ".\(key)"): \(message)")
        }
        guard let mapping = node.mapping else { throw fail("", node, "expected a mapping") }
        guard domains.count == 1, let domain = domains.first else {
            throw fail("", node, "a pack with a profile names exactly one domain under domains:")
        }
        for pair in mapping where !keys.contains(pair.key.scalar?.string ?? "") {
            throw fail(pair.key.scalar?.string ?? "", pair.key, "unknown key (known: \(keys.sorted().joined(separator: ", ")))")
        }
        func words(_ value: RuleValue?, _ key: String) throws -> [String] {
            guard let value else { return [] }
            guard let items = value.sequence else { throw fail(key, value, "expected a list of words") }
            return try items.map { item in
                guard let text = item.scalar?.string, !text.isEmpty else { throw fail(key, item, "expected a word or phrase") }
                return text
            }
        }
        let detect = mapping[text: "detect"]
        if let detect, detect.mapping == nil { throw fail("detect", detect, "expected {strong: [...], weak: [...]}") }
        for pair in detect?.mapping ?? [] where !["strong", "weak"].contains(pair.key.scalar?.string ?? "") {
            throw fail("detect", pair.key, "unknown key '\(pair.key.scalar?.string ?? "")' (known: strong, weak)")
        }
        var redFlags: [String: Severity] = [:]
        if let flags = mapping[text: "red_flags"] {
            guard let table = flags.mapping else { throw fail("red_flags", flags, "expected a mapping of rule.id: severity") }
            for pair in table {
                guard let rule = pair.key.scalar?.string, let word = pair.value.scalar?.string, let severity = Severity(rawValue: word) else {
                    throw fail("red_flags", pair.value, "expected rule.id: error | warning | info")
                }
                redFlags[rule] = severity
            }
        }
        var wording: [String: String] = [:]
        if let table = mapping[text: "wording"] {
            guard let pairs = table.mapping else { throw fail("wording", table, "expected a mapping of name: text") }
            for pair in pairs {
                guard let name = pair.key.scalar?.string, let text = pair.value.scalar?.string, !text.isEmpty,
                      !text.contains("\n") else {
                    throw fail("wording", pair.key, "each entry is name: text on one line")
                }
                wording[name] = text
            }
        }
        var profile = DomainProfile(
            domain: domain, title: mapping[text: "title"]?.scalar?.string ?? domain,
            strongWords: try words(detect?.mapping?[text: "strong"], "detect.strong"), weakWords: try words(detect?.mapping?[text: "weak"], "detect.weak"),
            required: try (mapping[text: "required"]?.sequence.map(Array.init) ?? []).map { try metricGroup($0, fail) },
            recommended: try words(mapping[text: "recommended"], "recommended"),
            protocolGroups: try (mapping[text: "protocol"]?.sequence.map(Array.init) ?? []).map { try protocolGroup($0, fail) },
            redFlags: redFlags, tasks: try (mapping[text: "tasks"]?.sequence.map(Array.init) ?? []).map { try task($0, fail) },
            file: file, line: node.mark?.line ?? 1)
        profile.wording = wording
        return profile
    }

    /// `{task, when: [...], required: [...], protocol: [...]}`; see `DomainTask`.
    static func task(_ node: RuleValue, _ fail: (String, RuleValue?, String) -> InputError) throws -> DomainTask {
        guard let fields = node.mapping, let name = fields[text: "task"]?.scalar?.string, !name.isEmpty,
              let when = fields[text: "when"]?.sequence?.compactMap({ $0.scalar?.string }), !when.isEmpty,
              let required = fields[text: "required"]?.sequence, !required.isEmpty else {
            throw fail("tasks", node, "each task needs task (its name), when (words that give it away) and required (metric groups)")
        }
        for key in fields.keys.compactMap({ $0.scalar?.string }) where !["task", "when", "required", "protocol"].contains(key) {
            throw fail("tasks", node, "unknown key '\(key)' in task '\(name)' (known: task, when, required, protocol)")
        }
        return DomainTask(name: name, when: when, required: try required.map { try metricGroup($0, fail) },
                          protocolGroups: try (fields[text: "protocol"]?.sequence.map(Array.init) ?? []).map { try protocolGroup($0, fail) })
    }

    /// `{group, any_of: [id | [id, id]], example}` or `{group, all_of: [id, id], example}`.
    static func metricGroup(_ node: RuleValue, _ fail: (String, RuleValue?, String) -> InputError) throws -> DomainProfile.MetricGroup {
        guard let fields = node.mapping, let name = fields[text: "group"]?.scalar?.string, let example = fields[text: "example"]?.scalar?.string else {
            throw fail("required", node, "each group needs group, any_of or all_of, and example")
        }
        var alternatives: [[String]] = []
        for item in fields[text: "any_of"]?.sequence ?? [] {
            if let id = item.scalar?.string { alternatives.append([id]) } else if let ids = item.sequence?.compactMap({ $0.scalar?.string }), !ids.isEmpty {
                alternatives.append(ids)
            } else {
                throw fail("required", item, "any_of lists metric ids, or lists of ids that must all be reported")
            }
        }
        if let all = fields[text: "all_of"]?.sequence?.compactMap({ $0.scalar?.string }), !all.isEmpty { alternatives.append(all) }
        guard !alternatives.isEmpty else { throw fail("required", node, "group '\(name)' needs any_of or all_of") }
        for key in fields.keys.compactMap({ $0.scalar?.string }) where !["group", "any_of", "all_of", "example"].contains(key) {
            throw fail("required", node, "unknown key '\(key)' in group '\(name)' (known: group, any_of, all_of, example)")
        }
        return .init(name: name, alternatives: alternatives, example: example)
    }

    /// `{group, phrases: [...], example}`.
    static func protocolGroup(_ node: RuleValue, _ fail: (String, RuleValue?, String) -> InputError) throws -> DomainProfile.ProtocolGroup {
        guard let fields = node.mapping, let name = fields[text: "group"]?.scalar?.string, let example = fields[text: "example"]?.scalar?.string,
              let phrases = fields[text: "phrases"]?.sequence?.compactMap({ $0.scalar?.string }), !phrases.isEmpty else {
            throw fail("protocol", node, "each group needs group, phrases and example")
        }
        for key in fields.keys.compactMap({ $0.scalar?.string }) where !["group", "phrases", "example"].contains(key) {
            throw fail("protocol", node, "unknown key '\(key)' in group '\(name)' (known: group, phrases, example)")
        }
        return .init(name: name, phrases: phrases, example: example)
    }
}

extension RuleSet {
    /// A profile must describe one of the known domains and refer only to metrics in the alias
    /// table and to rules that exist; checked once every pack is loaded.
    func validateDomainProfiles() throws {
        let metrics = Set(vocabulary.metricAliases.map(\.label))
        let ruleIDs = ruleIDs   // a new set on each read
        for profile in vocabulary.domainProfiles {
            func fail(_ message: String) -> InputError { InputError(file: profile.file, line: profile.line, "profile: \(message)") }
            guard Configuration.domains.contains(profile.domain) else {
                throw fail("unknown domain '\(profile.domain)' (known: \(Configuration.domains.joined(separator: ", ")))")
            }
            for id in profile.metricIDs where !metrics.contains(id) {
                throw fail("unknown metric '\(id)'" + DidYouMean.suffix(for: id, in: metrics.sorted()) + " (metrics are the ids of vocabulary.metric_aliases)")
            }
            for rule in profile.redFlags.keys.sorted() where !ruleIDs.contains(rule) {
                throw fail("red_flags: unknown rule '\(rule)'" + DidYouMean.suffix(for: rule, in: ruleIDs.sorted()))
            }
        }
    }
}
