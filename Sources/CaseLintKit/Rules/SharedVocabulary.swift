import Foundation

/// What several rules of one kind must know about each other. Section rules register their
/// heading synonyms here, because a heading is assigned to a part by comparing all parts' synonyms
/// ("Model Evaluation" is evaluation, not approach). Filled while packs load, read-only afterwards.
public final class SharedVocabulary: @unchecked Sendable {
    public struct SectionPart: Sendable {
        public var part: String
        public var strong: [String]
        public var weak: [String]
        /// Words that point to the part anywhere in a heading, not only as its head noun.
        public var mentions: [String]
        /// Words in a section's text that show it is about the part.
        public var cues: [String]
    }

    public private(set) var sectionParts: [SectionPart] = []
    /// Headings of sections that are never a case-study part, nor is anything under them
    /// ("Installation", "Getting Started", "Project Structure").
    public private(set) var operationalHeadings: [String] = []
    /// Head nouns that make a heading operational whatever comes before them ("Pipeline Usage").
    public private(set) var operationalHeads: [String] = []
    /// Verbs that make a heading a task to perform whatever follows ("Reproduce our results").
    public private(set) var operationalLeads: [String] = []
    /// Trailing words that do not change what a heading names ("Results Summary" is results).
    public private(set) var genericHeadingWords: [String] = []
    /// Words of installation and usage instructions: a section full of them is none of the parts.
    public private(set) var usageCues: [String] = []
    /// Weights that decide which heading serves each part (`rules/section-model.yml`); the built-in
    /// model that only reads names when no pack gives one (made only then: it costs a table of weights).
    public var sectionModel: SectionModel { registeredSectionModel ?? .namesOnly }
    private var registeredSectionModel: SectionModel?
    /// Metric names and aliases, and how far after a name its value may stand.
    public private(set) var metricAliases: [(label: String, phrases: [String])] = []
    public private(set) var metricWindow = 6
    /// Words that mark numbers as expectations or references rather than results.
    public private(set) var metricExpectationCues: [String] = []
    /// Labels that, opening a line with a colon, make its numbers wanted figures: target, aim ...
    public private(set) var metricExpectationLabels: [String] = []
    public private(set) var metricReferenceCues: [String] = []
    /// Words that say a figure is someone else's: "et al.", "in the literature".
    public private(set) var metricLiteratureCues: [String] = []
    /// Verbs that report a share of the positives found ("caught 74% of lows"), and the nouns after
    /// "of" that make the share one of everybody instead ("flags 12% of patients").
    public private(set) var metricShareVerbs: [String] = []
    public private(set) var metricSharePopulations: [String] = []
    /// Adjectives that report an accuracy with the percentage right before them ("95% accurate").
    public private(set) var metricAccuracyAdjectives: [String] = []
    /// Aliases that name a metric in prose or tables only with a colon or equals sign after them ("acc").
    public private(set) var metricLabelledOnlyAliases: [String] = []
    /// Words of a sentence about calibration, and the words whose share after them is its figure
    /// ("slightly over-confident at the top (predicted 80%, observed about 70%)").
    public private(set) var metricCalibrationCues: [String] = []
    public private(set) var metricCalibrationRates: [String] = []
    private var metricCuesCache: MetricCues?
    /// What each domain expects (`profile:` in the packs of `rules/domains/`), and the word
    /// matcher that infers a domain from a README.
    public private(set) var domainProfiles: [DomainProfile] = []
    private var domainDetectorCache: DomainDetector?
    private var metricMatcherCache: PhraseMatcher?
    private var matcherCache: SectionHeadingMatcher?
    private var cueMatcherCache: PhraseMatcher?
    /// The section matchers being built ahead (`startSectionMatchers`); dropped when their lists change.
    private var sectionMatchersBuild: SectionMatchersBuild?

    public init() {}

    func register(operational: [String], operationalHeads heads: [String], operationalLeads leads: [String], generic: [String],
                  usage: [String]) {
        // A pack whose vocabulary holds only other lists changes nothing the section matchers read.
        guard !(operational.isEmpty && heads.isEmpty && leads.isEmpty && generic.isEmpty && usage.isEmpty) else { return }
        operationalHeadings.append(contentsOf: operational)
        operationalHeads.append(contentsOf: heads)
        operationalLeads.append(contentsOf: leads)
        genericHeadingWords.append(contentsOf: generic)
        usageCues.append(contentsOf: usage)
        matcherCache = nil
        cueMatcherCache = nil
        sectionMatchersBuild = nil
    }

    func register(sectionModel model: SectionModel) { registeredSectionModel = model }

    func register(metricAliases aliases: [(label: String, phrases: [String])]) {
        for alias in aliases {
            metricAliases.removeAll { $0.label == alias.label }
            metricAliases.append(alias)
        }
        metricMatcherCache = nil
        metricCuesCache = nil
    }

    func register(metricWindow window: Int) { metricWindow = window }

    func register(metricExpectationCues expectation: [String], expectationLabels labels: [String] = [], referenceCues reference: [String],
                  literatureCues literature: [String], shareVerbs: [String] = [], sharePopulations: [String] = [],
                  accuracyAdjectives: [String] = [], labelledOnlyAliases: [String] = [], calibrationCues: [String] = [],
                  calibrationRates: [String] = []) {
        metricExpectationCues.append(contentsOf: expectation)
        metricExpectationLabels.append(contentsOf: labels)
        metricReferenceCues.append(contentsOf: reference)
        metricLiteratureCues.append(contentsOf: literature)
        metricShareVerbs.append(contentsOf: shareVerbs)
        metricSharePopulations.append(contentsOf: sharePopulations)
        metricAccuracyAdjectives.append(contentsOf: accuracyAdjectives)
        metricLabelledOnlyAliases.append(contentsOf: labelledOnlyAliases)
        metricCalibrationCues.append(contentsOf: calibrationCues)
        metricCalibrationRates.append(contentsOf: calibrationRates)
        metricCuesCache = nil
    }

    public var metricCues: MetricCues {
        if let metricCuesCache { return metricCuesCache }
        let built = MetricCues(expectation: metricExpectationCues, labels: metricExpectationLabels, reference: metricReferenceCues,
                               literature: metricLiteratureCues, shareVerbs: metricShareVerbs, sharePopulations: metricSharePopulations,
                               accuracyAdjectives: metricAccuracyAdjectives, labelledOnly: metricLabelledOnlyAliases,
                               calibrationCues: metricCalibrationCues, calibrationRates: metricCalibrationRates,
                               matcher: metricMatcher)
        metricCuesCache = built
        return built
    }

    func register(profile: DomainProfile) {
        domainProfiles.removeAll { $0.domain == profile.domain }
        domainProfiles.append(profile)
        domainDetectorCache = nil
    }

    public var domainDetector: DomainDetector {
        if let domainDetectorCache { return domainDetectorCache }
        let built = DomainDetector(profiles: domainProfiles)
        domainDetectorCache = built
        return built
    }

    public var metricMatcher: PhraseMatcher {
        if let metricMatcherCache { return metricMatcherCache }
        let built = PhraseMatcher(metricAliases)
        metricMatcherCache = built
        return built
    }

    func register(_ part: SectionPart) {
        sectionParts.removeAll { $0.part == part.part }
        sectionParts.append(part)
        matcherCache = nil
        cueMatcherCache = nil
        sectionMatchersBuild = nil
    }

    /// Every part's text cues and the usage cues, matched in one pass (labels: part names and "usage").
    var sectionCueMatcher: PhraseMatcher {
        if let cueMatcherCache { return cueMatcherCache }
        let built = PhraseMatcher.sharedLabels(sectionParts.map { ($0.part, $0.cues) } + [(SectionCues.usage, usageCues)])
        cueMatcherCache = built
        return built
    }

    /// Built on first use after loading; safe to share across threads from then on.
    public var headingMatcher: SectionHeadingMatcher {
        if let matcherCache { return matcherCache }
        let built = SectionHeadingMatcher(parts: sectionParts, operational: operationalHeadings, operationalHeads: operationalHeads,
                                          operationalLeads: operationalLeads, generic: genericHeadingWords)
        matcherCache = built
        return built
    }

    /// Starts building the section matchers (headings, text cues) on a thread of their own from the
    /// lists as they stand, for a loader whose later packs add nothing to them (the built-in section
    /// rules and their vocabulary are all in the first pack): they are then ready by `freeze`
    /// instead of being its longest part. A later change to the lists drops this build.
    func startSectionMatchers() {
        guard matcherCache == nil, cueMatcherCache == nil, sectionMatchersBuild == nil, !sectionParts.isEmpty else { return }
        sectionMatchersBuild = SectionMatchersBuild(self)
    }

    /// Build the matchers eagerly so that concurrent lint runs only read them. The section
    /// matchers, half of the work, are built on another thread beside the rest (or were started
    /// ahead): this is part of start-up.
    func freeze() {
        let sections = matcherCache == nil || cueMatcherCache == nil ? sectionMatchersBuild ?? SectionMatchersBuild(self) : nil
        sectionMatchersBuild = nil
        _ = metricMatcher
        _ = metricCues
        _ = domainDetector
        if let sections {
            let (heading, cues) = sections.wait()
            if matcherCache == nil { matcherCache = heading }
            if cueMatcherCache == nil { cueMatcherCache = cues }
        }
    }
}

/// The heading matcher and the text-cue matcher built on a thread of their own (not Dispatch's
/// pool, whose workers may all be busy, one of them in `freeze` waiting for this) from a copy of
/// the vocabulary's lists.
private final class SectionMatchersBuild: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written by the building thread before it leaves `done`; read after `wait`.
    private var matchers: (heading: SectionHeadingMatcher, cues: PhraseMatcher)?

    init(_ vocabulary: SharedVocabulary) {
        let (parts, operational, heads, leads, generic) = (vocabulary.sectionParts, vocabulary.operationalHeadings, vocabulary.operationalHeads,
                                                           vocabulary.operationalLeads, vocabulary.genericHeadingWords)
        let cueLists = parts.map { ($0.part, $0.cues) } + [(SectionCues.usage, vocabulary.usageCues)]
        done.enter()
        Thread.detachNewThread {
            let heading = SectionHeadingMatcher(parts: parts, operational: operational, operationalHeads: heads, operationalLeads: leads,
                                                generic: generic)
            self.matchers = (heading, PhraseMatcher.sharedLabels(cueLists))
            self.done.leave()
        }
    }

    func wait() -> (heading: SectionHeadingMatcher, cues: PhraseMatcher) {
        done.wait()
        return matchers!
    }
}
