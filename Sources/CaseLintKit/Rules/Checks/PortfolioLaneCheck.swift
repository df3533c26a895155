import Foundation

/// `kind: portfolio-lane` — the projects' manifests name one role lane (DOMAIN §7: ML
/// engineering, data science, clinical informatics, product, governance), or say why two:
/// a `lane_reason:` in any manifest lets a portfolio span two lanes, never three. Lanes are
/// compared by meaning (`lanes:` maps each to the ways people write it); a lane the table does
/// not know is compared as written. Findings point at each project that names another lane
/// than most (at its `lane:` line) or names none while others do; projects that share the
/// problem share one finding, at the first of them, naming the others. Without any manifest
/// there is nothing to compare, so the rule does not apply.
///
///     match:
///       lanes: {ml-engineering: [ml engineering, machine learning engineer], data-science: [...]}
public struct PortfolioLaneCheck: PortfolioCheck {
    let rule: RuleDefinition
    let lanes: [(label: String, phrases: [String])]

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        guard let table = try match.phraseTable("lanes"), !table.isEmpty else {
            throw match.error("lanes", nil, "missing required key (a mapping of lane: [ways to write it])")
        }
        lanes = table
    }

    /// `ML Engineering`, `ml_engineering` and `machine learning engineer` are one lane.
    func lane(_ written: String) -> String {
        let key = Self.key(written)
        for lane in lanes where Self.key(lane.label) == key || lane.phrases.contains(where: { Self.key($0) == key }) {
            return lane.label
        }
        return key
    }

    static func key(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
    }

    public func tally() -> any PortfolioTally { PortfolioLaneTally(check: self) }
}

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
