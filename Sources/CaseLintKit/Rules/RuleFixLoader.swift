import Foundation

/// Reads and validates a rule's `fix:` mapping when its pack loads, like every other rule key: a
/// problem is an `InputError` naming the pack file, the line and the key.
enum RuleFixLoader {
    /// A switch, not a dictionary keyed by `Insert`: building that type's metadata at start-up
    /// searched every protocol conformance in the binary.
    static func keys(_ insert: RuleFix.Insert) -> Set<String> {
        switch insert {
        case .section: return ["insert", "heading", "text"]
        case .afterTitle: return ["insert", "text", "variables"]
        case .manifest: return ["insert", "text", "todo"]
        }
    }

    /// - kind: the rule's check kind; `check`: its compiled check, to see what the rule reports.
    /// - builtIn: a pack shipped inside caselint, whose fix texts the tests check (see `RulePackLoader`).
    static func load(_ node: RuleValue, kind: String, check: any Check, builtIn: Bool = false,
                     fail: (String, String, RuleValue?) -> InputError) throws -> RuleFix {
        guard let mapping = node.mapping else { throw fail("fix", "expected a mapping with insert and text", node) }
        let insertNode = mapping[text: "insert"]
        guard let insertName = insertNode?.scalar?.string else {
            throw fail("fix.insert", "missing required key (one of \(RuleFix.Insert.allCases.map(\.rawValue).joined(separator: ", ")))", node)
        }
        guard let insert = RuleFix.Insert(rawValue: insertName) else {
            let names = RuleFix.Insert.allCases.map(\.rawValue)
            throw fail("fix.insert", "unknown kind '\(insertName)'" + DidYouMean.suffix(for: insertName, in: names)
                           + " (known: \(names.joined(separator: ", ")))", insertNode)
        }
        let allowed = keys(insert)
        for pair in mapping {
            let key = pair.key.scalar?.string ?? ""
            guard allowed.contains(key) else {
                throw fail("fix.\(key)", "unknown key for insert: \(insertName) (known here: \(allowed.sorted().joined(separator: ", ")))", pair.key)
            }
        }
        guard let textNode = mapping[text: "text"], let text = textNode.scalar?.string,
              builtIn || !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw fail("fix.text", "expected non-empty text", mapping[text: "text"] ?? node)
        }
        var fix = RuleFix(insert: insert, heading: nil, text: text, variables: [:], todo: [], line: node.mark?.line ?? 1)
        switch insert {
        case .section:
            guard kind == "section", check is SectionCheck else {
                throw fail("fix.insert", "insert: section adds the heading of a case-study part, so it needs a rule of kind: section", insertNode)
            }
            let headingNode = mapping[text: "heading"]
            guard let heading = headingNode?.scalar?.string, isOneLine(heading), !heading.hasPrefix("#"),
                  !heading.trimmingSpaces().isEmpty else {
                throw fail("fix.heading", "expected the heading's words on one line, without # (e.g. Data)", headingNode ?? node)
            }
            fix.heading = heading.trimmingSpaces()
            // Anything besides markers would make the new section count as written before the author wrote it.
            // (Two regular expressions: checked for built-in packs by the tests, not on every start.)
            guard builtIn || onlyMarkers(text) else {
                throw fail("fix.text", "the body of an inserted section is one or more [[TODO: what to write]] markers and nothing else", textNode)
            }
        case .afterTitle:
            guard check.readsReadme else {
                throw fail("fix.insert", "insert: after-title adds text to the README, so the rule must be one that reads the README", insertNode)
            }
            if let variablesNode = mapping[text: "variables"] {
                guard let table = variablesNode.mapping else { throw fail("fix.variables", "expected a mapping of name: text", variablesNode) }
                for pair in table {
                    guard let name = pair.key.scalar?.string, let value = pair.value.scalar?.string, isOneLine(value), !value.isEmpty else {
                        throw fail("fix.variables", "each variable is name: text on one line", pair.key)
                    }
                    fix.variables[name] = value
                }
            }
            // (A regular expression: checked for built-in packs by the tests, not on every start.)
            for name in builtIn ? [] : RuleFix.variableNames(in: text) where fix.variables[name] == nil {
                throw fail("fix.text", "uses {{\(name)}}, which needs a default under fix.variables (a domain pack's wording may replace it)", textNode)
            }
        case .manifest:
            guard let manifestCheck = check as? ManifestCheck, manifestCheck.requireFile else {
                throw fail("fix.insert", "insert: manifest writes a missing case-study.yaml, so it needs a manifest rule with require_file: true", insertNode)
            }
            for line in text.split(separator: "\n") where !line.trimmingSpaces().hasPrefix("#") {
                throw fail("fix.text", "the opening of a manifest is YAML comment lines, each starting with #", textNode)
            }
            if let todoNode = mapping[text: "todo"] {
                guard let table = todoNode.mapping else { throw fail("fix.todo", "expected a mapping of manifest key: what to write", todoNode) }
                for pair in table {
                    let key = pair.key.scalar?.string ?? ""
                    guard Manifest.knownKeys.contains(key) else {
                        throw fail("fix.todo", "'\(key)' is not a case-study.yaml key" + DidYouMean.suffix(for: key, in: Manifest.knownKeys)
                                       + " (known: \(Manifest.knownKeys.joined(separator: ", ")))", pair.key)
                    }
                    guard let request = pair.value.scalar?.string, builtIn || isMarkerRequest(request) else {
                        throw fail("fix.todo", "\(key): what to write, on one line, without ] or a sentence break ('. ' or '; ')", pair.value)
                    }
                    fix.todo.append((key, request))
                }
            }
        }
        return fix
    }

    static func onlyMarkers(_ text: String) -> Bool {
        let rest = text.replacingOccurrences(of: PlaceholderMarker.pattern, with: "", options: [.regularExpression, .caseInsensitive])
        return text.range(of: PlaceholderMarker.pattern, options: [.regularExpression, .caseInsensitive]) != nil
            && rest.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).isEmpty
    }

    static func isOneLine(_ text: String) -> Bool { !text.contains("\n") && !text.contains("\r") }

    /// A request that fits in a `[[TODO: ...]]` marker the linter matches within one sentence.
    static func isMarkerRequest(_ text: String) -> Bool {
        isOneLine(text) && !text.isEmpty && !text.contains("]") && !text.contains(". ") && !text.contains("; ")
    }
}
