/// The heading matcher of the built-in packs, read from the generated `PrebuiltMatchers` instead of
/// built at every start: its phrase tables (each synonym with its plural, tokenized and sorted)
/// were the largest single step of start-up after the dynamic linker.
extension SectionHeadingMatcher {
    /// Everything the matcher holds, as plain tables; the hash sets sorted so that the generated
    /// file is the same from run to run.
    struct Prebuilt: Sendable, Equatable {
        var matcher: PhraseMatcher.Tables
        var framedPrefixes: [[UInt64]]
        var framedSuffixes: [[UInt64]]
        var framedLabels: [String]
        var operational: PhraseMatcher.Tables
        var operationalHeads: [UInt64]
        var operationalLeads: [UInt64]
        var generic: [UInt64]
        var mention: PhraseMatcher.Tables
    }

    init(parts: [SharedVocabulary.SectionPart], operational: [String], operationalHeads: [String] = [],
         operationalLeads: [String] = [], generic: [String]) {
        // Every list the matcher reads (not the parts' text cues, which it does not).
        var key = InputFingerprint(kind: "heading")
        key.combine(parts.count)
        for part in parts {
            key.combine(part.part)
            key.combine(part.strong)
            key.combine(part.weak)
            key.combine(part.mentions)
        }
        for list in [operational, operationalHeads, operationalLeads, generic] { key.combine(list) }
        self = MatcherPrebuilds.heading(key) {
            SectionHeadingMatcher(building: parts, operational: operational, operationalHeads: operationalHeads,
                                  operationalLeads: operationalLeads, generic: generic)
        }
    }

    init(prebuilt: Prebuilt) {
        matcher = PhraseMatcher(tables: prebuilt.matcher)
        framed = prebuilt.framedLabels.indices.map {
            (prefix: prebuilt.framedPrefixes[$0], suffix: prebuilt.framedSuffixes[$0], label: prebuilt.framedLabels[$0])
        }
        operational = PhraseMatcher(tables: prebuilt.operational)
        operationalHeads = Set(prebuilt.operationalHeads)
        operationalLeads = Set(prebuilt.operationalLeads)
        generic = Set(prebuilt.generic)
        mentionMatcher = PhraseMatcher(tables: prebuilt.mention)
    }

    var prebuilt: Prebuilt {
        Prebuilt(matcher: matcher.tables, framedPrefixes: framed.map(\.prefix), framedSuffixes: framed.map(\.suffix),
                 framedLabels: framed.map(\.label), operational: operational.tables, operationalHeads: operationalHeads.sorted(),
                 operationalLeads: operationalLeads.sorted(), generic: generic.sorted(), mention: mentionMatcher.tables)
    }
}
