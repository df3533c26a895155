import Yams

/// Reads `case-study.yaml` into a `Manifest`. It never throws: the manifest is lint input, so each
/// problem becomes a diagnostic at its line and the rest of the file is still read.
///
/// - `manifest.yaml` (error): not YAML, hostile YAML (see `SafeYAML`), or not a mapping at the top.
/// - `manifest.type` (error): a value of the wrong type, naming the key, the expected type and the line.
/// - `manifest.unknown-key` (warning): a key caselint does not know, with the closest known one.
///
/// Allowed values (which domains, which data-source kinds) are for the rules to judge.
public enum ManifestLoader {
    /// `node` is the composed document, for rules that read the manifest directly; nil when the
    /// file could not be read as a YAML mapping. An empty file is an empty manifest.
    public static func load(text: String, file: String) -> (manifest: Manifest?, diagnostics: [Diagnostic], node: YAMLValue?) {
        let root: YAMLValue?
        do {
            root = try SafeYAML.loadValue(text, file: file)
        } catch {
            let problem = error as? InputError ?? InputError(file: file, "\(error)")
            return (nil, [Diagnostic(rule: "manifest.yaml", severity: .error, message: problem.message, file: file,
                                     line: problem.line ?? 1)], nil)
        }
        guard let root else { return (Manifest(), [], YAMLValue(kind: .mapping, tagName: .map, line: 1, column: 1)) }
        guard root.kind == .mapping else {
            let message = "case-study.yaml must be a mapping of key: value lines (title: ..., domain: ...), found \(root.userDescription)"
            return (nil, [Diagnostic(rule: "manifest.yaml", severity: .error, message: message, file: file, line: root.line)], nil)
        }
        var reader = ManifestReader(file: file)
        let manifest = reader.manifest(root)
        return (manifest, reader.diagnostics, root)
    }

    /// The unknown keys of a manifest that have exactly one close known key not already used beside
    /// them (`target_role` -> `target_roles`): what `caselint fix` renames. Empty when the text is not
    /// a readable YAML mapping.
    public static func keyRenames(text: String, file: String) -> [ManifestKeyRename] {
        guard let root = try? SafeYAML.loadValue(text, file: file), root.kind == .mapping else { return [] }
        var reader = ManifestReader(file: file)
        _ = reader.manifest(root)
        return reader.renames
    }
}

/// An unknown manifest key and the known key it clearly means, at the key's 1-based line and column.
public struct ManifestKeyRename: Sendable, Equatable {
    public var key: String
    public var replacement: String
    public var line: Int
    public var column: Int
}

/// Walks the composed tree once, collecting diagnostics instead of stopping at the first problem.
struct ManifestReader {
    let file: String
    var diagnostics: [Diagnostic] = []
    /// Unknown keys with one clear correction, for `caselint fix`.
    var renames: [ManifestKeyRename] = []

    /// Runs one typed read; a type error becomes a `manifest.type` diagnostic and the value nil.
    mutating func read<T>(_ body: () throws -> T?) -> T? {
        do {
            return try body()
        } catch let error as YAMLTypeError {
            diagnostics.append(Diagnostic(rule: "manifest.type", severity: .error, message: error.message, file: file, line: error.line))
        } catch {
            diagnostics.append(Diagnostic(rule: "manifest.type", severity: .error, message: "\(error)", file: file))
        }
        return nil
    }

    /// - siblings: the mapping the key sits in; a suggestion already used there is no clear rename.
    mutating func unknownKey(_ key: String, at node: YAMLValue, in place: String, known: [String], siblings: YAMLValue.Pairs) {
        let suggestions = SuggestionMemo.shared.suggestions(for: key, in: known)
        let message = "unknown key '\(key)' in \(place)" + suggestions.note
        diagnostics.append(Diagnostic(rule: "manifest.unknown-key", severity: .warning, message: message, file: file, line: node.line))
        if let suggestion = suggestions.unambiguous, !siblings.contains(where: { $0.key.scalarText == suggestion }),
           node.scalarStyle == .plain {
            renames.append(ManifestKeyRename(key: key, replacement: suggestion, line: node.line, column: node.column))
        }
    }

    /// The entries of a mapping; a key that is not text is reported and skipped.
    mutating func entries(of mapping: YAMLValue.Pairs, in place: String) -> [(key: String, keyNode: YAMLValue, value: YAMLValue)] {
        mapping.compactMap { pair in
            read { () throws -> (String, YAMLValue, YAMLValue)? in
                guard let key = pair.key.scalarText else { throw pair.key.typeError("a key in \(place)", expected: "text") }
                return (key, pair.key, pair.value)
            }
        }
    }

    mutating func manifest(_ root: YAMLValue) -> Manifest {
        var manifest = Manifest()
        let pairs = root.pairs ?? YAMLValue.Pairs(children: [])
        for (key, keyNode, value) in entries(of: pairs, in: "case-study.yaml") {
            manifest.lines[key] = keyNode.line
            switch key {
            case "title": manifest.title = read { try value.text(key) }
            case "summary": manifest.summary = read { try value.text(key) }
            case "domain": manifest.domain = read { try value.text(key) }
            case "lane": manifest.lane = read { try value.text(key) }
            case "lane_reason": manifest.laneReason = read { try value.text(key) }
            case "target_roles": manifest.targetRoles = read { try value.textList(key) }
            case "data_sources": manifest.dataSources = read { try value.list(key) }.map { dataSources($0) }
            case "metrics": manifest.metrics = read { try value.list(key) }.map { metrics($0) }
            case "intended_use": manifest.intendedUse = read { try value.text(key) }
            case "clinical_use": manifest.clinicalUse = read { try value.boolean(key) }
            case "disclaimer": manifest.disclaimer = read { try value.text(key) }
            case "limitations": manifest.limitations = read { try value.textList(key) }
            case "human_oversight": manifest.humanOversight = read { try value.text(key) }
            case "next_steps": manifest.nextSteps = read { try value.textList(key) }
            default: unknownKey(key, at: keyNode, in: "case-study.yaml", known: Manifest.knownKeys, siblings: pairs)
            }
        }
        return manifest
    }
}
