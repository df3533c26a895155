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
