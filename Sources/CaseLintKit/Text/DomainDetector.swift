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
        let words = wordCounts(index)
        guard !words.isEmpty else { return nil }
        var scores = [Double](repeating: 0, count: domains.count)
        // Summed in a fixed order: floating-point addition is not associative, and a dictionary's order
        // changes from run to run, so a README right at a threshold was judged differently each time.
        for word in words {
            let repeats = 1 + 0.5 * log2(Double(word.count))
            for slot in Int(weightStarts[word.list])..<Int(weightStarts[word.list + 1]) {
                scores[Int(weightDomains[slot])] += weightValues[slot] * repeats
            }
        }
        let ranked = scores.indices.sorted { (scores[$0], domains[$1]) > (scores[$1], domains[$0]) }
        let best = ranked[0]
        // The evidence of the best domain only, in the same order: kept for every domain, it was an
        // array per domain and an entry per word and domain, for a list read once.
        var evidence: [(Evidence, Double)] = []
        for word in words {
            let repeats = 1 + 0.5 * log2(Double(word.count))
            for slot in Int(weightStarts[word.list])..<Int(weightStarts[word.list + 1]) where Int(weightDomains[slot]) == best {
                evidence.append((Evidence(word: word.label, count: word.count, line: word.line), weightValues[slot] * repeats))
            }
        }
        let ranking = evidence.sorted { ($0.1, $1.0.word) > ($1.1, $0.0.word) }.map(\.0)
        return Inference(domain: domains[best], score: scores[best], runnerUp: ranked.count > 1 ? scores[ranked[1]] : 0,
                         evidence: ranking)
    }

    /// Each domain word found: its label, how often it occurs, the line of its first match, and the
    /// list of that match; sorted by label, with lists of one label (if any) counted together.
    /// Counted by list position first: a dictionary keyed by the word hashed it at every match.
    private func wordCounts(_ index: TextIndex) -> [(label: String, count: Int, line: Int, list: Int)] {
        let tokens = index.tokens
        var counts = [Int](repeating: 0, count: matcher.labels.count)
        var firstLines = [Int](repeating: 0, count: matcher.labels.count)
        var order: [Int] = []   // lists in the order of their first match
        matcher.forEachMatch(in: index, range: 0..<tokens.count) { list, first, _ in
            if counts[list] == 0 {
                firstLines[list] = Int(tokens[first].line)
                order.append(list)
            }
            counts[list] += 1
        }
        let labels = matcher.labels
        // By label, and among lists of one label by first match: the earliest list speaks for the label.
        let sorted = order.indices.sorted { (labels[order[$0]], $0) < (labels[order[$1]], $1) }.map { order[$0] }
        var words: [(label: String, count: Int, line: Int, list: Int)] = []
        for list in sorted {
            if let last = words.last, last.label == labels[list] {
                words[words.count - 1].count += counts[list]
            } else {
                words.append((labels[list], counts[list], firstLines[list], list))
            }
        }
        return words
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
