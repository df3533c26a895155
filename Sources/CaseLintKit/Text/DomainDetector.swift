import Foundation

/// Guesses a README's domain from its words when none is declared: "DICOM" and "radiograph" read
/// as imaging, "forecast" and "arrivals" as operations. Each domain's profile lists strong words
/// (typical of it, worth 2) and weak ones (shared with other domains, worth 1); repeats add a
/// little (half a point per doubling), so one word said twenty times cannot outvote three different
/// ones. Only readable text counts, never code. The guess is trusted only with enough evidence and
/// a clear lead over the runner-up; otherwise the project has no domain.
public struct DomainDetector: Sendable {
    /// A word that counted towards a domain.
    public struct Evidence: Sendable, Equatable {
        public var word: String
        public var count: Int
        public var line: Int
    }

    public struct Inference: Sendable {
        public var domain: String
        public var score: Double
        public var runnerUp: Double
        /// The words behind the guess, the ones that weighed most first.
        public var evidence: [Evidence]
        /// Enough evidence (`minimumScore`) and a clear lead (`minimumLead` times the runner-up).
        public var confident: Bool { score >= DomainDetector.minimumScore && score >= DomainDetector.minimumLead * runnerUp }
    }

    /// About three different strong words, or two said several times.
    public static let minimumScore = 5.0
    public static let minimumLead = 1.5

    let matcher: PhraseMatcher
    let domains: [String]
    /// Per phrase list (one word each, in the matcher's order): its (domain index, weight) pairs are
    /// `weightDomains[weightStarts[list]..<weightStarts[list + 1]]` and the same of `weightValues`; a
    /// word may count for several domains. Flat, so that reading them from tables allocates nothing per word.
    let weightStarts: [Int32]
    let weightDomains: [Int32]
    let weightValues: [Double]

    /// Built from the profiles (`init(profiles:)` reads the generated tables instead when it has them).
    init(building profiles: [DomainProfile]) {
        domains = profiles.map(\.domain)
        var weights: [String: [(domain: Int, weight: Double)]] = [:]
        for (index, profile) in profiles.enumerated() {
            for (words, weight) in [(profile.strongWords, 2.0), (profile.weakWords, 1.0)] {
                for word in words { weights[word.lowercased(), default: []].append((index, weight)) }
            }
        }
        let words = weights.keys.sorted()
        var starts: [Int32] = [0], domainIndexes: [Int32] = [], values: [Double] = []
        for word in words {
            for (domain, weight) in weights[word] ?? [] {
                domainIndexes.append(Int32(domain))
                values.append(weight)
            }
            starts.append(Int32(values.count))
        }
        (weightStarts, weightDomains, weightValues) = (starts, domainIndexes, values)
        matcher = PhraseMatcher(building: words.map { ($0, [$0]) })
    }

    /// The best-scoring domain, confident or not; nil when no domain word occurs at all.
    public func infer(_ index: TextIndex) -> Inference? {
        guard !domains.isEmpty else { return nil }
        var counts: [String: (count: Int, line: Int, list: Int)] = [:]
        for match in matcher.matches(in: index, range: 0..<index.tokens.count) {
            let line = Int(index.tokens[match.firstToken].line)
            counts[match.label, default: (0, line, match.list)].count += 1
        }
        guard !counts.isEmpty else { return nil }
        var scores = [Double](repeating: 0, count: domains.count)
        var evidence = [[(Evidence, Double)]](repeating: [], count: domains.count)
        // Summed in a fixed order: floating-point addition is not associative, and a dictionary's order
        // changes from run to run, so a README right at a threshold was judged differently each time.
        for (word, found) in counts.sorted(by: { $0.key < $1.key }) {
            let repeats = 1 + 0.5 * log2(Double(found.count))
            for slot in Int(weightStarts[found.list])..<Int(weightStarts[found.list + 1]) {
                let (domain, weight) = (Int(weightDomains[slot]), weightValues[slot])
                scores[domain] += weight * repeats
                evidence[domain].append((Evidence(word: word, count: found.count, line: found.line), weight * repeats))
            }
        }
        let ranked = scores.indices.sorted { (scores[$0], domains[$1]) > (scores[$1], domains[$0]) }
        let best = ranked[0]
        let words = evidence[best].sorted { ($0.1, $1.0.word) > ($1.1, $0.0.word) }.map(\.0)
        return Inference(domain: domains[best], score: scores[best], runnerUp: ranked.count > 1 ? scores[ranked[1]] : 0,
                         evidence: words)
    }
}

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
