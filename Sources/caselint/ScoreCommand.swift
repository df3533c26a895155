import ArgumentParser
import CaseLintKit
import Foundation

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Rate how ready projects are to show as case studies (0-100).",
        discussion: """
        Each category (structure, responsibility, evidence, domain literacy, reproducibility) scores the \
        weighted share of its applicable rules that pass; the total is the category-weighted mean, \
        rounded: 90-100 ready, 50-89 needs work, 0-49 not ready. Rules that do not apply leave the \
        denominator. Top actions are the failed rules ordered by the points fixing each would add. \
        A folder of projects also gets a portfolio score: 80% the mean of its projects, 20% its \
        coherence (size, role lane, no duplicates). \
        A score is not an approval: clinical soundness and data rights need a human reviewer. \
        --compare BASE.json puts each project's score beside the one in a JSON report of the base \
        branch, with the change per category (formats text, json, markdown). \
        Exit status: 0, or 1 when a project is below --min-score (or min_score) or, with --compare, \
        dropped by more than --max-drop points; 2 on bad input.
        """
    )

    @OptionGroup var options: ReportOptions

    @Option(name: .long, help: ArgumentHelp("Compare with this JSON report of the base branch (caselint score or lint --format json).",
                                            valueName: "BASE.json"))
    var compare: String?

    @Option(name: .long, help: ArgumentHelp("With --compare: exit 1 when a project's score drops by more than N points (default 0).",
                                            valueName: "N"))
    var maxDrop: Int?

    func run() throws {
        try ExitStatus.guarding {
            guard let compare else {
                if maxDrop != nil { throw InputError("--max-drop works with --compare BASE.json") }
                var baseline = BaselineSession.none
                let summary = try options.lintAndWrite(scoreCard: true, baseline: &baseline)
                return ExitStatus.decide(summary, failOnFindings: false, strict: false, minScore: options.minScore)
            }
            if let maxDrop, !(0...100).contains(maxDrop) {
                throw InputError("--max-drop: \(maxDrop) is not a number of points; use a whole number from 0 to 100")
            }
            guard let reporter = options.format.comparisonReporter(color: options.color) else {
                throw InputError("--compare prints text, json or markdown, not \(options.format.rawValue)")
            }
            let base = try ScoreSnapshot.load(compare)
            let report = try options.lint()
            let minimums = Dictionary(report.projects.compactMap { result in result.minScore.map { (result.project.path, $0) } },
                                      uniquingKeysWith: { first, _ in first })
            let comparison = ScoreComparison(base: base, head: ScoreSnapshot(report: report), baseFile: compare,
                                             maxDrop: maxDrop ?? 0, minScore: options.minScore, minimums: minimums)
            try Output.write(reporter.render(comparison), to: options.output)
            return comparison.failed ? ExitCode(ExitStatus.findings) : .success
        }
    }
}
