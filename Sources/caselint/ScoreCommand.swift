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
        A score is not an approval: clinical soundness and data rights need a human reviewer. \
        Exit status: 0, or 1 when a project is below --min-score (or min_score), 2 on bad input.
        """
    )

    @OptionGroup var options: ReportOptions

    func run() throws {
        try ExitStatus.guarding {
            let report = try options.lintAndWrite(scoreCard: true)
            return ExitStatus.decide(report, failOnFindings: false, strict: false, minScore: options.minScore)
        }
    }
}
