import Foundation

/// What the portfolio rules keep of each linted project, grouped by portfolio folder in report
/// order: each rule's tally (which keeps what its findings need, not the members) and how many
/// members it has. Members are known by their place (`ProjectResult.portfolioIndex`), not by path.
struct PortfolioMembers {
    struct Folder {
        var path: String
        var root: URL
        var tallies: [any PortfolioTally]
        var count = 0
    }

    let rules: [CompiledRule]
    private(set) var folders: [Folder] = []
    private var index: [String: Int] = [:]

    init(rules: [CompiledRule]) { self.rules = rules }

    /// Adds a linted project to its folder's tallies; returns the folder's place, nil for none.
    mutating func add(_ result: ProjectResult) -> Int? {
        guard let root = result.project.portfolioRoot, let path = result.project.portfolioPath else { return nil }
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
        folders[slot].count += 1
        return slot
    }
}
