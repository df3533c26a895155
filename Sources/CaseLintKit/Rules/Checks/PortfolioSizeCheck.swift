import Foundation

/// `kind: portfolio-size` — a folder of projects reads as a focused portfolio when it holds
/// between `min` and `max` of them (DOMAIN §7: 3-5 coherent projects, not 15 random notebooks).
/// The finding is about the selection, so it points at the folder; with too many projects it
/// names the weakest by score, the first candidates to move out.
///
///     match: {min: 3, max: 5}
public struct PortfolioSizeCheck: PortfolioCheck {
    let rule: RuleDefinition
    let minimum: Int
    let maximum: Int

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        minimum = try match.int("min") ?? 3
        maximum = try match.int("max") ?? 5
        guard minimum >= 2, minimum <= maximum else {
            throw match.error("min", nil, "needs 2 <= min <= max (a folder with one project is no portfolio)")
        }
    }

    public func tally() -> any PortfolioTally { PortfolioSizeTally(minimum: minimum, maximum: maximum) }
}

/// The size check's view of a portfolio: how many members, and the few weakest by score (the
/// finding names five at most), not every member.
struct PortfolioSizeTally: PortfolioTally {
    let minimum: Int
    let maximum: Int
    private var count = 0
    private var scored = 0
    private var lowest: Int?
    private var highest: Int?
    /// The weakest scored members so far, by (score, report order), at most `PortfolioNames.shown`.
    private var weakest: [(score: Int, index: Int, folder: String)] = []

    init(minimum: Int, maximum: Int) {
        self.minimum = minimum
        self.maximum = maximum
    }

    var applies: Bool { count > 1 }

    mutating func add(_ member: PortfolioMember) {
        defer { count += 1 }
        guard let score = member.score else { return }
        scored += 1
        lowest = min(lowest ?? score, score)
        highest = max(highest ?? score, score)
        let entry = (score: score, index: count, folder: member.folder)
        let slot = weakest.firstIndex { (entry.score, entry.index) < ($0.score, $0.index) } ?? weakest.count
        guard slot < PortfolioNames.shown else { return }
        weakest.insert(entry, at: slot)
        if weakest.count > PortfolioNames.shown { weakest.removeLast() }
    }

    func findings() -> [Finding] {
        if count < minimum {
            return [Finding(message: "The folder holds \(count) projects: add one in your role lane before you present it as a "
                                + "portfolio (\(minimum) to \(maximum) read as focused).",
                            file: "", wholeFile: true)]
        }
        guard count > maximum else { return [] }
        // The candidates to move out: the count - max weakest; five are named to start with.
        let ranked = min(scored, count - maximum)
        let named = weakest.prefix(ranked).map { "\($0.folder) (\($0.score))" }
        let weakestText = named.joined(separator: ", ") + (ranked > named.count ? " and \(ranked - named.count) more" : "")
        // When every project scores the same, none is weaker.
        let candidates = ranked == 0 || lowest == highest ? "" : " The weakest by score: \(weakestText)."
        return [Finding(message: "The folder holds \(count) projects: keep the \(maximum) strongest at most and move the others out "
                            + "(to archive/, listed under ignore: in the folder's .caselint.yml); \(minimum) to \(maximum) read as "
                            + "a focused portfolio, \(count) as a collection.\(candidates)",
                        file: "", wholeFile: true)]
    }
}
