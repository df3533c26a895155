import Foundation

/// The duplicates check's view of a portfolio, read one project at a time. Each project is compared
/// with the earlier ones of its domain, in report order, and repeats the first it matches. Of
/// earlier projects with the same task and the same title words only the first can ever be matched
/// first, so only it is kept: what is held grows with the distinct tasks, not with the projects.
struct PortfolioDuplicatesTally: PortfolioTally {
    let check: PortfolioDuplicatesCheck

    /// A project others may repeat, and those that do.
    struct Earlier {
        var folder: String
        var identity: ProjectIdentity
        var words: Set<String>
        var domain: String
        /// The task as the first repeat's message names it, and whether every repeat named it so.
        var task: String? = nil
        var sameTask = true
        /// The first projects that repeat this one (their folder and README), and how many do.
        var repeats: [(folder: String, file: String)] = []
        var repeatCount = 0
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

    init(check: PortfolioDuplicatesCheck) { self.check = check }

    var applies: Bool { count > 1 }

    mutating func add(_ member: PortfolioMember) {
        count += 1
        guard let domain = member.identity.domain else { return }
        let words = check.words(member.identity.title)
        for index in byDomain[domain, default: []] {
            guard let task = check.sameTask(earlier[index].identity, earlier[index].words, member.identity, words) else { continue }
            if earlier[index].repeatCount == 0 { earlier[index].task = task } else if earlier[index].task != task { earlier[index].sameTask = false }
            if earlier[index].repeats.count < PortfolioNames.shown {
                earlier[index].repeats.append((member.folder, member.file(member.readme)))
            }
            earlier[index].repeatCount += 1
            break
        }
        let key = Key(task: member.identity.task, words: words)
        guard seen[domain, default: []].insert(key).inserted else { return }
        byDomain[domain, default: []].append(earlier.count)
        earlier.append(Earlier(folder: member.folder, identity: member.identity, words: words, domain: domain))
    }

    func findings() -> [Finding] {
        earlier.filter { $0.repeatCount > 0 }.map { group in
            let first = group.repeats[0]
            guard group.repeatCount > 1 else {
                return Finding(message: "\(first.folder) repeats \(group.folder): the same domain (\(group.domain)) and task (\(group.task!)). "
                                   + "Two projects that answer one question show less than two that answer different ones: "
                                   + "keep the stronger, or give this one another task, data or domain.",
                               file: first.file, wholeFile: true)
            }
            let names = PortfolioNames.list(group.repeats.map(\.folder), total: group.repeatCount)
            let task = group.sameTask ? group.task! : "“\(group.identity.title ?? group.folder)” and titles close to it"
            return Finding(message: "\(names) repeat \(group.folder): the same domain (\(group.domain)) and task (\(task)). "
                               + "\(group.repeatCount + 1) projects that answer one question show less than as many that answer "
                               + "different ones: keep the strongest, or give the others another task, data or domain.",
                           file: first.file, wholeFile: true)
        }
    }
}
