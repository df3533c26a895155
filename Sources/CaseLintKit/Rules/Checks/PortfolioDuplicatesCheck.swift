import Foundation

/// `kind: portfolio-duplicates` — no two projects of a portfolio answer the same question: the
/// same domain and the same task. The task is the one the domain's pack names (`no-show
/// prediction`) when both name one; otherwise two titles that share most of their words make the
/// same task: at least `title_overlap_percent` of the shorter title's words, counting only words
/// outside `ignore_words` (method and filler words: model, deep, learning, prediction, clinical),
/// and two of them at least unless a title has only one.
/// The shorter title decides, so `ICU length of stay` and `Prediction of ICU length of stay from
/// early vitals` are one task, while `readmission risk` and `sepsis risk` are two.
/// Each project that repeats an earlier one gets one finding, at its README.
///
///     match:
///       title_overlap_percent: 60
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
        // One shared word is a theme ("note"), not a task, unless it is all either title says.
        let shared = a.intersection(b).count
        guard shared >= min(2, max(a.count, b.count)), Double(shared) / Double(min(a.count, b.count)) >= overlap else { return nil }
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
