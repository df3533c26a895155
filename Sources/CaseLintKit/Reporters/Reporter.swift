import Foundation

/// Formats a lint report. Every output format is one type conforming to this, chosen by name.
public protocol Reporter {
    /// The bytes to write to standard output or `--output`.
    func render(_ report: LintReport) -> String
}

public enum OutputFormat: String, CaseIterable, Sendable {
    case text, json

    public func reporter(color: Bool = false) -> any Reporter {
        switch self {
        case .text: return TextReporter(color: color)
        case .json: return JSONReporter()
        }
    }
}
