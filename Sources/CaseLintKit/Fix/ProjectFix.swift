import Foundation

/// One file `caselint fix` changes or creates, before and after, byte for byte.
public struct FileChange: Sendable {
    /// The file's name in the project (`README.md`, `case-study.yaml`).
    public var path: String
    /// The path to show (`Examples/p/README.md`).
    public var display: String
    /// Nil when the fix creates the file.
    public var original: [UInt8]?
    public var fixed: [UInt8]
}

/// What `caselint fix` would do, or did, to one project.
public struct ProjectFix: Sendable {
    public var project: Project
    public var changes: [FileChange]
    /// Each change, with the rule it serves and its line in the fixed file.
    public var applied: [AppliedFix]
    /// Why a fix that a finding calls for was not made (a README behind a link, an insertion the
    /// detector would not count), so that nothing is silently skipped.
    public var notes: [String]
    /// The lint before fixing, and of the fixed files (in memory until written).
    public var before: ProjectResult
    public var after: ProjectResult

    public var changesFiles: Bool { !changes.isEmpty }

    /// Findings of `before` that `after` no longer has. Lines move when text is added, so findings
    /// are matched by rule, file and message, each used once.
    public var fixed: [Diagnostic] {
        var remaining: [String: Int] = [:]
        for diagnostic in after.diagnostics { remaining[Self.key(diagnostic), default: 0] += 1 }
        return before.diagnostics.filter { diagnostic in
            let key = Self.key(diagnostic)
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }

    static func key(_ diagnostic: Diagnostic) -> String { "\(diagnostic.rule)\u{1F}\(diagnostic.file)\u{1F}\(diagnostic.message)" }
}
