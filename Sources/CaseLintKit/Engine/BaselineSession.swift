import Foundation

/// Applies baselines to a run one result at a time, in report order, as a streamed report passes
/// them: each finding is looked up by its file (relative to the baseline's folder) and fingerprint,
/// and an entry absorbs as many findings as its count. Once the run is over, `outcomes` says what
/// each baseline hid and which of its entries matched nothing (entries for projects this run did
/// not lint are neither used nor reported as gone).
///
/// Recording (`--write-baseline`) keeps every finding for the file to write and hides it, as the
/// baseline just written would.
public struct BaselineSession {
    private let override: URL?
    private let recording: Bool
    private var enabled = true
    private var recorder: BaselineRecorder?
    private var recorded = 0
    private var loaded: [URL: Baseline] = [:]
    private var remaining: [URL: [String: Int]] = [:]
    private var scopes: [URL: [URL]] = [:]
    private var order: [URL] = []
    private var resolvers: [URL: BaselinePath.Resolver] = [:]

    /// `override` (`--baseline FILE`) applies to every finding; otherwise each project and
    /// portfolio uses the `baseline:` of its own configuration, if any.
    public init(override: URL? = nil) {
        self.override = override
        recording = false
    }

    /// Records every finding for a baseline file at `url` and hides it.
    public init(recordingTo url: URL) {
        override = url
        recording = true
        recorder = BaselineRecorder(folder: url.deletingLastPathComponent())
    }

    /// Hides nothing, not even what a configuration's `baseline:` lists (`caselint score`: a
    /// baseline hides findings, it never changes a score).
    public static var none: BaselineSession {
        var session = BaselineSession()
        session.enabled = false
        return session
    }

    /// The baseline recorded so far (recording sessions only).
    public var baseline: Baseline? { recorder?.baseline }

    public mutating func filter(_ result: ProjectResult) throws -> ProjectResult {
        var filtered = result
        guard enabled, let url = override ?? result.baseline else { return result }
        filtered.diagnostics = try unmatched(result.diagnostics, in: result.project.root, baseline: url)
        return filtered
    }

    public mutating func filter(_ portfolio: PortfolioResult) throws -> PortfolioResult {
        var filtered = portfolio
        guard enabled, let url = override ?? portfolio.baseline else { return portfolio }
        filtered.diagnostics = try unmatched(portfolio.diagnostics, in: portfolio.root, baseline: url)
        return filtered
    }

    /// The findings the baseline does not absorb.
    private mutating func unmatched(_ diagnostics: [Diagnostic], in root: URL, baseline url: URL) throws -> [Diagnostic] {
        if recording {
            for diagnostic in diagnostics { recorder!.add(diagnostic, in: root) }
            recorded += diagnostics.count
            return []
        }
        if loaded[url] == nil {
            let baseline = try Baseline.load(url, display: BaselinePath.display(url))
            loaded[url] = baseline
            remaining[url] = baseline.entries.reduce(into: [:]) { $0[$1.key, default: 0] += $1.count }
            order.append(url)
        }
        scopes[url, default: []].append(root)
        var paths = resolvers[url] ?? BaselinePath.Resolver(folder: url.deletingLastPathComponent())
        defer { resolvers[url] = paths }
        return diagnostics.filter { diagnostic in
            let key = Baseline.Entry(path: paths.path(of: diagnostic.file, in: root), rule: diagnostic.rule,
                                     fingerprint: diagnostic.fingerprint).key
            guard let left = remaining[url]?[key], left > 0 else { return true }
            remaining[url]![key] = left - 1
            return false
        }
    }

    /// One outcome per baseline used, in the order first used.
    public var outcomes: [BaselineOutcome] {
        if recording, let url = override {
            return [BaselineOutcome(file: BaselinePath.display(url), hidden: recorded, gone: [], folder: url.deletingLastPathComponent())]
        }
        return order.map { url in
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
    }
}

/// Collects findings into baseline entries, merged by file and fingerprint, in the order first seen.
struct BaselineRecorder {
    private var merged: [String: Baseline.Entry] = [:]
    private var order: [String] = []
    private var paths: BaselinePath.Resolver

    init(folder: URL) { paths = BaselinePath.Resolver(folder: folder) }

    mutating func add(_ diagnostic: Diagnostic, in root: URL) {
        let entry = Baseline.Entry(path: paths.path(of: diagnostic.file, in: root), rule: diagnostic.rule,
                                   fingerprint: diagnostic.fingerprint, message: ReportText.singleLine(diagnostic.message))
        if merged[entry.key] == nil {
            merged[entry.key] = entry
            order.append(entry.key)
        } else {
            merged[entry.key]!.count += 1
        }
    }

    var baseline: Baseline { Baseline(entries: order.compactMap { merged[$0] }) }
}
