import Foundation

/// SARIF 2.1.0 for code scanning (GitHub and other SARIF viewers): every rule with its help text,
/// every finding with a physical location, levels mapped from severity. Paths stay relative to the
/// checkout (`%SRCROOT%`) so the file is the same on every machine.
public struct SARIFReporter: Reporter {
    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    public init() {}

    public func render(_ report: LintReport) -> String {
        let descriptors = Self.descriptors(report)
        let index = Dictionary(uniqueKeysWithValues: descriptors.enumerated().map { ($1.id, $0) })
        var results: [JSONValue] = []
        var occurrences: [String: Int] = [:]
        func add(_ diagnostic: Diagnostic, at location: String, folder: Bool = false) {
            // Equal fingerprints in one file are numbered in file order, as GitHub would merge them otherwise.
            let fingerprint = diagnostic.fingerprint
            let seen = (occurrences[location + "\u{0}" + fingerprint] ?? 0) + 1
            occurrences[location + "\u{0}" + fingerprint] = seen
            results.append(self.result(diagnostic, at: location, folder: folder, ruleIndex: index[diagnostic.rule] ?? 0,
                                       fingerprint: "\(fingerprint):\(seen)"))
        }
        for result in report.projects {
            for diagnostic in result.diagnostics { add(diagnostic, at: ReportText.location(result, diagnostic)) }
        }
        for portfolio in report.portfolios {
            for diagnostic in portfolio.diagnostics {
                add(diagnostic, at: portfolio.location(diagnostic), folder: diagnostic.file.isEmpty)
            }
        }
        let scores = zip(report.projects, report.scores).map { result, score in
            JSONValue.object([("path", .string(result.project.path)), ("score", .number(Double(score.total))),
                              ("band", .string(score.band.rawValue))])
        }
        let portfolios = report.portfolios.compactMap { report.score(of: $0) }.map { score in
            JSONValue.object([("path", .string(score.path ?? "")), ("score", .number(Double(score.total))),
                              ("band", .string(score.band.rawValue)), ("mean", .number(Double(score.mean)))])
        }
        let driver: JSONValue = .object([
            ("name", .string("caselint")),
            ("version", .string(CaseLint.version)),
            ("semanticVersion", .string(CaseLint.version)),
            ("rules", .array(descriptors.map(\.json))),
        ])
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("results", .array(results)),
            ("properties", .object([("scores", .array(scores))] + (portfolios.isEmpty ? [] : [("portfolios", .array(portfolios))]))),
        ])
        let log: JSONValue = .object([("$schema", .string(Self.schema)), ("version", .string("2.1.0")), ("runs", .array([run]))])
        return log.serialized() + "\n"
    }

    /// One result. `folder`: the finding is about a folder (a portfolio as a whole), whose URI ends in `/`.
    func result(_ diagnostic: Diagnostic, at path: String, folder: Bool, ruleIndex: Int, fingerprint: String) -> JSONValue {
        let location: JSONValue = .object([
            ("physicalLocation", .object([
                ("artifactLocation", Self.artifactLocation(folder && !path.hasSuffix("/") ? path + "/" : path)),
                ("region", .object([
                    ("startLine", .number(Double(max(diagnostic.line, 1)))),
                    ("startColumn", .number(Double(max(diagnostic.column, 1)))),
                ])),
            ])),
        ])
        return .object([
            ("ruleId", .string(diagnostic.rule)),
            ("ruleIndex", .number(Double(ruleIndex))),
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
