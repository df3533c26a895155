import Foundation

/// The duplicates check's view of a portfolio, read one project at a time. Each project is compared
/// with the earlier ones of its domain, in report order, and repeats the first it matches. Of
/// earlier projects with the same task and the same title words only the first can ever be matched
/// first, so only it is kept: what is held grows with the distinct tasks, not with the projects.
struct PortfolioDuplicatesTally: PortfolioTally {
    let check: PortfolioDuplicatesCheck

    /// A project others may repeat: what the comparison reads of it.
    struct Earlier {
        var folder: String
        var task: String?
        var title: String?
        /// The title's words as numbers (`numbered`).
        var words: [Int32]
    }

    /// The projects that repeat one earlier project.
    struct Group {
        var domain: String
        /// The task as the first repeat's message names it, and whether every repeat named it so.
        var task: String
        var sameTask = true
        /// The first projects that repeat it (their folder and README), and how many do.
        var repeats: [(folder: String, file: String)] = []
        var count = 0
    }

    struct Key: Hashable {
        var task: String?
        var words: [Int32]
    }

    private var count = 0
    private var earlier: [Earlier] = []
    /// Indices into `earlier` by domain, in report order.
    private var byDomain: [String: [Int]] = [:]
    private var seen: [String: Set<Key>] = [:]
    /// Groups by the index of the project repeated.
    private var groups: [Int: Group] = [:]
    /// Each title word met, numbered in the order first met. A title's words are kept as their
    /// numbers in ascending order: two titles are compared by one merge of two short lists, and
    /// equal word sets are equal lists. What is held grows with the distinct words, not the projects.
    private var wordNumbers: [String: Int32] = [:]

    init(check: PortfolioDuplicatesCheck) { self.check = check }

    var applies: Bool { count > 1 }

    mutating func add(_ member: PortfolioMember) {
        count += 1
        guard let domain = member.identity.domain else { return }
        let words = numbered(check.words(member.identity.title))
        let this = (task: member.identity.task, title: member.identity.title, words: words)
        for index in byDomain[domain] ?? [] {
            // The fields the comparison reads, not the whole entry (its folder was retained and released for nothing).
            guard let task = check.sameTask((earlier[index].task, earlier[index].title, earlier[index].words), this) else { continue }
            var group = groups[index] ?? Group(domain: domain, task: task)
            if group.task != task { group.sameTask = false }
            if group.repeats.count < PortfolioNames.shown { group.repeats.append((member.folder, member.file(member.readme))) }
            group.count += 1
            groups[index] = group
            break
        }
        let key = Key(task: member.identity.task, words: words)
        guard seen[domain, default: []].insert(key).inserted else { return }
        byDomain[domain, default: []].append(earlier.count)
        earlier.append(Earlier(folder: member.folder, task: member.identity.task, title: member.identity.title, words: words))
    }

    /// The words' numbers in `wordNumbers`, ascending; a word met for the first time gets the next.
    private mutating func numbered(_ words: Set<String>) -> [Int32] {
        var numbers: [Int32] = []
        numbers.reserveCapacity(words.count)
        for word in words {
            if let known = wordNumbers[word] {
                numbers.append(known)
            } else {
                let number = Int32(wordNumbers.count)
                wordNumbers[word] = number
                numbers.append(number)
            }
        }
        numbers.sort()
        return numbers
    }

    func findings() -> [Finding] {
        groups.keys.sorted().map { index in
            let group = groups[index]!
            let repeated = earlier[index]
            let first = group.repeats[0]
            guard group.count > 1 else {
                return Finding(message: "\(first.folder) repeats \(repeated.folder): the same domain (\(group.domain)) and task (\(group.task)). "
                                   + "Two projects that answer one question show less than two that answer different ones: "
                                   + "keep the stronger, or give this one another task, data or domain.",
                               file: first.file, wholeFile: true)
            }
            let names = PortfolioNames.list(group.repeats.map(\.folder), total: group.count)
            let task = group.sameTask ? group.task : "“\(repeated.title ?? repeated.folder)” and titles close to it"
            return Finding(message: "\(names) repeat \(repeated.folder): the same domain (\(group.domain)) and task (\(task)). "
                               + "\(group.count + 1) projects that answer one question show less than as many that answer "
                               + "different ones: keep the strongest, or give the others another task, data or domain.",
                           file: first.file, wholeFile: true)
        }
    }
}
