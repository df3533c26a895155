import Foundation

/// The one name a user types (the last component of the target directory) and every name derived
/// from it. Validated once, up front, so that no derived name (folder, Python package, CI job) can
/// be broken: scaffolders that accept "3 Bad!Name" produce packages that do not import.
public struct ProjectName: Sendable, Equatable {
    /// As typed: the folder name and the project slug (`cxr-triage`).
    public let slug: String
    /// The Python package under `src/` (`cxr_triage`).
    public let packageName: String

    public struct Invalid: Error, Equatable, CustomStringConvertible {
        public var name: String
        public var reason: String
        /// A valid name close to what was typed.
        public var suggestion: String

        public var description: String { "'\(name)' cannot name a project: \(reason)" }
    }

    static let maxLength = 64

    public init(_ name: String) throws {
        let suggestion = Self.suggest(from: name)
        func invalid(_ reason: String) -> Invalid { Invalid(name: name, reason: reason, suggestion: suggestion) }
        guard !name.isEmpty else { throw invalid("the name is empty") }
        guard name.count <= Self.maxLength else { throw invalid("it is longer than \(Self.maxLength) characters") }
        guard name.unicodeScalars.allSatisfy(Self.isAllowed) else {
            throw invalid("use only letters a-z and A-Z, digits, '-' and '_' (the name also becomes a Python package)")
        }
        guard let first = name.unicodeScalars.first, CharacterSet.letters.contains(first) else {
            throw invalid("it must start with a letter (Python packages cannot start with a digit, '-' or '_')")
        }
        let package = name.lowercased().replacingOccurrences(of: "-", with: "_")
        if Self.pythonKeywords.contains(package) {
            throw invalid("'\(package)' is a Python keyword, so the package could not be imported")
        }
        if Self.shadowedModules.contains(package) {
            throw invalid("a package named '\(package)' would hide Python's own '\(package)' module")
        }
        if Self.windowsReserved.contains(package) {
            throw invalid("'\(name)' is a reserved file name on Windows, so the repository could not be cloned there")
        }
        slug = name
        packageName = package
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
    }

    /// Lower case, other characters runs turned into '-', leading non-letters dropped.
    static func suggest(from name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            if isAllowed(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while let first = result.unicodeScalars.first, !CharacterSet.letters.contains(first) { result.removeFirst() }
        while result.hasSuffix("-") || result.hasSuffix("_") { result.removeLast() }
        result = String(result.prefix(maxLength))
        if result.isEmpty { return "my-project" }
        let package = result.replacingOccurrences(of: "-", with: "_")
        if pythonKeywords.contains(package) || shadowedModules.contains(package) || windowsReserved.contains(package) {
            return result + "-project"
        }
        return result
    }

    static let pythonKeywords: Set<String> = [
        "false", "none", "true", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// Standard-library modules a project name plausibly collides with ("statistics", "test").
    static let shadowedModules: Set<String> = [
        "abc", "ast", "asyncio", "collections", "copy", "csv", "dataclasses", "datetime", "decimal", "email", "enum",
        "functools", "glob", "html", "http", "io", "itertools", "json", "logging", "math", "os", "pathlib", "pickle",
        "platform", "queue", "random", "re", "secrets", "select", "shutil", "signal", "site", "socket", "statistics",
        "string", "struct", "subprocess", "sys", "tempfile", "test", "threading", "time", "token", "types", "typing",
        "unittest", "uuid", "warnings", "xml", "zipfile",
    ]

    static let windowsReserved: Set<String> = Set(["con", "prn", "aux", "nul"]
        + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" })
}
