import ArgumentParser
import CaseLintKit

/// The one place that turns a result into an exit status (DESIGN §6): 0 ok; 1 findings, or a
/// score below the threshold; 2 input the tool could not use.
enum ExitStatus {
    static let findings: Int32 = 1
    static let badInput: Int32 = 2

    /// - failOnFindings: `lint` fails on error-level findings (and warnings with --strict);
    ///   `score` only on the threshold.
    static func decide(_ report: ReportSummary, failOnFindings: Bool, strict: Bool, minScore: Int?) -> ExitCode {
        let shortfalls = report.shortfalls(minimum: minScore)
        for shortfall in shortfalls {
            Output.error("\(shortfall.path) scores \(shortfall.total), below the minimum of \(shortfall.minimum)")
        }
        let findings = failOnFindings && (report.errors > 0 || (strict && report.warnings > 0))
        return findings || !shortfalls.isEmpty ? ExitCode(Self.findings) : .success
    }

    /// Runs a command body, mapping `InputError` to a message on standard error and exit 2.
    static func guarding(_ body: () throws -> ExitCode) throws {
        let code: ExitCode
        do {
            code = try body()
        } catch let error as InputError {
            Output.error(error.description)
            throw ExitCode(badInput)
        }
        if code != .success { throw code }
    }
}
