import Foundation

/// What `caselint fix` tells the user: each change with its file, line and rule; the findings it
/// fixed (at their lines before the fix); the findings that remain (at their lines after it),
/// in the compiler-style form of `lint`; and a one-line summary.
public struct FixReportText: Sendable {
    /// `write`: the files were changed; `dryRun`: what would change; `diff`: the summary for a diff.
    public enum Mode: Sendable {
        case write, dryRun, diff
    }

    public var mode: Mode
    public var color: Bool

    public init(mode: Mode, color: Bool = false) {
        self.mode = mode
        self.color = color
    }

    var done: Bool { mode == .write }

    public func render(_ fixes: [ProjectFix]) -> String {
        let lines = TextReporter(color: color)
        var out = ""
        for fix in fixes {
            for applied in fix.applied {
                let path = ReportText.singleLine(ProjectScanner.join(fix.project.path, applied.file))
                out += "\(path):\(applied.line): \(applied.summary(done: done)) [\(applied.rule)]\n"
            }
            for note in fix.notes { out += "note: \(ReportText.singleLine(note))\n" }
        }
        let fixed = fixes.flatMap { fix in fix.fixed.map { (fix.before, $0) } }
        if !fixed.isEmpty {
            out += "\n\(done ? "Fixed" : "Would fix") (\(fixed.count)):\n"
            for (result, diagnostic) in fixed { out += lines.line(result, diagnostic) }
        }
        let remaining = fixes.flatMap { fix in fix.after.diagnostics.map { (fix.after, $0) } }
        if !remaining.isEmpty {
            out += "\n\(done ? "Remaining" : "Would remain") (\(remaining.count)):\n"
            for (result, diagnostic) in remaining { out += lines.line(result, diagnostic) }
        }
        return out + (out.isEmpty ? "" : "\n") + summary(fixes)
    }

    /// "2 projects: 3 files changed; 7 findings fixed, 12 remain (2 errors, 9 warnings, 1 info)".
    public func summary(_ fixes: [ProjectFix]) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        let files = fixes.reduce(0) { $0 + $1.changes.count }
        let fixed = fixes.reduce(0) { $0 + $1.fixed.count }
        let after = fixes.map(\.after)
        let counts = [Severity.error, .warning, .info].map { severity in
            plural(after.reduce(0) { $0 + $1.count(severity) }, severity.rawValue)
        }.joined(separator: ", ")
        let remaining = after.reduce(0) { $0 + $1.diagnostics.count }
        let changed: String
        let outcome: String
        if done {
            changed = files == 0 ? "nothing to fix" : "\(plural(files, "file")) changed"
            outcome = "\(plural(fixed, "finding")) fixed, \(remaining) remain"
        } else {
            changed = files == 0 ? "nothing to fix" : "\(plural(files, "file")) would change"
            outcome = "\(plural(fixed, "finding")) would be fixed, \(remaining) would remain"
        }
        let written = mode == .write || files == 0 ? "" : "; nothing was written"
        return "\(plural(fixes.count, "project")): \(changed); \(outcome) (\(counts))\(written)\n"
    }
}
