import Foundation

/// GitHub Actions workflow commands: one annotation per finding
/// (`::error file=F,line=L,col=C,title=RULE::message`), then one notice per project with its score.
/// Escaping follows @actions/core: data escapes % CR LF; properties also escape : and ,.
public struct GitHubReporter: Reporter {
    public init() {}

    public func project(_ result: ProjectResult, index: Int) -> String {
        var out = ""
        for diagnostic in result.diagnostics { out += annotation(ReportText.location(result, diagnostic), diagnostic) }
        return out
    }

    public mutating func end(_ summary: ReportSummary) -> String { joinedEnd(summary) }

    /// The portfolios' annotations, then a notice per project, each written on its own.
    public func end(_ summary: ReportSummary, write: (String) throws -> Void) throws {
        for portfolio in summary.portfolios {
            for diagnostic in portfolio.diagnostics { try write(annotation(portfolio.location(diagnostic), diagnostic)) }
        }
        for project in summary.projects {
            let message = "\(project.path): case-study readiness \(project.total)/100 (\(project.band.label))"
            try write(command("notice", [("title", "caselint score")], message))
        }
        for score in summary.portfolios.compactMap({ summary.score(of: $0) }) {
            let message = "\(score.path ?? ""): portfolio of \(score.projects) projects \(score.total)/100 (\(score.band.label)); "
                + "mean of the projects \(score.mean)/100"
            try write(command("notice", [("title", "caselint portfolio score")], message))
        }
    }

    func annotation(_ location: String, _ diagnostic: Diagnostic) -> String {
        let properties = [
            ("file", location),
            ("line", String(diagnostic.line)),
            ("col", String(diagnostic.column)),
            ("title", diagnostic.rule),
        ]
        return command(Self.command(for: diagnostic.severity), properties, diagnostic.message)
    }

    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    func command(_ name: String, _ properties: [(String, String)], _ message: String) -> String {
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name)\(list.isEmpty ? "" : " " + list)::\(Self.escapeData(message))\n"
    }

    /// The message after `::`. Other control characters become spaces so a log line stays one line.
    public static func escapeData(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(ReportText.isControl(scalar) ? " " : scalar)
            }
        }
        return out
    }

    /// A `key=value` property: also `:` and `,`, which would end the value.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
