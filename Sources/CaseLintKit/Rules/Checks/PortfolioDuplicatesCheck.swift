import Foundation

/// `kind: portfolio-duplicates` — no two projects of a portfolio answer the same question: the
/// same domain and the same task. The task is the one the domain's pack names (`no-show
/// prediction`) when both name one; otherwise two titles that share most of their words make the
/// same task: at least `title_overlap_percent` of the shorter title's words, counting only words
/// outside `ignore_words` (method and filler words: model, deep, learning, prediction, clinical),
/// and two of them at least unless a title has only one.
/// The shorter title decides, so `ICU length of stay` and `Prediction of ICU length of stay from
/// early vitals` are one task, while `readmission risk` and `sepsis risk` are two.
/// Projects that repeat one earlier project form a group with one finding, at the README of the
/// first that repeats it, naming the others (`copy-2, copy-3 and copy-4 repeat copy-1`): the fix
/// is one decision about the group, and six copies of a project are one problem, not five.
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
        guard title.utf8.allSatisfy({ $0 < 0x80 }) else {
            return Set(title.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !ignoredWords.contains($0) })
        }
        // An ASCII title (the usual one) is cut on its bytes: its letters and digits are exactly
        // A-Z, a-z and 0-9, and asking each Character for its Unicode properties cost far more.
        var words: Set<String> = []
        var word: [UInt8] = []
        func flush() {
            guard !word.isEmpty else { return }
            let text = String(decoding: word, as: UTF8.self)
            if !ignoredWords.contains(text) { words.insert(text) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in title.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower >= 0x61 && lower <= 0x7A || lower >= 0x30 && lower <= 0x39 { word.append(lower) } else { flush() }
        }
        flush()
        return words
    }

    /// Whether two projects of one domain do the same task, and the task as the message names it:
    /// each project as its task (named by its domain's pack), its title and the title's distinct
    /// words, as numbers in ascending order (`PortfolioDuplicatesTally` numbers them).
    func sameTask(_ first: (task: String?, title: String?, words: [Int32]),
                  _ second: (task: String?, title: String?, words: [Int32])) -> String? {
        if let task = first.task, let other = second.task { return task == other ? task : nil }
        guard !first.words.isEmpty, !second.words.isEmpty else { return nil }
        // One shared word is a theme ("note"), not a task, unless it is all either title says.
        let shared = Self.sharedCount(first.words, second.words)
        guard shared >= min(2, max(first.words.count, second.words.count)),
              Double(shared) / Double(min(first.words.count, second.words.count)) >= overlap else { return nil }
        return first.title == second.title ? "“\(first.title!)”" : "“\(first.title!)” and “\(second.title!)”"
    }

    /// How many numbers two ascending lists of distinct numbers share, in one merge: intersecting
    /// two sets of words built a set and hashed every word for each pair of projects compared,
    /// and each project is compared with every earlier one of its domain.
    static func sharedCount(_ first: [Int32], _ second: [Int32]) -> Int {
        var (i, j, count) = (0, 0, 0)
        while i < first.count, j < second.count {
            if first[i] == second[j] {
                count += 1
                i += 1
                j += 1
            } else if first[i] < second[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return count
    }

    public func tally() -> any PortfolioTally { PortfolioDuplicatesTally(check: self) }
}
