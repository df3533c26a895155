import ArgumentParser
import CaseLintKit
import Foundation

/// One `lint` run from plain values, whether ArgumentParser read them (`LintCommand`) or
/// `LintFastPath` did.
struct LintRun {
    var report: ReportSettings
    var strict = false
    var baseline: String?
    var writeBaseline: String?

    func run() throws {
        try ExitStatus.guarding {
            var session = try baselineSession()
            let summary = try report.lintAndWrite(scoreCard: false, baseline: &session, beforeEnd: writeBaseline)
            if let writeBaseline, let written = session.baseline {
                Output.note("wrote \(written.findingCount) finding\(written.findingCount == 1 ? "" : "s") (\(written.entries.count) "
                    + "entr\(written.entries.count == 1 ? "y" : "ies")) to \(writeBaseline)")
            }
            for outcome in summary.baselines where !outcome.gone.isEmpty {
                let count = outcome.gone.reduce(0) { $0 + $1.count }
                var note = "\(outcome.file): \(count) accepted finding\(count == 1 ? " is" : "s are") gone; refresh the baseline "
                    + "with caselint lint --write-baseline \(outcome.file):"
                for entry in outcome.gone {
                    note += "\n  \(outcome.location(entry)) [\(entry.rule)]\(entry.count > 1 ? " ×\(entry.count)" : "") \(entry.message)"
                }
                Output.note(note)
            }
            return ExitStatus.decide(summary, failOnFindings: true, strict: strict, minScore: report.minScore)
        }
    }

    /// --write-baseline records every finding (and reports none, as linting with it would);
    /// --baseline or each configuration's baseline: hides what they list.
    func baselineSession() throws -> BaselineSession {
        if let writeBaseline {
            try Output.checkWritable(writeBaseline, what: "baseline")
            return BaselineSession(recordingTo: URL(fileURLWithPath: writeBaseline).standardizedFileURL)
        }
        return BaselineSession(override: baseline.map { URL(fileURLWithPath: $0).standardizedFileURL })
    }

    /// Writes the recorded baseline once every finding is known, before the report's last part.
    func writeBaseline(_ session: BaselineSession) throws {
        guard let writeBaseline, let written = session.baseline else { return }
        try Output.writeFile(written.serialized(), to: writeBaseline, what: "baseline")
    }
}
