/// The built-in packs' domain detector, read from the generated `PrebuiltMatchers` instead of built
/// at every start (every profile's words lowercased, gathered, sorted and made into a matcher).
extension DomainDetector {
    /// The detector as plain tables (see `weightStarts`).
    struct Prebuilt: Sendable, Equatable {
        var domains: [String]
        var matcher: PhraseMatcher.Tables
        var weightStarts: [Int32]
        var weightDomains: [Int32]
        var weightValues: [Double]
    }

    public init(profiles: [DomainProfile]) {
        var key = InputFingerprint(kind: "domains")
        key.combine(profiles.count)
        for profile in profiles {
            key.combine(profile.domain)
            key.combine(profile.strongWords)
            key.combine(profile.weakWords)
        }
        self = MatcherPrebuilds.domains(key) { DomainDetector(building: profiles) }
    }

    init(prebuilt: Prebuilt) {
        domains = prebuilt.domains
        matcher = PhraseMatcher(tables: prebuilt.matcher)
        (weightStarts, weightDomains, weightValues) = (prebuilt.weightStarts, prebuilt.weightDomains, prebuilt.weightValues)
    }

    var prebuilt: Prebuilt {
        Prebuilt(domains: domains, matcher: matcher.tables, weightStarts: weightStarts, weightDomains: weightDomains, weightValues: weightValues)
    }
}
