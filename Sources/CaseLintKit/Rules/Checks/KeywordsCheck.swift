import Foundation

/// `kind: keywords` — the README uses at least `min` of the listed terms in its readable text
/// (never in code). Every term's count is recorded as a fact; the finding names the missing ones.
///
///     match:
///       terms: {EHR: [ehr, emr, electronic health record], FHIR: [fhir], ...}
///       min: 3
///       record: false     # keep the terms out of the `keywords` fact (default true)
///       claims: [compliant, compliance]   # a term right before one of these words is a claim, not vocabulary
///
/// A term named as a status the project claims ("HIPAA-compliant", "HIPAA compliance") does not count:
/// reviewers read the claim as an over-claim, not as knowing the rules it names. Said any other way
/// ("de-identified under HIPAA Safe Harbor", "not HIPAA de-identification") the term counts.
///
/// In the score the rule earns the share of `min` that the README covers (2 of 3 terms: two thirds).
public struct KeywordsCheck: Check {
    let rule: RuleDefinition
    let matcher: PhraseMatcher
    let terms: [String]
    let minimum: Int
    let records: Bool
    /// Hashes of the words that, right after a term, make it a claimed status.
    let claims: Set<UInt64>
    /// For each of the matcher's lists, the positions in `terms` of the term its label names.
    let termSlots: [[Int]]

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        guard let table = try match.phraseTable("terms"), !table.isEmpty else {
            throw match.error("terms", nil, "missing required key (a mapping of term: [phrases])")
        }
        matcher = PhraseMatcher(table)
        terms = table.map(\.label)
        minimum = try match.int("min") ?? 1
        records = try match.bool("record") ?? true
        claims = Set((try match.strings("claims") ?? []).map { TextIndex.hash($0.lowercased().utf8) })
        let names = table.map(\.label)
        let slots = Dictionary(grouping: names.indices, by: { names[$0] })
        termSlots = matcher.labels.map { slots[$0] ?? [] }
        guard minimum >= 1, minimum <= terms.count else {
            throw match.error("min", nil, "must be between 1 and the number of terms (\(terms.count))")
        }
    }

    public var recordsFacts: Bool { records }

    /// Each term's count (nil for none), in the order of `terms`, found once per project: `evaluate`
    /// and `credit` both ask. By position: keyed by the terms' text, every look-up hashed a term.
    func counts(_ index: TextIndex, _ context: LintContext) -> [Int?] {
        if let counted = context.keywordCounts[rule.id] { return counted }
        var perList = [Int](repeating: 0, count: matcher.labels.count)
        let tokens = index.tokens
        // Matches handed over by list, without a `Match` (and its label and parts retained) each.
        matcher.forEachMatch(in: index, range: 0..<tokens.count) { list, _, last in
            if !claims.isEmpty, last + 1 < tokens.count, tokens[last + 1].line == tokens[last].line,
               claims.contains(tokens[last + 1].hash) { return }
            perList[list] += 1
        }
        var counts = [Int?](repeating: nil, count: terms.count)
        for (list, count) in perList.enumerated() where count > 0 {
            for slot in termSlots[list] { counts[slot] = (counts[slot] ?? 0) + count }
        }
        context.keywordCounts[rule.id] = counts
        return counts
    }

    public func credit(_ context: LintContext) -> Double? {
        guard let index = context.text else { return 0 }
        return min(1, Double(counts(index, context).filter { $0 != nil }.count) / Double(minimum))
    }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let index = context.text else { return [] }
        let found = counts(index, context)
        if records {
            for (term, count) in zip(terms, found) {
                context.facts.keywords[term] = count ?? 0
                if !context.facts.keywordOrder.contains(term) { context.facts.keywordOrder.append(term) }
            }
        }
        let present = zip(terms, found).filter { $0.1 != nil }.map(\.0)
        guard present.count < minimum else { return [] }
        let missing = zip(terms, found).filter { $0.1 == nil }.map(\.0)
        let have = present.isEmpty ? "none" : present.joined(separator: ", ")
        return [Finding(message: "\(rule.message) Found \(present.count) of \(minimum) needed (\(have)); missing: \(missing.joined(separator: ", ")).",
                        file: context.readmeFile, wholeFile: true)]
    }
}
