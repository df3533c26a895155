import Foundation

/// The JSON report's `portfolios`: each folder linted as a portfolio with its members, its own
/// findings and its score. A folder of thousands of projects lists thousands of members, so they
/// are written one by one as the report ends.
extension JSONReporter {
    /// `[{path, projects, diagnostics, score}, ...]` at level 1, each member and finding written on its own.
    func portfolios(_ summary: ReportSummary, write: (String) throws -> Void) throws {
        guard !summary.portfolios.isEmpty else { return try write("[]") }
        try write("[")
        for (index, result) in summary.portfolios.enumerated() {
            try write((index > 0 ? "," : "") + "\n" + String(repeating: "  ", count: 2))
            let skeleton = portfolio(result, projects: JSONStream.hole("projects"), diagnostics: JSONStream.hole("diagnostics"),
                                     score: JSONStream.hole("score"))
            let stream = JSONStream(skeleton, array: "projects", level: 3, indent: 2)
            try write(stream.opening)
            var members = 0
            try summary.forEachMember(of: result) { path in
                try write(stream.item(.string(path), index: members))
                members += 1
            }
            try stream.close(count: members, write: write) { hole in
                var out = JSONWriter(indent: 3)
                if hole == "diagnostics" {
                    out.beginArray()
                    for diagnostic in result.diagnostics { Self.diagnostic(diagnostic, into: &out) }
                    out.endArray()
                } else if hole == "score" {
                    Self.portfolioScore(summary.score(of: result), into: &out)
                }
                try write(out.text)
            }
        }
        try write("\n  ]")
    }

    /// `{tool, projects: [...], portfolios: [...], summary: {...}}`, projects written as they come.
    static let stream = JSONStream(.object([
        ("tool", .object([("name", .string("caselint")), ("version", .string(CaseLint.version))])),
        ("projects", JSONStream.hole("projects")),
        ("portfolios", JSONStream.hole("portfolios")),
        ("summary", JSONStream.hole("summary")),
    ]), array: "projects", level: 1)

    /// A folder linted as a portfolio: its members, its own findings (files relative to the
    /// folder; an empty file is the folder) and its score, each a hole filled as the report ends.
    func portfolio(_ result: PortfolioResult, projects: JSONValue, diagnostics: JSONValue, score: JSONValue) -> JSONValue {
        .object([("path", .string(result.path)), ("projects", projects), ("diagnostics", diagnostics), ("score", score)])
    }

    /// `{total, band, mean, weakest: {path, total}, categories, actions}`; the categories and actions
    /// are the portfolio rules' (points of the portfolio total). `null` for a portfolio without one.
    static func portfolioScore(_ score: PortfolioScore?, into out: inout JSONWriter) {
        guard let score else { return out.null() }
        out.beginObject()
        out.key("total"); out.number(score.total)
        out.key("band"); out.string(score.band.rawValue)
        out.key("mean"); out.number(score.mean)
        out.key("weakest")
        out.beginObject()
        out.key("path"); out.string(score.weakestPath)
        out.key("total"); out.number(score.weakestTotal)
        out.endObject()
        out.key("categories"); categories(score.coherence?.categories ?? [], into: &out)
        out.key("actions"); actions(score.actions, into: &out)
        out.endObject()
    }
}
