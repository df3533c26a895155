import Foundation

/// Formats a lint report. Every output format is one type conforming to this, chosen by name;
/// scores come from the report itself (`LintReport.score(of:)`), so the protocol stays one method.
public protocol Reporter {
    /// The bytes to write to standard output or `--output`.
    func render(_ report: LintReport) -> String
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
