import Foundation

/// `caselint score --compare BASE.json`: each project's score on the base branch and now, the
/// change per category, and the gate a pull request must pass. A project fails when its score
/// drops by more than `maxDrop` points or ends below its minimum (`--min-score`, else the
/// project's `min_score`). Projects are matched by path; a new one is judged by the minimum only,
/// a removed one never fails. Portfolios are compared too, for information: the gate is per project.
public struct ScoreComparison: Sendable, Equatable {
    public enum Status: String, Sendable {
        case improved, dropped, unchanged, new, removed
    }

    public struct CategoryChange: Sendable, Equatable {
        public var id: String
        public var title: String
        public var before: Int?
        public var after: Int?

        public var change: Int? { before.flatMap { b in after.map { $0 - b } } }
    }

    public struct Change: Sendable, Equatable {
        public var path: String
        public var before: Int?
        public var after: Int?
        public var categories: [CategoryChange]
        /// Why the project fails the gate; empty when it passes.
        public var failures: [String]

        public var change: Int? { before.flatMap { b in after.map { $0 - b } } }
        public var fails: Bool { !failures.isEmpty }

        public var status: Status {
            switch (before, after) {
            case (nil, _): return .new
            case (_, nil): return .removed
            case let (before?, after?): return after > before ? .improved : after < before ? .dropped : .unchanged
            }
        }
    }

    /// The base report as the user named it.
    public var base: String
    public var maxDrop: Int
    public var minScore: Int?
    public var projects: [Change]
    public var portfolios: [Change]

    public var failed: Bool { projects.contains(where: \.fails) }

    /// `minimums`: each project's own `min_score`, used when `minScore` (the command line's) is nil.
    public init(base: ScoreSnapshot, head: ScoreSnapshot, baseFile: String, maxDrop: Int = 0, minScore: Int? = nil,
                minimums: [String: Int] = [:]) {
        self.base = baseFile
        self.maxDrop = maxDrop
        self.minScore = minScore
        projects = Self.pair(base.projects, head.projects).map { before, after in
            var change = Self.change(before, after)
            if let drop = change.change.map({ -$0 }), drop > maxDrop {
                change.failures.append("dropped \(drop) point\(drop == 1 ? "" : "s"), more than the \(maxDrop) allowed (--max-drop)")
            }
            if let after = change.after, let minimum = minScore ?? minimums[change.path], after < minimum {
                change.failures.append("\(after) is below the minimum of \(minimum)")
            }
            return change
        }
        portfolios = Self.pair(base.portfolios, head.portfolios).map { Self.change($0, $1) }
    }

    /// Every path of the head in its order, then the paths only the base has.
    static func pair(_ base: [ScoreSnapshot.Entry], _ head: [ScoreSnapshot.Entry]) -> [(ScoreSnapshot.Entry?, ScoreSnapshot.Entry?)] {
        let before = Dictionary(base.map { (key(of: $0.path), $0) }, uniquingKeysWith: { first, _ in first })
        let headKeys = Set(head.map { key(of: $0.path) })
        return head.map { (before[key(of: $0.path)], $0) } + base.filter { !headKeys.contains(key(of: $0.path)) }.map { ($0, nil) }
    }

    /// `./Examples/a/` and `Examples/a` are one project.
    static func key(of path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }

    static func change(_ before: ScoreSnapshot.Entry?, _ after: ScoreSnapshot.Entry?) -> Change {
        var categories: [CategoryChange] = []
        for category in after?.categories ?? [] {
            let old = before?.categories.first { $0.id == category.id }
            categories.append(CategoryChange(id: category.id, title: category.title, before: old?.score, after: category.score))
        }
        for category in before?.categories ?? [] where !categories.contains(where: { $0.id == category.id }) {
            categories.append(CategoryChange(id: category.id, title: category.title, before: category.score, after: nil))
        }
        return Change(path: after?.path ?? before?.path ?? "", before: before?.total, after: after?.total,
                      categories: categories, failures: [])
    }

    /// "+3", "-7", "±0".
    public static func signed(_ change: Int) -> String {
        change > 0 ? "+\(change)" : change < 0 ? "\(change)" : "±0"
    }

    /// The gate in words, for the report's first line.
    public var rule: String {
        var text = "a drop of more than \(maxDrop) point\(maxDrop == 1 ? "" : "s")"
        if let minScore { text += " or a score below \(minScore)" }
        return text
    }
}
