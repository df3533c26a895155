import Foundation

/// The outcome for one folder of projects linted as a portfolio (DOMAIN §7): the portfolio rules'
/// findings and outcomes. Findings name files relative to the folder (`chest-xray/case-study.yaml`);
/// a finding about the selection as a whole names the folder itself (an empty file).
public struct PortfolioResult: Sendable {
    /// The folder as the user named it.
    public var path: String
    public var root: URL
    /// The member projects' paths, in report order, for a portfolio built by hand. A linted one
    /// leaves it empty and names its place (`index`) instead: its members are the report's projects
    /// with that `portfolioIndex` (`ReportSummary.members(of:)`), so a folder of thousands of
    /// projects keeps each path once, in the summary.
    public var members: [String]
    /// The run's portfolios in the order their first member was linted: 0, 1, ...
    public var index: Int? = nil
    public var diagnostics: [Diagnostic]
    /// Every portfolio rule, by id.
    public var outcomes: [String: RuleOutcome]
    /// `baseline:` from the folder's configuration.
    public var baseline: URL? = nil

    public init(path: String, root: URL, members: [String], diagnostics: [Diagnostic], outcomes: [String: RuleOutcome],
                baseline: URL? = nil) {
        self.path = path
        self.root = root
        self.members = members
        self.diagnostics = diagnostics
        self.outcomes = outcomes
        self.baseline = baseline
    }

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

    /// Where a finding is, as a reader finds it: `Examples/chest-xray/case-study.yaml`, or the folder.
    public func location(_ diagnostic: Diagnostic) -> String {
        diagnostic.file.isEmpty ? path : ProjectScanner.join(path, diagnostic.file)
    }
}
