import Foundation

/// `kind: disclaimer` — a sentence says the project is not for clinical use, judged from classes of
/// cue words (see `DisclaimerScanner`), and its first such sentence is recorded as the disclaimer fact.
///
///     match:
///       negators: [not, never, no, ...]      # words that deny what follows
///       clinical: [clinical, medical, ...]   # what a disclaimer is about
///       uses: [use, device, decisions, ...]  # what makes a clinical word a use or a product
///       use_verbs: [use, used, using]        # "use" as a verb needs a preposition: "used for diagnosis"
///       prepositions: [for, in, to, ...]
///       purposes: [research, teaching, ...]  # purposes a project may be restricted to
///       markers: [only, solely, ...]         # words that make a purpose a restriction
///       purpose_frames: [for, use, purposes] # words that make a purpose a use
///       # optional: noun_negators, emphasis, professionals, replacements, consult, purpose_verbs, purpose_objects,
///       # model_stages, partial_after,
///       # availability, before, headings, licence_headings
public struct DisclaimerCheck: Check {
    let rule: RuleDefinition
    let cues: DisclaimerCues

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        var lists: [String: [String]] = [:]
        for key in DisclaimerCues.requiredKeys { lists[key] = try match.requiredStrings(key) }
        for key in DisclaimerCues.optionalKeys { lists[key] = try match.strings(key) }
        // Word classes are judged a word at a time: a phrase would count as its first word only.
        for key in DisclaimerCues.wordKeys {
            if let phrase = lists[key]?.first(where: { PhraseMatcher.tokenHashes($0).count != 1 }) {
                throw match.error(key, nil, "'\(phrase)' is not one word; list single words (a hyphenated word reads as two)")
            }
        }
        cues = DisclaimerCues(lists: lists)
    }

    public var recordsFacts: Bool { true }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let index = context.text, let paragraphs = context.paragraphs else { return [] }
        if let hit = DisclaimerScanner(index: index, paragraphs: paragraphs, cues: cues).firstHit() {
            context.facts.disclaimer = DisclaimerFact(line: hit.line, text: InlineText.plain(paragraphs.paragraphs[hit.paragraph].text))
            return []
        }
        // A disclaimer after a fence that is never closed is shown as code, and read all the same.
        if let swallowed = context.readable?.runawayFenceAsProse {
            let swallowedParagraphs = ParagraphIndex(swallowed)
            if let hit = DisclaimerScanner(index: TextIndex(swallowed), paragraphs: swallowedParagraphs, cues: cues).firstHit() {
                context.facts.disclaimer = DisclaimerFact(line: hit.line,
                                                          text: InlineText.plain(swallowedParagraphs.paragraphs[hit.paragraph].text))
                return []
            }
        }
        // A badge's words, "status | not for clinical use", are on the page though only its address holds them.
        if let document = context.readable, let badges = ShieldsBadgeText.document(from: document) {
            let badgeParagraphs = ParagraphIndex(badges)
            if let hit = DisclaimerScanner(index: TextIndex(badges), paragraphs: badgeParagraphs, cues: cues).firstHit() {
                context.facts.disclaimer = DisclaimerFact(line: hit.line, text: InlineText.plain(badgeParagraphs.paragraphs[hit.paragraph].text))
                return []
            }
        }
        return [Finding(message: rule.message, file: context.readmeFile, wholeFile: true)]
    }
}
