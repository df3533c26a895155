import Foundation

/// The lane check's view of a portfolio, read one project at a time: how many projects name each
/// lane, and of each group of projects one finding would cover (those naming no lane, those
/// naming one lane) the first few. A group of one reads as before; a group of many is one finding.
struct PortfolioLaneTally: PortfolioTally {
    let check: PortfolioLaneCheck

    /// Projects with one problem: the first few (folder, manifest, lane as written, its line), and how many.
    struct Group {
        var first: [(file: String, manifest: String, written: String?, line: Int?)] = []
        var count = 0

        mutating func add(_ member: PortfolioMember, manifest: String) {
            if first.count < PortfolioNames.shown {
                first.append((member.file(manifest), manifest, member.identity.lane, member.identity.laneLine))
            }
            count += 1
        }

        var files: String { PortfolioNames.list(first.map(\.file), total: count) }
    }

    private var members = 0
    private var manifests = 0
    private var reasoned = false
    /// Lanes in the order first named, with how many name each and who names it.
    private var order: [String] = []
    private var named: [String: Group] = [:]
    private var unnamed = Group()

    init(check: PortfolioLaneCheck) { self.check = check }

    /// Without any manifest there is nothing to compare.
    var applies: Bool { members > 1 && manifests > 0 }

    mutating func add(_ member: PortfolioMember) {
        members += 1
        if member.identity.laneReason != nil { reasoned = true }
        guard let manifest = member.identity.manifest else { return }
        manifests += 1
        guard let written = member.identity.lane else { return unnamed.add(member, manifest: manifest) }
        let lane = check.lane(written)
        if named[lane] == nil { order.append(lane) }
        named[lane, default: Group()].add(member, manifest: manifest)
    }

    func findings() -> [Finding] {
        let known = check.lanes.map(\.label).joined(separator: ", ")
        guard !order.isEmpty else {
            guard let first = unnamed.first.first else { return [] }
            let subject = unnamed.count == 1 ? "\(first.manifest) names no role lane, and neither does any other project here"
                : "None of the \(unnamed.count) manifests here names a role lane (\(unnamed.files))"
            return [Finding(message: "\(subject): add lane: with the role these projects aim at (\(known)), the same in each.",
                            file: first.file, wholeFile: true)]
        }
        // The lane most projects name leads; a tie goes to the one named first.
        var main = order[0]
        for lane in order where named[lane]!.count > named[main]!.count { main = lane }
        let leading = named[main]!.count
        var findings: [Finding] = []
        if let first = unnamed.first.first {
            let message = unnamed.count == 1
                ? "\(first.manifest) names no role lane while \(leading) of \(members) projects here name \(main): add lane: \(main), "
                    + "or the lane it belongs to."
                : "\(unnamed.count) manifests name no role lane (\(unnamed.files)) while \(leading) of \(members) projects here "
                    + "name \(main): add lane: \(main) to each, or the lane they belong to."
            findings.append(Finding(message: message, file: first.file, wholeFile: true))
        }
        guard !(order.count == 2 && reasoned) else { return findings }
        let advice = order.count == 2
            ? "Align it with the others, or say in lane_reason: why the portfolio spans two lanes."
            : "The projects name \(order.count) lanes (\(order.joined(separator: ", "))), which reads as unfocused: keep one, two at most with a lane_reason:."
        for lane in order where lane != main {
            let group = named[lane]!
            let first = group.first[0]
            let subject = group.count == 1 ? "lane: \(first.written!) here" : "lane: \(first.written!) in \(group.count) manifests (\(group.files))"
            findings.append(Finding(message: "\(subject), while \(leading) of the \(members) projects name \(main); a portfolio reads "
                                        + "best in one role lane. \(advice)",
                                    file: first.file, line: first.line ?? 1, wholeFile: first.line == nil))
        }
        return findings
    }
}
