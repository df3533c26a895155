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
            let skeleton = portfolio(result, score: summary.score(of: result), projects: JSONStream.hole("projects"),
                                     diagnostics: JSONStream.hole("diagnostics"))
            let stream = JSONStream(skeleton, array: "projects", level: 3, indent: 2)
            try write(stream.opening)
            var members = 0
            try summary.forEachMember(of: result) { path in
                try write(stream.item(.string(path), index: members))
                members += 1
            }
            try stream.close(count: members, write: write) { hole in
                guard hole == "diagnostics" else { return }
                try write(JSONStream.array(result.diagnostics, level: 3) { diagnostic, level in
                    Self.diagnostic(diagnostic).serialized(indent: level)
                })
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
    /// folder; an empty file is the folder) and its score.
    /// - projects, diagnostics: holes, when the members and findings are written one by one.
    func portfolio(_ result: PortfolioResult, score: PortfolioScore?, projects: JSONValue? = nil, diagnostics: JSONValue? = nil) -> JSONValue {
        .object([
            ("path", .string(result.path)),
            ("projects", projects ?? .array(result.members.map(JSONValue.string))),
            ("diagnostics", diagnostics ?? .array(result.diagnostics.map(Self.diagnostic))),
            ("score", score.map(Self.portfolioScore) ?? .null),
        ])
    }

    /// `{total, band, mean, weakest: {path, total}, categories, actions}`; the categories and actions
    /// are the portfolio rules' (points of the portfolio total).
    static func portfolioScore(_ score: PortfolioScore) -> JSONValue {
        .object([
            ("total", .number(Double(score.total))),
            ("band", .string(score.band.rawValue)),
            ("mean", .number(Double(score.mean))),
            ("weakest", .object([("path", .string(score.weakestPath)), ("total", .number(Double(score.weakestTotal)))])),
            ("categories", categories(score.coherence?.categories ?? [])),
            ("actions", actions(score.actions)),
        ])
    }
}
