import Foundation

/// The scores of one run: read back from a JSON report (`caselint lint --format json` and
/// `caselint score --format json` write the same report), or taken from a report just linted.
/// `score --compare` puts the base branch's snapshot beside the pull request's.
public struct ScoreSnapshot: Sendable, Equatable {
    public struct Category: Sendable, Equatable {
        public var id: String
        public var title: String
        /// 0-100, nil when nothing in the category applied.
        public var score: Int?
    }

    public struct Entry: Sendable, Equatable {
        public var path: String
        public var total: Int
        public var categories: [Category]
    }

    public var projects: [Entry]
    /// Folders linted as portfolios; a report written before portfolios existed has none.
    public var portfolios: [Entry]

    public init(projects: [Entry], portfolios: [Entry] = []) {
        self.projects = projects
        self.portfolios = portfolios
    }

    public init(report: LintReport) {
        projects = zip(report.projects, report.scores).map { result, score in
            Entry(path: result.project.path, total: score.total, categories: score.categories.map {
                Category(id: $0.category.id, title: $0.category.title, score: $0.percent)
            })
        }
        portfolios = report.portfolios.compactMap { portfolio in
            report.score(of: portfolio).map { score in
                Entry(path: portfolio.path, total: score.total, categories: (score.coherence?.categories ?? []).map {
                    Category(id: $0.category.id, title: $0.category.title, score: $0.percent)
                })
            }
        }
    }

    /// Reads a caselint JSON report; anything else is an `InputError` that says what to pass instead.
    public static func load(_ path: String) throws -> ScoreSnapshot {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InputError(file: path, "cannot read the base report: write it on the base branch with caselint score --format json --output \(path)")
        }
        return try parse(data, file: path)
    }

    static let hint = "--compare reads the JSON report of the base branch, written by caselint score --format json (or lint --format json)"

    public static func parse(_ data: Data, file: String) throws -> ScoreSnapshot {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw InputError(file: file, line: errorLine(error, in: data), "is not valid JSON; \(hint)")
        }
        guard let root = object as? [String: Any] else { throw InputError(file: file, line: 1, "is not a caselint report (a JSON object); \(hint)") }
        if root["runs"] != nil || (root["$schema"] as? String)?.contains("sarif") == true {
            throw InputError(file: file, "is a SARIF log, not caselint's JSON report; \(hint)")
        }
        guard (root["tool"] as? [String: Any])?["name"] as? String == "caselint", let projects = root["projects"] as? [[String: Any]] else {
            throw InputError(file: file, "is not a caselint JSON report (it has no tool.name \"caselint\" and projects list); \(hint)")
        }
        func entries(_ items: [[String: Any]], kind: String) throws -> [Entry] {
            try items.enumerated().map { index, item in
                guard let path = item["path"] as? String, let score = item["score"] as? [String: Any],
                      let total = (score["total"] as? NSNumber)?.intValue else {
                    throw InputError(file: file, "\(kind)[\(index + 1)] has no path and score.total; \(hint)")
                }
                let table = score["categories"] as? [String: Any] ?? [:]
                // JSONSerialization forgets key order: categories come back in their id order.
                let categories = table.keys.sorted().compactMap { id -> Category? in
                    guard let category = table[id] as? [String: Any] else { return nil }
                    return Category(id: id, title: category["title"] as? String ?? id, score: (category["score"] as? NSNumber)?.intValue)
                }
                return Entry(path: path, total: total, categories: categories)
            }
        }
        return ScoreSnapshot(projects: try entries(projects, kind: "projects"),
                             portfolios: try entries(root["portfolios"] as? [[String: Any]] ?? [], kind: "portfolios"))
    }

    /// Foundation names a character offset ("around character 812"); people read lines.
    static func errorLine(_ error: Error, in data: Data) -> Int? {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        guard let range = text.range(of: #"character (\d+)"#, options: .regularExpression),
              let offset = Int(text[range].dropFirst("character ".count)) else { return nil }
        return 1 + data.prefix(offset).filter { $0 == 0x0A }.count
    }
}
