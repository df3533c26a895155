import Foundation

/// What the portfolio rules keep of each linted project, grouped by portfolio folder in report
/// order: each rule's tally (which keeps what its findings need, not the members) and the
/// members' paths (the JSON report lists them; each shares its storage with the project's path).
struct PortfolioMembers {
    struct Folder {
        var path: String
        var root: URL
        var tallies: [any PortfolioTally]
        var paths: [String] = []
    }

    let rules: [CompiledRule]
    private(set) var folders: [Folder] = []
    private var index: [String: Int] = [:]

    init(rules: [CompiledRule]) { self.rules = rules }

    mutating func add(_ result: ProjectResult) {
        guard let root = result.project.portfolioRoot, let path = result.project.portfolioPath else { return }
        let key = root.path
        let slot: Int
        if let known = index[key] {
            slot = known
        } else {
            slot = folders.count
            index[key] = slot
            folders.append(Folder(path: path, root: root, tallies: rules.compactMap { $0.portfolioCheck?.tally() }))
        }
        let member = PortfolioMember(folder: result.project.root.lastPathComponent,
                                     readme: result.project.readme ?? result.project.unsupportedReadme ?? "README.md",
                                     identity: result.identity, score: result.score?.total)
        for rule in folders[slot].tallies.indices { folders[slot].tallies[rule].add(member) }
        folders[slot].paths.append(result.project.path)
    }
}
