import Foundation

/// Chooses, for a whole README at once, which heading serves each part: each part at most one
/// heading, a heading only the parts it scores for (and two parts only when its words name both,
/// as in "Results and Limitations"), and the usual reading order as a soft preference.
struct SectionAssignment {
    /// How many of a part's best headings the search looks at; more never changed a choice on the
    /// development corpus and would only cost time.
    static let breadth = 4

    struct Option {
        var candidate: Int
        var score: Double
    }

    /// Part (raw value) -> index into `candidates`.
    static func choose(_ candidates: [SectionCandidate], model: SectionModel, parts: [String]) -> [String: Int] {
        let options: [[Option]] = parts.map { part in
            let weights = model.weights[part]
            // Every candidate holds the same parts' rows, so the part's row is found once.
            let slot = candidates.first?.slot(of: part)
            var scored = candidates.indices.compactMap { index -> Option? in
                guard let slot else { return nil }
                let features = candidates[index].features(slot: slot)
                let score = weights.map { SectionModel.score(features, weights: $0) } ?? -.infinity
                return score > model.threshold ? Option(candidate: index, score: score - model.threshold) : nil
            }
            // Candidates are in document order: the n-th heading that scores for a part pays n times.
            for rank in scored.indices { scored[rank].score -= model.firstPreference * Double(rank) }
            scored.removeAll { $0.score <= 0 }
            // Best first; among equals the earlier heading, as a reader would take the first.
            return Array(scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.candidate < $1.candidate }.prefix(breadth))
        }
        var search = Search(candidates: candidates, parts: parts, options: options, penalty: model.orderPenalty)
        search.run(part: 0, total: 0)
        var result: [String: Int] = [:]
        for (position, choice) in search.best.enumerated() {
            if let choice { result[parts[position]] = choice }
        }
        return preferNamedSubsections(result, candidates: candidates, parts: parts, options: options)
    }

    /// "# Part I — Problem and data" over "## 1. Clinical background" and "## 2. Data": a heading that serves
    /// two parts at once gives a part to the first of its subsections that names that part and scores for
    /// it, as the reader of such an outline takes the subsection, not the container, for the part.
    static func preferNamedSubsections(_ result: [String: Int], candidates: [SectionCandidate], parts: [String],
                                       options: [[Option]]) -> [String: Int] {
        var result = result
        let counts = Dictionary(result.values.map { ($0, 1) }, uniquingKeysWith: +)
        for (position, part) in parts.enumerated() {
            guard let parent = result[part], counts[parent, default: 0] >= 2 else { continue }
            let level = candidates[parent].heading.level
            var child = parent + 1
            while child < candidates.count, candidates[child].heading.level > level {
                if candidates[child].named.contains(part), options[position].contains(where: { $0.candidate == child }),
                   !result.values.contains(child) {
                    result[part] = child
                    break
                }
                child += 1
            }
        }
        return result
    }

    /// Branch and bound over the parts in reading order; the bound is the sum of the best scores
    /// still available, so most READMEs settle after one greedy path.
    private struct Search {
        let candidates: [SectionCandidate]
        let parts: [String]
        let options: [[Option]]
        let penalty: Double
        var chosen: [Int?]
        var best: [Int?]
        var bestTotal = -Double.infinity
        let remainingBound: [Double]

        init(candidates: [SectionCandidate], parts: [String], options: [[Option]], penalty: Double) {
            self.candidates = candidates
            self.parts = parts
            self.options = options
            self.penalty = penalty
            chosen = Array(repeating: nil, count: parts.count)
            best = chosen
            var bound = [Double](repeating: 0, count: parts.count + 1)
            for position in stride(from: parts.count - 1, through: 0, by: -1) {
                bound[position] = bound[position + 1] + max(0, options[position].first?.score ?? 0)
            }
            remainingBound = bound
        }

        mutating func run(part: Int, total: Double) {
            if part == parts.count {
                if total > bestTotal + 1e-9 {
                    bestTotal = total
                    best = chosen
                }
                return
            }
            if total + remainingBound[part] <= bestTotal + 1e-9 { return }
            for option in options[part] where canShare(option.candidate, part: part) {
                chosen[part] = option.candidate
                run(part: part + 1, total: total + option.score - penalty * Double(inversions(adding: option.candidate, at: part)))
            }
            chosen[part] = nil
            run(part: part + 1, total: total)
        }

        /// A heading already chosen for another part serves this one too only when it names both.
        func canShare(_ candidate: Int, part: Int) -> Bool {
            let words = candidates[candidate].named.union(candidates[candidate].mentioned)
            for (other, choice) in chosen[..<part].enumerated() where choice == candidate {
                if !words.contains(parts[part]) || !words.contains(parts[other]) { return false }
            }
            return true
        }

        /// Parts chosen so far (earlier in reading order) whose heading comes after this one.
        func inversions(adding candidate: Int, at part: Int) -> Int {
            let line = candidates[candidate].heading.line
            return chosen[..<part].reduce(0) { count, choice in
                guard let choice else { return count }
                return count + (candidates[choice].heading.line > line ? 1 : 0)
            }
        }
    }
}
