import CaseLintKit
import Foundation

/// The text `caselint new` prints. Plain, stable text: tests keep golden copies of it.
enum NewOutput {
    /// `id  domain  description`, one blueprint a line, columns aligned.
    static func list(_ catalog: BlueprintCatalog) -> String {
        let rows = [("BLUEPRINT", "DOMAIN", "DESCRIPTION")] + catalog.blueprints.map { ($0.id, $0.domain, $0.description) }
        let idWidth = rows.map(\.0.count).max() ?? 0
        let domainWidth = rows.map(\.1.count).max() ?? 0
        var text = ""
        for (id, domain, description) in rows {
            text += pad(id, idWidth) + "  " + pad(domain, domainWidth) + "  " + description + "\n"
        }
        return text + "\nStart one with: caselint new <blueprint> <folder>, e.g. caselint new imaging-triage cxr-triage\n"
    }

    static func summary(_ outcome: Scaffolder.Outcome) -> String {
        let plan = outcome.plan
        let blueprint = outcome.blueprint
        let count = "\(outcome.files.count) files"
        var text: String
        if !outcome.written {
            text = "Dry run: caselint new \(blueprint.id) would write \(count) into \(plan.displayTarget) (nothing was written):\n"
            for entry in plan.entries { text += "  \(entry.action.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(entry.path)\n" }
        } else {
            text = "Created \(plan.displayTarget) from the \(blueprint.id) blueprint (\(blueprint.title)): \(count)\n"
            for entry in plan.entries { text += "  \(entry.path)\(entry.action == .overwrite ? "  (overwritten)" : "")\n" }
        }
        if let lint = outcome.lint {
            text += "\ncaselint lint: \(lint.count(.error)) errors, \(lint.count(.warning)) warnings, \(lint.count(.info)) infos.\n"
        }
        text += placeholderSummary(outcome.placeholders, directory: plan.displayTarget)
        if outcome.written, !outcome.nextSteps.isEmpty {
            text += "\nNext:\n"
            for (index, step) in outcome.nextSteps.enumerated() { text += "  \(index + 1). \(step)\n" }
        }
        return text
    }

    /// Markers per file; the lint lists README's one by one, `grep` finds the rest.
    static func placeholderSummary(_ markers: [PlaceholderMarker.Occurrence], directory: String) -> String {
        guard !markers.isEmpty else { return "\nNo [[TODO: ...]] markers left.\n" }
        var perFile: [(String, Int)] = []
        for marker in markers {
            if perFile.last?.0 == marker.file { perFile[perFile.count - 1].1 += 1 } else { perFile.append((marker.file, 1)) }
        }
        let files = perFile.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        return "\(markers.count) [[TODO: ...]] markers to fill: \(files).\n"
            + "caselint lint lists those in README.md with their lines; grep -rn '\\[\\[TODO' \(shellWord(directory)) lists them all.\n"
    }

    static func gateFailure(_ failure: Scaffolder.LintGateFailure) -> String {
        let result = failure.result
        var text = "the \(failure.plan.displayTarget) project rendered from this blueprint does not pass caselint lint "
            + "(\(result.count(.error)) errors); nothing was written. Fix the blueprint's templates:"
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
            text += "\n  \(diagnostic.file):\(diagnostic.line):\(diagnostic.column): error: \(diagnostic.message) [\(diagnostic.rule)]"
        }
        return text
    }

    /// A path as it can be pasted into a shell.
    static func shellWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "_-./".unicodeScalars.contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
