import Foundation
import Yams

/// Everything the checks of one project read, built once per project. Not shared across threads:
/// each project gets its own context, so checks may record facts without locking.
public final class LintContext {
    public let readmeFile: String
    public let document: MarkdownDocument?
    public let manifestFile: String
    public let manifestNode: Node?
    public let vocabulary: SharedVocabulary
    public var facts = Facts()
    /// The domain the project is judged in, when one is declared or can be inferred.
    public var domain: ResolvedDomain?

    public init(readmeFile: String = "README.md", document: MarkdownDocument?, manifestFile: String = "case-study.yaml",
                manifestNode: Node?, vocabulary: SharedVocabulary) {
        self.readmeFile = readmeFile
        self.document = document
        self.manifestFile = manifestFile
        self.manifestNode = manifestNode
        self.vocabulary = vocabulary
    }

    public lazy var text: TextIndex? = document.map(TextIndex.init)
    public lazy var paragraphs: ParagraphIndex? = document.map(ParagraphIndex.init)
    public lazy var words: WordPrefixIndex? = text.map(WordPrefixIndex.init)
    /// Metrics reported with values in the README, found once and recorded as facts.
    public lazy var metrics: [MetricFact] = {
        guard let text else { return [] }
        let found = MetricScanner(index: text, matcher: vocabulary.metricMatcher, window: vocabulary.metricWindow,
                                  file: readmeFile).scan()
        facts.metrics = found
        return found
    }()
    public lazy var outline: SectionOutline? = text.map { SectionOutline(index: $0, matcher: vocabulary.headingMatcher) }

    /// A top-level manifest value that is present and not empty.
    public func manifestValue(_ key: String) -> Node? {
        guard let value = manifestNode?.mapping?[key] else { return nil }
        if let scalar = value.scalar, scalar.string.trimmingCharacters(in: .whitespaces).isEmpty || value.null != nil { return nil }
        if let list = value.sequence, list.isEmpty { return nil }
        if let map = value.mapping, map.isEmpty { return nil }
        return value
    }
}
