import Foundation

/// SARIF 2.1.0 for code scanning (GitHub and other SARIF viewers): every rule with its help text,
/// every finding with a physical location, levels mapped from severity. Paths stay relative to the
/// checkout (`%SRCROOT%`) so the file is the same on every machine.
public struct SARIFReporter: Reporter {
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// Rule index by id, from `begin`.
    var ruleIndex: [String: Int] = [:]
    /// Equal fingerprints at one location are numbered in report order (GitHub would merge them
    /// otherwise). A project's own files are its alone, so their counts are dropped after it; files
    /// outside it (a configuration shared by a folder of projects, `../.caselint.yml`) keep theirs.
    var occurrences: [String: Int] = [:]
    var sharedOccurrences: [String: Int] = [:]
    var written = 0
    var stream: JSONStream?

    public init() {}

    public mutating func begin(_ ruleSet: RuleSet) -> String {
        let descriptors = Self.descriptors(ruleSet)
        ruleIndex = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1.id, $0) })
        let driver: JSONValue = .object([
            ("name", .string("caselint")),
            ("version", .string(CaseLint.version)),
            ("semanticVersion", .string(CaseLint.version)),
            ("rules", .array(descriptors.map(\.json))),
        ])
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("results", JSONStream.hole("results")),
            ("properties", JSONStream.hole("properties")),
        ])
        let log: JSONValue = .object([("$schema", .string(Self.schema)), ("version", .string("2.1.0")), ("runs", .array([run]))])
        let stream = JSONStream(log, array: "results", level: 3)
        self.stream = stream
        return stream.opening
    }

    public mutating func project(_ result: ProjectResult, index: Int) -> String {
        var out = ""
        occurrences = [:]
        for diagnostic in result.diagnostics { out += add(diagnostic, at: ReportText.location(result, diagnostic)) }
        return out
    }

    public mutating func end(_ summary: ReportSummary) -> String { joinedEnd(summary) }

    /// The portfolios' findings, then the properties: a score per project, each written on its own.
    public mutating func end(_ summary: ReportSummary, write: (String) throws -> Void) throws {
        occurrences = [:]
        for portfolio in summary.portfolios {
            for diagnostic in portfolio.diagnostics {
                try write(add(diagnostic, at: portfolio.location(diagnostic), folder: diagnostic.file.isEmpty))
            }
        }
        try stream!.close(count: written, write: write) { hole in
            if hole == "properties" { try properties(summary, write: write) }
        }
        try write("\n")
    }

    /// `{scores: [{path, score, band}, ...], portfolios: [...]}` at level 3, the scores streamed.
    func properties(_ summary: ReportSummary, write: (String) throws -> Void) throws {
        let portfolios = summary.portfolios.compactMap { summary.score(of: $0) }.map { score in
            JSONValue.object([("path", .string(score.path ?? "")), ("score", .number(Double(score.total))),
                              ("band", .string(score.band.rawValue)), ("mean", .number(Double(score.mean)))])
        }
        let skeleton = JSONValue.object([("scores", JSONStream.hole("scores"))]
                                         + (portfolios.isEmpty ? [] : [("portfolios", .array(portfolios))]))
        let stream = JSONStream(skeleton, array: "scores", level: 4, indent: 3)
        try write(stream.opening)
        for (index, project) in summary.projects.enumerated() {
            try write(stream.item(.object([("path", .string(project.path)), ("score", .number(Double(project.total))),
                                           ("band", .string(project.band.rawValue))]), index: index))
        }
        try write(stream.closing(count: summary.projects.count))
    }

    mutating func add(_ diagnostic: Diagnostic, at location: String, folder: Bool = false) -> String {
        let key = location + "\u{0}" + diagnostic.fingerprint
        let shared = diagnostic.file.hasPrefix("../")
        let seen = ((shared ? sharedOccurrences[key] : occurrences[key]) ?? 0) + 1
        if shared { sharedOccurrences[key] = seen } else { occurrences[key] = seen }
        defer { written += 1 }
        return stream!.item(result(diagnostic, at: location, folder: folder, ruleIndex: ruleIndex[diagnostic.rule],
                                   fingerprint: "\(diagnostic.fingerprint):\(seen)"), index: written)
    }

    /// One result. `folder`: the finding is about a folder (a portfolio as a whole), whose URI ends in `/`.
    /// `ruleIndex` is left out for an id no descriptor lists (a rule id made up by a caller), rather
    /// than pointing at the wrong rule.
    func result(_ diagnostic: Diagnostic, at path: String, folder: Bool, ruleIndex: Int?, fingerprint: String) -> JSONValue {
        let location: JSONValue = .object([
            ("physicalLocation", .object([
                ("artifactLocation", Self.artifactLocation(folder && !path.hasSuffix("/") ? path + "/" : path)),
                ("region", .object([
                    ("startLine", .number(Double(max(diagnostic.line, 1)))),
                    ("startColumn", .number(Double(max(diagnostic.column, 1)))),
                ])),
            ])),
        ])
        return .object([("ruleId", .string(diagnostic.rule))] + (ruleIndex.map { [("ruleIndex", .number(Double($0)))] } ?? []) + [
            ("level", .string(Self.level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([location])),
            ("partialFingerprints", .object([(FindingFingerprint.sarifKey, .string(fingerprint))])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A relative path becomes a URI reference against the checkout; an absolute one a file: URI.
    static func artifactLocation(_ path: String) -> JSONValue {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;?#[]@!$&'()*+,=")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        if path.hasPrefix("/") { return .object([("uri", .string("file://" + encoded))]) }
        let relative = encoded.hasPrefix("./") ? String(encoded.dropFirst(2)) : encoded
        return .object([("uri", .string(relative)), ("uriBaseId", .string("%SRCROOT%"))])
    }
}
