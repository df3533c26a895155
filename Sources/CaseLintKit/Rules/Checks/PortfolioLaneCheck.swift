import Foundation

/// `kind: portfolio-lane` — the projects' manifests name one role lane (DOMAIN §7: ML
/// engineering, data science, clinical informatics, product, governance), or say why two:
/// a `lane_reason:` in any manifest lets a portfolio span two lanes, never three. Lanes are
/// compared by meaning (`lanes:` maps each to the ways people write it); a lane the table does
/// not know is compared as written. Findings point at each project that names another lane
/// than most (at its `lane:` line) or names none while others do. Without any manifest there
/// is nothing to compare, so the rule does not apply.
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

    public func applies(to portfolio: PortfolioContext) -> Bool {
        portfolio.members.count > 1 && portfolio.members.contains { $0.identity.manifest != nil }
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

    public func evaluate(_ portfolio: PortfolioContext) -> [Finding] {
        let named = portfolio.members.compactMap { member in member.identity.lane.map { (member, lane($0)) } }
        let known = lanes.map(\.label).joined(separator: ", ")
        guard !named.isEmpty else {
            return portfolio.members.compactMap { member in
                member.identity.manifest.map { manifest in
                    Finding(message: "\(manifest) names no role lane, and neither does any other project here: add lane: with the "
                                + "role these projects aim at (\(known)), the same in each.",
                            file: member.file(manifest), wholeFile: true)
                }
            }
        }
        // The lane most projects name leads; a tie goes to the one named first.
        var counts: [String: Int] = [:]
        var order: [String] = []
        for (_, lane) in named {
            if counts[lane] == nil { order.append(lane) }
            counts[lane, default: 0] += 1
        }
        var main = order[0]
        for lane in order where counts[lane]! > counts[main]! { main = lane }
        let reasoned = portfolio.members.contains { $0.identity.laneReason != nil }
        let excused = order.count == 2 && reasoned
        var findings: [Finding] = []
        for member in portfolio.members {
            guard let manifest = member.identity.manifest else { continue }
            guard let written = member.identity.lane else {
                findings.append(Finding(message: "\(manifest) names no role lane while \(counts[main]!) of \(portfolio.members.count) "
                                            + "projects here name \(main): add lane: \(main), or the lane it belongs to.",
                                        file: member.file(manifest), wholeFile: true))
                continue
            }
            let lane = lane(written)
            guard lane != main, !excused else { continue }
            let advice = order.count == 2
                ? "Align it with the others, or say in lane_reason: why the portfolio spans two lanes."
                : "The projects name \(order.count) lanes (\(order.joined(separator: ", "))), which reads as unfocused: keep one, two at most with a lane_reason:."
            findings.append(Finding(message: "lane: \(written) here, while \(counts[main]!) of the \(portfolio.members.count) projects name "
                                        + "\(main); a portfolio reads best in one role lane. \(advice)",
                                    file: member.file(manifest), line: member.identity.laneLine ?? 1,
                                    wholeFile: member.identity.laneLine == nil))
        }
        return findings
    }
}
