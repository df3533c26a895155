import Foundation

/// A pack's `vocabulary:`, the word lists and settings the section and metric rules share (heading
/// words of operational sections, metric aliases, the section model's weights).
extension RulePackLoader {
    static let vocabularyKeys: Set<String> = ["operational_headings", "operational_heads", "operational_leads", "generic_heading_words", "usage_cues", "metric_aliases",
                                              "metric_window", "metric_expectation_cues", "metric_expectation_labels", "metric_reference_cues", "metric_literature_cues",
                                              "metric_share_verbs", "metric_share_populations", "metric_accuracy_adjectives",
                                              "metric_labelled_only_aliases", "metric_calibration_cues", "metric_calibration_rates", "section_model"]

    /// Pack-level word lists shared by the section rules.
    static func loadVocabulary(_ node: RuleValue, file: String, into vocabulary: SharedVocabulary) throws {
        guard let mapping = node.mapping else { throw InputError(file: file, line: node.mark?.line, "vocabulary: expected a mapping") }
        var lists: [String: [String]] = [:]
        for pair in mapping {
            let key = pair.key.scalar?.string ?? ""
            guard vocabularyKeys.contains(key) else {
                throw InputError(file: file, line: pair.key.mark?.line, "vocabulary: unknown key '\(key)' (known: \(vocabularyKeys.sorted().joined(separator: ", ")))")
            }
            switch key {
            case "metric_aliases":
                guard let table = pair.value.mapping else {
                    throw InputError(file: file, line: pair.value.mark?.line, "vocabulary.metric_aliases: expected a mapping of metric: [aliases]")
                }
                let aliases = try table.map { entry -> (label: String, phrases: [String]) in
                    guard let name = entry.key.scalar?.string, let phrases = entry.value.sequence?.compactMap({ $0.scalar?.string }), !phrases.isEmpty else {
                        throw InputError(file: file, line: entry.key.mark?.line, "vocabulary.metric_aliases: each metric needs a list of aliases")
                    }
                    return (name, phrases)
                }
                vocabulary.register(metricAliases: aliases)
            case "metric_window":
                guard let window = pair.value.wholeNumber, (1...20).contains(window) else {
                    throw InputError(file: file, line: pair.value.mark?.line, "vocabulary.metric_window: expected a whole number from 1 to 20")
                }
                vocabulary.register(metricWindow: window)
            case "section_model":
                vocabulary.register(sectionModel: try SectionModel.load(pair.value, file: file))
            default:
                guard let items = pair.value.sequence?.compactMap({ $0.scalar?.string }) else {
                    throw InputError(file: file, line: pair.value.mark?.line, "vocabulary.\(key): expected a list of words")
                }
                lists[key] = items
            }
        }
        vocabulary.register(operational: lists["operational_headings"] ?? [], operationalHeads: lists["operational_heads"] ?? [],
                            operationalLeads: lists["operational_leads"] ?? [],
                            generic: lists["generic_heading_words"] ?? [],
                            usage: lists["usage_cues"] ?? [])
        if lists["metric_expectation_cues"] != nil || lists["metric_expectation_labels"] != nil || lists["metric_reference_cues"] != nil
            || lists["metric_literature_cues"] != nil || lists["metric_share_verbs"] != nil || lists["metric_share_populations"] != nil
            || lists["metric_accuracy_adjectives"] != nil || lists["metric_labelled_only_aliases"] != nil
            || lists["metric_calibration_cues"] != nil || lists["metric_calibration_rates"] != nil {
            vocabulary.register(metricExpectationCues: lists["metric_expectation_cues"] ?? [],
                                expectationLabels: lists["metric_expectation_labels"] ?? [],
                                referenceCues: lists["metric_reference_cues"] ?? [],
                                literatureCues: lists["metric_literature_cues"] ?? [],
                                shareVerbs: lists["metric_share_verbs"] ?? [],
                                sharePopulations: lists["metric_share_populations"] ?? [],
                                accuracyAdjectives: lists["metric_accuracy_adjectives"] ?? [],
                                labelledOnlyAliases: lists["metric_labelled_only_aliases"] ?? [],
                                calibrationCues: lists["metric_calibration_cues"] ?? [],
                                calibrationRates: lists["metric_calibration_rates"] ?? [])
        }
    }
}
