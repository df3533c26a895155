import Foundation

/// One template file as stored: its path inside the blueprint folder (may hold `{{variables}}`),
/// its Mustache text, and where it came from, for error messages.
public struct TemplateFile: Sendable, Equatable {
    public var path: String
    public var text: String
    /// `templates/imaging-triage/README.md` for a built-in file, the disk path for `--templates`.
    public var origin: String

    public init(path: String, text: String, origin: String) {
        self.path = path
        self.text = text
        self.origin = origin
    }
}

/// A value of a blueprint variable: text, or a yes/no flag for `{{#flag}}` sections.
public enum BlueprintValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)

    var mustacheValue: Any {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag
        }
    }
}

/// A domain blueprint for `caselint new`: `templates/<id>/blueprint.yml` plus the files beside it.
public struct Blueprint: Sendable {
    public var id: String
    /// One of `Configuration.domains`; written to the project's `.caselint.yml`.
    public var domain: String
    public var title: String
    /// One line, for `caselint new --list`.
    public var description: String
    /// Defaults, in the order written; `--title`, `--author` and `--year` override theirs.
    public var variables: [(name: String, value: BlueprintValue)]
    /// The three things to do after scaffolding, printed on success (Mustache, like the files).
    public var nextSteps: [String]
    /// Whether the shared files in `templates/_common/` are added (the blueprint's own win).
    public var usesCommon: Bool
    public var files: [TemplateFile]
    /// `built-in` or the `--templates` folder it was read from.
    public var source: String

    public init(id: String, domain: String, title: String, description: String,
                variables: [(name: String, value: BlueprintValue)] = [], nextSteps: [String] = [],
                usesCommon: Bool = true, files: [TemplateFile] = [], source: String = "built-in") {
        self.id = id
        self.domain = domain
        self.title = title
        self.description = description
        self.variables = variables
        self.nextSteps = nextSteps
        self.usesCommon = usesCommon
        self.files = files
        self.source = source
    }

    public func variable(_ name: String) -> BlueprintValue? {
        variables.first { $0.name == name }?.value
    }

    /// Ids name folders and appear in commands: lower-case words joined by '-'.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), id.count <= 64 else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
