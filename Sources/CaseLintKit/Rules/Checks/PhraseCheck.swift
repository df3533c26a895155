import Foundation

/// `kind: phrase` — required wording is present somewhere in the README's readable text.
///
///     match:
///       patterns: [regex, ...]        # any one is enough
///       reject: [regex, ...]          # a hit overlapping one of these does not count (false friends)
///       section: risks                # a heading for this part also satisfies the rule
///       manifest: [human_oversight]   # a non-empty manifest value also satisfies the rule
///       also: [regex, ...]            # and one of these must match too (a model name and its settings)
///       requires_metrics: true        # applies only when the README reports metrics (test-set, baseline)
public struct PhraseCheck: Check {
    let rule: RuleDefinition
    let patterns: [TextPattern]
    let reject: [TextPattern]
    let section: String?
    let manifestKeys: [String]
    let also: [TextPattern]
    let requiresMetrics: Bool

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        guard let patterns = try match.patterns("patterns"), !patterns.isEmpty else {
            throw match.error("patterns", nil, "missing required key (a non-empty list of regular expressions)")
        }
        self.patterns = patterns
        reject = try match.patterns("reject") ?? []
        section = try match.string("section")
        manifestKeys = try match.strings("manifest") ?? []
        also = try match.patterns("also") ?? []
        requiresMetrics = try match.bool("requires_metrics") ?? false
    }

    /// A rule about how results were obtained says nothing while there are no results.
    public func applies(to context: LintContext) -> Bool { !requiresMetrics || !context.metrics.isEmpty }

    public var judgesResults: Bool { requiresMetrics }

    public var textPatterns: [TextPattern] { patterns + reject + also }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard applies(to: context), let index = context.text, let paragraphs = context.paragraphs, let words = context.words else { return [] }
        if firstHit(index, words, paragraphs) != nil {
            let completed = also.isEmpty || also.contains { !$0.hits(in: index, words: words, paragraphs: paragraphs, firstOnly: true).isEmpty }
            if completed { return [] }
        }
        if let section, context.outline?.parts[section]?.status == .written { return [] }
        if manifestKeys.contains(where: { context.manifestValue($0) != nil }) { return [] }
        return [Finding(message: rule.message, file: context.readmeFile, wholeFile: true)]
    }

    /// A match of any pattern outside its false friends, found as cheaply as possible (patterns in
    /// file order, stopping at the first).
    func firstHit(_ index: TextIndex, _ words: WordPrefixIndex, _ paragraphs: ParagraphIndex) -> TextPattern.Hit? {
        for pattern in patterns {
            let hits = pattern.hits(in: index, words: words, paragraphs: paragraphs, firstOnly: reject.isEmpty)
            if let hit = hits.first(where: { !isRejected($0, paragraphs) }) { return hit }
        }
        return nil
    }

    /// A reject pattern reads the hit's whole paragraph; one whose words or literal runs the
    /// paragraph lacks cannot match there, so its regex is not run.
    func isRejected(_ hit: TextPattern.Hit, _ paragraphs: ParagraphIndex) -> Bool {
        guard !reject.isEmpty else { return false }
        let text = paragraphs.text(hit.paragraph)
        let whole = 0..<text.bytes.count
        let folds = text.sentenceFolds.contains(true)
        let candidates = reject.filter { $0.mayMatch(text, in: whole, folds: folds) }
        guard !candidates.isEmpty else { return false }
        return candidates.contains { pattern in
            pattern.matches(inParagraph: text).contains { NSIntersectionRange($0, hit.range).length > 0 }
        }
    }
}
