import Foundation

/// Formats `score --compare`: one small protocol like `Reporter`, one file per format.
public protocol ComparisonReporter {
    func render(_ comparison: ScoreComparison) -> String
}

extension OutputFormat {
    /// The formats a comparison has: text for people, JSON for scripts, Markdown for a PR comment.
    public func comparisonReporter(color: Bool = false) -> (any ComparisonReporter)? {
        switch self {
        case .text: return ComparisonTextReporter(color: color)
        case .json: return ComparisonJSONReporter()
        case .markdown: return ComparisonMarkdownReporter()
        case .sarif, .github, .html, .badge, .shields: return nil
        }
    }
}
