import Foundation

/// `kind: portfolio-duplicates` — no two projects of a portfolio answer the same question: the
/// same domain and the same task. The task is the one the domain's pack names (`no-show
/// prediction`) when both name one; otherwise two titles that share most of their words
/// (`title_overlap`, the Jaccard share of their words outside `ignore_words`) make the same task.
/// Each project that repeats an earlier one gets one finding, at its README.
///
///     match:
///       title_overlap: 0.6
///       ignore_words: [a, the, of, for, using, project]
public struct PortfolioDuplicatesCheck: PortfolioCheck {
    let rule: RuleDefinition
    let overlap: Double
    let ignoredWords: Set<String>

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        let percent = try match.int("title_overlap_percent") ?? 60
        guard (1...100).contains(percent) else { throw match.error("title_overlap_percent", nil, "expected a whole number from 1 to 100") }
        overlap = Double(percent) / 100
        ignoredWords = Set(try match.strings("ignore_words")?.map { $0.lowercased() } ?? [])
    }

    /// The title's words that say what the project does.
    func words(_ title: String?) -> Set<String> {
        guard let title else { return [] }
        return Set(title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !ignoredWords.contains($0) })
    }

    /// Whether two projects of one domain do the same task, and the task as the message names it.
    func sameTask(_ first: ProjectIdentity, _ second: ProjectIdentity) -> String? {
        if let task = first.task, let other = second.task { return task == other ? task : nil }
        let a = words(first.title)
        let b = words(second.title)
        guard !a.isEmpty, !b.isEmpty else { return nil }
        let share = Double(a.intersection(b).count) / Double(a.union(b).count)
        guard share >= overlap else { return nil }
        return first.title == second.title ? "“\(first.title!)”" : "“\(first.title!)” and “\(second.title!)”"
    }

    public func evaluate(_ portfolio: PortfolioContext) -> [Finding] {
        var findings: [Finding] = []
        let members = portfolio.members
        for (index, member) in members.enumerated() {
            guard let domain = member.identity.domain else { continue }
            for earlier in members[..<index] where earlier.identity.domain == domain {
                guard let task = sameTask(earlier.identity, member.identity) else { continue }
                findings.append(Finding(message: "\(member.folder) repeats \(earlier.folder): the same domain (\(domain)) and task (\(task)). "
                                            + "Two projects that answer one question show less than two that answer different ones: "
                                            + "keep the stronger, or give this one another task, data or domain.",
                                        file: member.file(member.readme), wholeFile: true))
                break
            }
        }
        return findings
    }
}
