/// The built-in packs' domain detector, read from the generated `PrebuiltMatchers` instead of built
/// at every start (every profile's words lowercased, gathered, sorted and made into a matcher).
extension DomainDetector {
    /// The detector as plain tables: weight `i` is `weightValues[i]` for domain `weightDomains[i]`
    /// of word list `weightLists[i]`, in the order the words' weights were listed.
    struct Prebuilt: Sendable, Equatable {
        var domains: [String]
        var matcher: PhraseMatcher.Tables
        var weightLists: [Int32]
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
        var weights = [[(domain: Int, weight: Double)]](repeating: [], count: prebuilt.matcher.labels.count)
        for index in prebuilt.weightLists.indices {
            weights[Int(prebuilt.weightLists[index])].append((Int(prebuilt.weightDomains[index]), prebuilt.weightValues[index]))
        }
        self.weights = weights
    }

    var prebuilt: Prebuilt {
        var lists: [Int32] = [], domainIndexes: [Int32] = [], values: [Double] = []
        for (list, listWeights) in weights.enumerated() {
            for (domain, weight) in listWeights {
                lists.append(Int32(list))
                domainIndexes.append(Int32(domain))
                values.append(weight)
            }
        }
        return Prebuilt(domains: domains, matcher: matcher.tables, weightLists: lists, weightDomains: domainIndexes, weightValues: values)
    }
}
