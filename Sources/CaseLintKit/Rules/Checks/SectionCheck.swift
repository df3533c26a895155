import Foundation

/// `kind: section` — one of the six case-study parts has a heading, and its section is written.
///
///     match:
///       part: data                      # problem | data | approach | evaluation | risks | next_steps
///       headings: [data, dataset, ...]  # synonyms that name the part on their own
///       weak_headings: [overview]       # names that serve the part only sometimes
///       heading_words: [limits]         # words that point to the part anywhere in a heading
///       cues: [patients, records]       # words in a section's text that show it is about the part
///       min_words: 5                    # fewer words (and no table, code, image): "has only N words"
///       full_words: 60                  # the score's full credit; fewer words earn words/full_words
///                                       # (a block at least block_credit) and the section reads "thin"
///       block_credit: 0                 # what a table, code or image earns on its own (default 1);
///                                       # the part's words earn beyond it
///       credit_without_metrics: 0.3     # the share of credit an evaluation with no metric value earns
public struct SectionCheck: Check {
    let rule: RuleDefinition
    let part: String
    /// Fewer words of text than this (and no table, code or image) and the section is only a start.
    let minimumWords: Int
    /// Words of text that earn the part its full share of the score (a table, code or image earns `blockCredit`).
    let fullWords: Int
    /// The share of credit the part earns while the README reports no metric value (evaluation).
    let creditWithoutMetrics: Double?
    /// What a table, code block or image earns the part by itself: reviewers read the words that say
    /// what it shows, and fault results given only as a screenshot.
    let blockCredit: Double

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        part = try match.requiredString("part")
        minimumWords = try match.int("min_words") ?? 1
        fullWords = max(try match.int("full_words") ?? 1, minimumWords, 1)
        creditWithoutMetrics = try match.number("credit_without_metrics")
        if let share = creditWithoutMetrics, !(0...1).contains(share) {
            throw match.error("credit_without_metrics", nil, "expected a number from 0 to 1")
        }
        blockCredit = try match.number("block_credit") ?? 1
        guard (0...1).contains(blockCredit) else {
            throw match.error("block_credit", nil, "expected a number from 0 to 1")
        }
        guard CaseStudyPart(rawValue: part) != nil else {
            throw match.error("part", nil, "'\(part)' is not one of \(CaseStudyPart.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        vocabulary.register(.init(part: part, strong: try match.requiredStrings("headings"),
                                  weak: try match.strings("weak_headings") ?? [], mentions: try match.strings("heading_words") ?? [],
                                  cues: try match.strings("cues") ?? []))
    }

    public var recordsFacts: Bool { true }

    /// Depth, not presence: a written part earns its share in proportion to its words, up to
    /// `full_words` (a table, code or image earns `block_credit` at least); an evaluation without
    /// numbers earns little.
    public func credit(_ context: LintContext) -> Double? {
        guard let entry = context.outline?.parts[part], entry.status == .written else { return 0 }
        var credit = depth(entry)
        if let creditWithoutMetrics, context.metrics.isEmpty { credit *= creditWithoutMetrics }
        return credit
    }

    /// What the section's text earns (0...1): its words up to `full_words`, a table, code or image at least `block_credit`.
    func depth(_ entry: SectionOutline.Entry) -> Double {
        let byWords = min(1, Double(entry.words) / Double(fullWords))
        return entry.hasBlock ? max(blockCredit, byWords) : byWords
    }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let outline = context.outline else { return [] }
        guard let entry = outline.parts[part] else {
            return [Finding(message: rule.message, file: context.readmeFile, wholeFile: true)]
        }
        let thin = entry.status == .written && !entry.hasBlock && entry.words < minimumWords
        // "thin" in the facts whenever the score gives the text less than full credit, as its card says.
        let short = entry.status == .written && depth(entry) < 1
        context.facts.sections[part] = SectionFact(heading: entry.heading.text, line: entry.heading.line,
                                                   status: short ? "thin" : entry.status.rawValue, words: entry.words)
        switch entry.status {
        case .written:
            guard thin else { return [] }
            let words = entry.words == 1 ? "1 word" : "\(entry.words) words"
            return [Finding(message: "The section '\(entry.heading.text)' has only \(words). \(rule.message)", file: context.readmeFile, line: entry.heading.line)]
        case .empty:
            return [Finding(message: "The section '\(entry.heading.text)' is empty. \(rule.message)", file: context.readmeFile, line: entry.heading.line)]
        case .placeholder:
            return [Finding(message: "The section '\(entry.heading.text)' holds only placeholder text. \(rule.message)", file: context.readmeFile, line: entry.heading.line)]
        }
    }
}
