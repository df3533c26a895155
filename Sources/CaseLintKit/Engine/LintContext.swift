import Foundation
import Yams

/// Everything the checks of one project read, built once per project. Not shared across threads:
/// each project gets its own context, so checks may record facts without locking.
public final class LintContext {
    public let readmeFile: String
    public let document: MarkdownDocument?
    public let manifestFile: String
    public let manifestNode: YAMLValue?
    public let vocabulary: SharedVocabulary
    public var facts = Facts()
    /// The domain the project is judged in, when one is declared or can be inferred.
    public var domain: ResolvedDomain?
    /// The manifest's typed values, when it could be read.
    public var manifest: Manifest?
    /// What the project's domain expects (its pack's `profile:`).
    public var domainProfile: DomainProfile? { vocabulary.profile(domain?.id) }
    /// What the project is judged on in its domain: the profile's groups, or its task's.
    public lazy var domainExpectations: DomainExpectations? = domainProfile?.expectations(for: text)
    /// Metrics whose value is still a `[[TODO]]` marker (see `MetricSlots`), found on first use.
    public lazy var metricSlots: Set<String> = text.map {
        MetricSlots(index: $0, found: metricNames, window: vocabulary.metricWindow).names()
    } ?? []
    /// What the README's words say about its domain, worked out once for whoever asks.
    public lazy var domainInference: DomainDetector.Inference? = text.flatMap { vocabulary.domainDetector.infer($0) }
    /// The project folder, for checks that read more than the README and manifest (sample data).
    public var root: URL?
    /// The manifest as written, for checks that read its text rather than its values.
    public var manifestBytes: [UInt8]?
    /// Small data files under the project (CSV, TSV, JSON, JSONL), found and read on first use.
    /// Rule examples set them directly.
    public lazy var dataFiles: [SampleDataFile] = mayHoldSampleData ? root.map { SampleDataFinder.files(under: $0) } ?? [] : []
    /// False when the project folder was listed already and holds nothing sample data could be in
    /// (`Project.mayHoldSampleData`).
    public var mayHoldSampleData = true
    /// Term counts of the keywords rules, by rule id (see `KeywordsCheck.counts`).
    var keywordCounts: [String: [Int?]] = [:]

    public init(readmeFile: String = "README.md", document: MarkdownDocument?, manifestFile: String = "case-study.yaml",
                manifestNode: YAMLValue?, vocabulary: SharedVocabulary) {
        self.readmeFile = readmeFile
        self.document = document
        self.manifestFile = manifestFile
        self.manifestNode = manifestNode
        self.vocabulary = vocabulary
    }

    /// The README's words as its rendered page shows them, HTML blocks included (`readingView`):
    /// what every text check reads. Identical to `document` for a README without HTML text.
    public lazy var readable: MarkdownDocument? = document.map(\.readingView)
    public lazy var text: TextIndex? = readable.map(TextIndex.init)
    public lazy var paragraphs: ParagraphIndex? = readable.map(ParagraphIndex.init)
    public lazy var words: WordPrefixIndex? = text.map(WordPrefixIndex.init)
    /// Patient identifiers in the README's bytes (`ReadmeIdentifiers`), found once; they read no rule.
    lazy var readmeIdentifierHits: [IdentifierHit] = document.map { ReadmeIdentifiers(document: $0).hits() } ?? []
    /// Metrics reported with values in the README, found once and recorded as facts.
    public lazy var metrics: [MetricFact] = {
        guard let text, let abbreviations else { return [] }
        let found = MetricScanner(index: text, names: abbreviations.adding(to: metricNames, in: text),
                                  window: vocabulary.metricWindow, file: readmeFile, cues: vocabulary.metricCues,
                                  htmlCells: document.map(HTMLTableGrid.cells) ?? [], defined: abbreviations.definedShortForms).scan()
        facts.metrics = found
        return found
    }()
    /// Where the alias table's metric names occur in the README.
    lazy var metricNames: [PhraseMatcher.Match] = text.map { text in
        let matcher = vocabulary.metricMatcher
        return CellBoundedMatches.split(matcher.matches(in: text, range: 0..<text.tokens.count), tokens: text.tokens) {
            matcher.matches(in: text, range: $0)
        }.filter { Self.isWrittenAsOneWord($0, in: text) }
    } ?? []

    /// A name of a letter and a number ("P@8", "R@5": precision and recall over the top k; "R^2") counts
    /// only joined as its alias joins them: "p. 5" in a citation is a page, "r=3" a radius.
    static func isWrittenAsOneWord(_ match: PhraseMatcher.Match, in text: TextIndex) -> Bool {
        guard match.lastToken == match.firstToken + 1 else { return true }
        let letter = text.tokens[match.firstToken], number = text.tokens[match.lastToken]
        guard letter.end - letter.start == 1, number.isNumber else { return true }
        let gap = text.lower[Int(letter.end)..<Int(number.start)]
        return gap.count == 1 && (gap.first == UInt8(ascii: "@") || gap.first == UInt8(ascii: "^"))
    }
    /// Short forms the README defines for a metric ("Concordance Index (CI)").
    lazy var abbreviations: DefinedAbbreviations? = text.map { DefinedAbbreviations(index: $0, matches: metricNames) }
    public lazy var outline: SectionOutline? = text.map { SectionOutline(index: $0, vocabulary: vocabulary, metricLines: metrics.map(\.line)) }

    /// A top-level manifest value that is present and not empty.
    /// The first pair of a key written twice counts, as `YAMLValue[text:]` finds it; a manifest holds
    /// a few keys, so walking them costs less than hashing them into a dictionary.
    public func manifestValue(_ key: String) -> YAMLValue? {
        guard let value = manifestNode?[text: key] else { return nil }
        // Blank is read up to the first character that is not: trimming (Foundation) copied the
        // whole text, a summary, through NSString on each look-up.
        if let text = value.scalarText, text.unicodeScalars.allSatisfy(Self.isWhitespace) || value.isNullWord { return nil }
        if let list = value.items, list.isEmpty { return nil }
        if let map = value.pairs, map.isEmpty { return nil }
        return value
    }

    /// `CharacterSet.whitespaces` (category Zs and tab), answered for ASCII without Foundation.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || scalar == "\t" : CharacterSet.whitespaces.contains(scalar)
    }
}
