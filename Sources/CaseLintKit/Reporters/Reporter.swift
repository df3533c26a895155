import Foundation

/// Formats a lint report as it streams: `begin` before the first project, `project` for each
/// project in input order as soon as it is linted, `end` with what is left (portfolios, counts,
/// scores as lines, baselines). A reporter keeps only what its `end` needs, never a project's
/// findings, so a run's memory does not grow with the number of projects. Every output format is
/// one type conforming to this, chosen by name.
public protocol Reporter {
    /// What comes before the first project.
    mutating func begin(_ ruleSet: RuleSet) -> String
    /// One project's part of the report; `index` counts from 0 in input order.
    mutating func project(_ result: ProjectResult, index: Int) -> String
    /// `project(_:index:)` as UTF-8 bytes, from a reporter that writes bytes (JSON); nil from the
    /// others. Made a `String`, the bytes were checked as UTF-8 again and then copied back to bytes.
    mutating func projectBytes(_ result: ProjectResult, index: Int) -> [UInt8]?
    /// Everything after the last project.
    mutating func end(_ summary: ReportSummary) -> String
    /// The same text as `end(_:)`, handed to `write` in pieces: a report whose end lists every
    /// project (a score per project) writes it line by line rather than as one string.
    mutating func end(_ summary: ReportSummary, write: (String) throws -> Void) throws
}

extension Reporter {
    public mutating func begin(_ ruleSet: RuleSet) -> String { "" }
    public mutating func project(_ result: ProjectResult, index: Int) -> String { "" }
    public mutating func projectBytes(_ result: ProjectResult, index: Int) -> [UInt8]? { nil }
    public mutating func end(_ summary: ReportSummary, write: (String) throws -> Void) throws { try write(end(summary)) }

    /// `end(_:)` for a reporter that writes its end in pieces: the pieces joined.
    mutating func joinedEnd(_ summary: ReportSummary) -> String {
        var out = ""
        try? end(summary) { out += $0 }   // appending to a string throws nothing
        return out
    }

    /// The whole report at once, for a report held in memory: the same bytes as streaming it.
    public func render(_ report: LintReport) -> String {
        var reporter = self
        var out = reporter.begin(report.ruleSet)
        for (index, result) in report.projects.enumerated() { out += reporter.project(result, index: index) }
        return out + reporter.end(report.summary)
    }
}

public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, markdown, html, badge, shields

    /// `text` means findings for `lint` and the score card for `score`; `json` for `score` adds each
    /// rule's outcome and credit (what the total is made of); every other format is the same for both.
    public func reporter(color: Bool = false, scoreCard: Bool = false) -> any Reporter {
        switch self {
        case .text: return scoreCard ? ScoreTextReporter(color: color) : TextReporter(color: color)
        case .json: return JSONReporter(ruleBreakdown: scoreCard)
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .markdown: return MarkdownReporter()
        case .html: return HTMLReporter()
        case .badge: return BadgeReporter()
        case .shields: return ShieldsReporter()
        }
    }
}
