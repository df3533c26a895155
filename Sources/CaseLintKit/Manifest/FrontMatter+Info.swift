import Yams

/// What caselint reads from README YAML front matter, Hugging Face model-card style:
/// `license`, `tags`, `datasets`, `metrics`. Other keys (`language`, `pipeline_tag`, `model-index`
/// ...) are the card's business and pass silently.
public struct FrontMatterInfo: Sendable, Equatable {
    public var license: String?
    public var tags: [String]
    public var datasets: [String]
    public var metrics: [String]
    /// README line of each top-level key.
    public var lines: [String: Int]

    public init(license: String? = nil, tags: [String] = [], datasets: [String] = [], metrics: [String] = [],
                lines: [String: Int] = [:]) {
        self.license = license
        self.tags = tags
        self.datasets = datasets
        self.metrics = metrics
        self.lines = lines
    }
}

extension ManifestLoader {
    /// Reads front matter with the same safe loader as the manifest. `text` is the YAML between the
    /// `---` lines and `firstLine` the README line of its first line, so every line reported is a
    /// README line. Malformed YAML is a `frontmatter.yaml` error; a value of the wrong type a
    /// `frontmatter.type` warning (Hugging Face rejects such cards, GitHub still renders them).
    public static func frontMatter(text: String, file: String, firstLine: Int) -> (FrontMatterInfo?, [Diagnostic]) {
        let offset = firstLine - 1
        func diagnostic(_ rule: String, _ severity: Severity, _ message: String, _ readmeLine: Int) -> Diagnostic {
            Diagnostic(rule: rule, severity: severity, message: "front matter: " + message, file: file, line: max(1, readmeLine))
        }
        let root: YAMLValue?
        do {
            root = try SafeYAML.loadValue(text, file: file, firstLine: firstLine)
        } catch {
            let problem = error as? InputError ?? InputError("\(error)")
            return (nil, [diagnostic("frontmatter.yaml", .error, problem.message, problem.line ?? firstLine)])
        }
        guard let root else { return (nil, []) }
        guard let mapping = root.pairs else {
            return (nil, [diagnostic("frontmatter.type", .warning,
                                     "must be a mapping of key: value lines, found \(root.userDescription)", root.line + offset)])
        }
        var info = FrontMatterInfo()
        var diagnostics: [Diagnostic] = []
        for pair in mapping {
            guard let key = pair.key.scalarText else { continue }
            info.lines[key] = pair.key.line + offset
            do {
                switch key {
                case "license": info.license = try pair.value.text(key)
                case "tags": info.tags = try names(pair.value, key)
                case "datasets": info.datasets = try names(pair.value, key)
                case "metrics": info.metrics = try names(pair.value, key)
                default: break
                }
            } catch let error as YAMLTypeError {
                diagnostics.append(diagnostic("frontmatter.type", .warning, error.message, error.line + offset))
            } catch {
                diagnostics.append(diagnostic("frontmatter.type", .warning, "\(error)", pair.value.line + offset))
            }
        }
        return (info, diagnostics)
    }

    /// Hugging Face accepts a single name where a list is expected: `datasets: mimic-iv`.
    private static func names(_ node: YAMLValue, _ key: String) throws -> [String] {
        if node.kind == .mapping { throw node.typeError(key, expected: "a list of names") }
        if node.kind != .sequence, let single = try node.text(key) { return [single] }
        return try node.textList(key) ?? []
    }
}
