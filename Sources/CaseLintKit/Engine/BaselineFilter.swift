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

/// Hides the findings a baseline accepts. Each finding is looked up by its file (relative to the
/// baseline's folder) and fingerprint; an entry absorbs as many findings as its count. Entries
/// for projects this run did not lint are neither used nor reported as gone.
public enum BaselineFilter {
    /// `override` (`--baseline FILE`) applies to every finding; otherwise each project and
    /// portfolio uses the `baseline:` of its own configuration, if any.
    public static func apply(to report: LintReport, override: URL? = nil) throws -> LintReport {
        var filtered = report
        var loaded: [URL: Baseline] = [:]
        var remaining: [URL: [String: Int]] = [:]
        var scopes: [URL: [URL]] = [:]
        var order: [URL] = []
        func use(_ url: URL, scope: [URL]) throws {
            if loaded[url] == nil {
                let baseline = try Baseline.load(url, display: BaselinePath.display(url))
                loaded[url] = baseline
                remaining[url] = baseline.entries.reduce(into: [:]) { $0[$1.key, default: 0] += $1.count }
                order.append(url)
            }
            scopes[url, default: []].append(contentsOf: scope)
        }
        var resolvers: [URL: BaselinePath.Resolver] = [:]
        /// The findings the baseline does not absorb.
        func unmatched(_ diagnostics: [Diagnostic], in root: URL, baseline: URL) -> [Diagnostic] {
            var paths = resolvers[baseline] ?? BaselinePath.Resolver(folder: baseline.deletingLastPathComponent())
            defer { resolvers[baseline] = paths }
            return diagnostics.filter { diagnostic in
                let key = Baseline.Entry(path: paths.path(of: diagnostic.file, in: root), rule: diagnostic.rule,
                                         fingerprint: diagnostic.fingerprint).key
                guard let left = remaining[baseline]?[key], left > 0 else { return true }
                remaining[baseline]![key] = left - 1
                return false
            }
        }
        for index in filtered.projects.indices {
            let result = filtered.projects[index]
            guard let url = override ?? result.baseline else { continue }
            try use(url, scope: [result.project.root])
            filtered.projects[index].diagnostics = unmatched(result.diagnostics, in: result.project.root, baseline: url)
        }
        for index in filtered.portfolios.indices {
            let portfolio = filtered.portfolios[index]
            guard let url = override ?? portfolio.baseline else { continue }
            try use(url, scope: [portfolio.root])
            filtered.portfolios[index].diagnostics = unmatched(portfolio.diagnostics, in: portfolio.root, baseline: url)
        }
        filtered.baselines = order.map { url in
            let baseline = loaded[url]!
            let folder = url.deletingLastPathComponent()
            let roots = scopes[url, default: []].map { BaselinePath.canonical($0).path }
            var gone: [Baseline.Entry] = []
            var seen: Set<String> = []
            for entry in baseline.entries where seen.insert(entry.key).inserted {
                guard let left = remaining[url]?[entry.key], left > 0 else { continue }
                let file = BaselinePath.canonical(folder.appendingPathComponent(entry.path)).path
                guard roots.contains(where: { file == $0 || file.hasPrefix($0 + "/") }) else { continue }
                var leftover = entry
                leftover.count = left
                gone.append(leftover)
            }
            return BaselineOutcome(file: BaselinePath.display(url), hidden: baseline.findingCount - remaining[url]!.values.reduce(0, +),
                                   gone: gone, folder: folder)
        }
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
