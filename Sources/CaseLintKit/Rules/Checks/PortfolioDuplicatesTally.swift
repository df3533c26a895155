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
        var words: Set<String>
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
        var words: Set<String>
    }

    private var count = 0
    private var earlier: [Earlier] = []
    /// Indices into `earlier` by domain, in report order.
    private var byDomain: [String: [Int]] = [:]
    private var seen: [String: Set<Key>] = [:]
    /// Groups by the index of the project repeated.
    private var groups: [Int: Group] = [:]

    init(check: PortfolioDuplicatesCheck) { self.check = check }

    var applies: Bool { count > 1 }

    mutating func add(_ member: PortfolioMember) {
        count += 1
        guard let domain = member.identity.domain else { return }
        let words = check.words(member.identity.title)
        let this = (task: member.identity.task, title: member.identity.title, words: words)
        for index in byDomain[domain, default: []] {
            let previous = earlier[index]
            guard let task = check.sameTask((previous.task, previous.title, previous.words), this) else { continue }
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
