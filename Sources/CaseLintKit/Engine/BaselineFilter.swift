import Foundation

/// What one baseline file did to a run: how many findings it hid, and which of its entries
/// matched nothing any more (fixed, or edited beyond recognition), so the file can be refreshed.
public struct BaselineOutcome: Sendable {
    /// The baseline file as the user would type it.
    public var file: String
    public var hidden: Int
    /// Entries (with the count left over) that no finding matched, among the projects linted.
    public var gone: [Baseline.Entry]
    /// The folder the entries' paths are relative to.
    public var folder: URL

    /// Where a gone entry's file is, as a reader finds it from the working directory.
    public func location(_ entry: Baseline.Entry) -> String {
        BaselinePath.display(folder.appendingPathComponent(entry.path))
    }
}

/// Hides the findings a baseline accepts, for a report held in memory; a streamed report uses
/// `BaselineSession` directly, one result at a time.
public enum BaselineFilter {
    /// `override` (`--baseline FILE`) applies to every finding; otherwise each project and
    /// portfolio uses the `baseline:` of its own configuration, if any.
    public static func apply(to report: LintReport, override: URL? = nil) throws -> LintReport {
        var session = BaselineSession(override: override)
        var filtered = report
        filtered.projects = try report.projects.map { try session.filter($0) }
        filtered.portfolios = try report.portfolios.map { try session.filter($0) }
        filtered.baselines = session.outcomes
        return filtered
    }
}

/// Paths in a baseline: relative to its folder, `/`-separated, the same from any working directory.
enum BaselinePath {
    /// Absolute, with `.`, `..` and links resolved, so that two spellings of one file compare equal.
    static func canonical(_ url: URL) -> URL {
        url.standardizedFileURL.resolvingSymlinksInPath()
    }

    static func relative(_ file: URL, to folder: URL) -> String {
        let target = canonical(file).pathComponents
        let base = canonical(folder).pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let parts = Array(repeating: "..", count: base.count - common) + target[common...]
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Paths of findings' files relative to one baseline folder; each project root is resolved once.
    struct Resolver {
        let folder: URL
        private var roots: [URL: String] = [:]

        init(folder: URL) { self.folder = folder }

        /// `file` is relative to `root` (empty for the root itself, `../.caselint.yml` for a shared configuration).
        mutating func path(of file: String, in root: URL) -> String {
            let base: String
            if let known = roots[root] {
                base = known
            } else {
                base = relative(root, to: folder)
                roots[root] = base
            }
            return normalise(base == "." ? file : base + "/" + file)
        }
    }

    /// `a/./b/../c/` is `a/c`; leading `..` are kept; nothing left is `.`.
    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// A file as the user would type it from the working directory.
    static func display(_ url: URL) -> String {
        let path = relative(url, to: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return path.hasPrefix("../../") ? canonical(url).path : path
    }
}
