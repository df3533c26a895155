import Foundation
import Yams

/// Reads a `blueprint.yml`:
///
///     id: imaging-triage                  # the folder's name
///     domain: imaging                     # one of the domains caselint knows
///     title: Chest X-ray triage
///     description: One line for `caselint new --list`.
///     variables: {title: ..., lane: ...}  # template variables and their defaults (text or true/false)
///     next_steps: [three lines printed after success]
///     common: true                        # add templates/_common (default true)
///
/// A blueprint is input like a rule pack: every problem is an `InputError` with file and line.
enum BlueprintSpecLoader {
    static let keys = ["id", "domain", "title", "description", "variables", "next_steps", "common"]
    /// Variables caselint itself provides; a blueprint may give defaults for title and author only.
    static let reserved = ["slug", "package_name", "year", "domain", "blueprint_id", "title_yaml", "author_yaml",
                           "title_toml", "author_toml", "caselint_version", "author_given"]

    static func load(text: String, file: String, folder: String, source: String) throws -> Blueprint {
        guard let root = try SafeYAML.load(text, file: file), let mapping = root.mapping else {
            throw InputError(file: file, "blueprint.yml must be a mapping with \(keys.joined(separator: ", "))")
        }
        do {
            var values: [String: Yams.Node] = [:]
            for pair in mapping {
                guard let key = pair.key.scalar?.string else { throw pair.key.typeError("a key", expected: "text") }
                guard keys.contains(key) else {
                    let hint = DidYouMean.closest(to: key, in: keys).map { "did you mean \($0)?" } ?? "keys are \(keys.joined(separator: ", "))"
                    throw YAMLTypeError(line: pair.key.line, message: "unknown key '\(key)': \(hint)")
                }
                values[key] = pair.value
            }
            func required(_ key: String) throws -> String {
                guard let node = values[key], let text = try node.text(key), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw YAMLTypeError(line: values[key]?.line ?? root.line, message: "'\(key)' is required")
                }
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let id = try required("id")
            guard id == folder else {
                throw YAMLTypeError(line: values["id"]?.line ?? 1, message: "id '\(id)' must match its folder name '\(folder)'")
            }
            guard Blueprint.isValidID(id) else {
                throw YAMLTypeError(line: values["id"]?.line ?? 1, message: "id '\(id)' must be lower-case letters, digits and '-', starting with a letter")
            }
            let domain = try required("domain")
            guard Configuration.domains.contains(domain) else {
                throw YAMLTypeError(line: values["domain"]?.line ?? 1,
                                    message: "domain '\(domain)' is not one of \(Configuration.domains.joined(separator: ", "))")
            }
            return Blueprint(id: id, domain: domain, title: try required("title"), description: try required("description"),
                             variables: try variables(values["variables"]), nextSteps: try values["next_steps"]?.textList("next_steps") ?? [],
                             usesCommon: try values["common"]?.boolean("common") ?? true, source: source)
        } catch let error as YAMLTypeError {
            throw InputError(file: file, line: error.line, error.message)
        }
    }

    static func variables(_ node: Yams.Node?) throws -> [(name: String, value: BlueprintValue)] {
        guard let node, let entries = try node.entries("variables") else { return [] }
        return try entries.map { name, keyNode, value in
            guard name.range(of: #"^[a-z][a-z0-9_]*$"#, options: .regularExpression) != nil else {
                throw YAMLTypeError(line: keyNode.line, message: "variable '\(name)' must be lower_snake_case")
            }
            guard !reserved.contains(name) else {
                throw YAMLTypeError(line: keyNode.line, message: "variable '\(name)' is provided by caselint and cannot be set here")
            }
            if value.tagName == .bool, let flag = try value.boolean(name) { return (name, .flag(flag)) }
            guard value.scalar != nil, let text = try value.text(name) else {
                throw value.typeError("variables.\(name)", expected: "text, a number or true/false")
            }
            return (name, .text(text))
        }
    }
}
