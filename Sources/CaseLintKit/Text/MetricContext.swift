import Foundation

/// Where a number next to a metric's name is not the project's result: under a heading or after a
/// lead-in that announces expectations ("## Expected Performance", "Expected performance with our
/// implementation:"), and in a reference row that is true by definition ("Reference: everyone gets
/// the cohort's rate | 0.50", "chance level 0.5").
struct MetricContext {
    /// 1-based line -> the line reports expectations, not results (index 0 unused).
    let expectationLines: [Bool]
    let index: TextIndex
    let referenceCues: PhraseMatcher
    let literatureCues: PhraseMatcher

    init(index: TextIndex, names: [PhraseMatcher.Match], expectationCues: Set<UInt64>, labelCues: Set<UInt64> = [], referenceCues: PhraseMatcher,
         literatureCues: PhraseMatcher) {
        self.index = index
        self.referenceCues = referenceCues
        self.literatureCues = literatureCues
        let document = index.document
        let tokens = index.tokens
        var marked = [Bool](repeating: false, count: document.lineCount + 2)
        guard !expectationCues.isEmpty else { expectationLines = marked; return }
        // A cue word that starts a metric's name ("expected calibration error") is the name, not a cue.
        let nameStarts = Set(names.map(\.firstToken))
        func hasCue(_ line: Int) -> Bool {
            index.tokenRange(line: line).contains { expectationCues.contains(tokens[$0].hash) && !nameStarts.contains($0) }
        }
        for section in index.sections where hasCue(section.heading.line) {
            if let body = section.bodyLines { for line in body { marked[line] = true } }
        }
        // A lead-in with a cue ("Expected performance with our implementation:") marks the rest of its
        // paragraph (its list) and a table right after it.
        var line = 1
        while line <= document.lineCount {
            guard document.kinds[line - 1] == .prose, Self.endsWithColon(document, line), hasCue(line) else { line += 1; continue }
            var next = line + 1
            while next <= document.lineCount, document.kinds[next - 1] == .prose { marked[next] = true; next += 1 }
            var table = next
            while table <= document.lineCount, document.kinds[table - 1] == .blank, table - next < 2 { table += 1 }
            while table <= document.lineCount, document.kinds[table - 1] == .table { marked[table] = true; table += 1 }
            line = next
        }
        // A line that opens with its own label ("Target: sensitivity >= 0.90 at specificity 0.80",
        // "Goal: an AUROC above 0.80") states what is wanted, not what was reached.
        for line in stride(from: 1, through: document.lineCount, by: 1) where document.kinds[line - 1] == .prose {
            let range = index.tokenRange(line: line)
            guard let first = range.first, !tokens[first].isNumber else { continue }
            let token = tokens[first]
            guard expectationCues.contains(token.hash) || labelCues.contains(token.hash) else { continue }
            var after = Int(token.end)
            while after < index.lower.count, index.lower[after] == UInt8(ascii: "*") || index.lower[after] == UInt8(ascii: "_") { after += 1 }
            if after < index.lower.count, index.lower[after] == UInt8(ascii: ":") { marked[line] = true }
        }
        expectationLines = marked
    }

    static func endsWithColon(_ document: MarkdownDocument, _ line: Int) -> Bool {
        let range = document.lineRanges[line - 1]
        var end = range.upperBound
        while end > range.lowerBound, document.bytes[end - 1] == 0x20 || document.bytes[end - 1] == UInt8(ascii: "*") { end -= 1 }
        return end > range.lowerBound && document.bytes[end - 1] == UInt8(ascii: ":")
    }

    func isExpectation(line: Int) -> Bool { line < expectationLines.count && expectationLines[line] }

    /// Whether the value sits in a reference row (its first cell says so) or, in prose, within a few
    /// words of a reference cue ("0.5, i.e. chance").
    func isReference(_ position: Int) -> Bool {
        let tokens = index.tokens
        let token = tokens[position]
        let lineTokens = index.tokenRange(line: Int(token.line))
        if index.document.kinds[Int(token.line) - 1] == .table, let first = lineTokens.first {
            let firstCell = tokens[first].cell
            let cell = lineTokens.prefix { tokens[$0].cell == firstCell }
            let range = cell.startIndex..<cell.endIndex
            // A row for other work ("Rajpurkar et al. (2017) | 0.76") is a reference too.
            return referenceCues.matches(in: tokens, range: range).contains { !isComparedWith($0) }
                || !literatureCues.matches(in: tokens, range: range).isEmpty
        }
        let low = max(lineTokens.lowerBound, position - 5)
        let high = min(lineTokens.upperBound, position + 6)
        return referenceCues.matches(in: tokens, range: low..<high).contains { $0.label == "any" }
    }

    /// "ROUGE-L vs reference", "BLEU against the reference notes": what a text-overlap score is measured
    /// against, not a row or a figure that is true by definition.
    private func isComparedWith(_ match: PhraseMatcher.Match) -> Bool {
        // Only the word "reference" (the one cue read in a row's first cell alone): "close to chance" still names chance.
        guard index.tokens[match.firstToken].hash == Self.reference else { return false }
        var before = match.firstToken - 1
        if before >= 0, Self.articles.contains(index.tokens[before].hash) { before -= 1 }
        return before >= 0 && index.tokens[before].line == index.tokens[match.firstToken].line
            && Self.comparedWith.contains(index.tokens[before].hash)
    }

    static let reference = TextIndex.hash("reference".utf8)
    static let comparedWith: Set<UInt64> = Set(["vs", "versus", "against", "to", "with"].map { TextIndex.hash($0.utf8) })
    static let articles: Set<UInt64> = Set(["the", "a", "their", "its"].map { TextIndex.hash($0.utf8) })
}

/// The words `MetricScanner` needs beyond metric names, from the evidence pack's vocabulary.
public struct MetricCues: Sendable {
    /// Words of a heading or lead-in that announce expectations: expected, goal, planned ...
    let expectation: Set<UInt64>
    /// Labels that open a line of wanted figures ("Target:"), beside the expectation cues.
    let labels: Set<UInt64>
    /// Phrases of a row or sentence that is true by definition: chance, everyone, no-skill ...
    let reference: PhraseMatcher
    /// Phrases that attribute a figure to other work: et al, in the literature, the original paper ...
    let literature: PhraseMatcher
    /// Verbs of finding that make "N% of ..." after them a sensitivity ("caught 74% of real lows").
    let shareVerbs: PhraseMatcher
    /// Nouns after "of" that make such a share one of everybody, not of the positives ("flags 12% of patients").
    let sharePopulations: Set<UInt64>
    /// Adjectives after a percentage that make it an accuracy ("95% accurate").
    let accuracyAdjectives: Set<UInt64>
    /// Aliases that are as often something else (ACC, a wearable's accelerometer): in prose and tables
    /// they name the metric only with a colon or equals sign after them ("acc: 0.93").
    let labelledOnly: Set<UInt64>
    /// Phrases of a sentence about calibration ("over-confident", "calibrated"), and the words whose
    /// share right after them is its figure ("observed", "predicted").
    let calibration: PhraseMatcher
    let calibrationRates: Set<UInt64>
    /// The metric names, for lines of code blocks (which the text index does not hold).
    let matcher: PhraseMatcher

    init(expectation: [String], labels: [String] = [], reference: [String], literature: [String] = [], shareVerbs: [String] = [],
         sharePopulations: [String] = [], accuracyAdjectives: [String] = [], labelledOnly: [String] = [], calibrationCues: [String] = [],
         calibrationRates: [String] = [], matcher: PhraseMatcher) {
        self.calibration = PhraseMatcher([(label: "calibration", phrases: calibrationCues)])
        self.calibrationRates = Set(calibrationRates.map { TextIndex.hash($0.lowercased().utf8) })
        self.labelledOnly = Set(labelledOnly.map { TextIndex.hash($0.lowercased().utf8) })
        self.accuracyAdjectives = Set(accuracyAdjectives.map { TextIndex.hash($0.lowercased().utf8) })
        self.shareVerbs = PhraseMatcher([(label: "sensitivity", phrases: shareVerbs)])
        self.sharePopulations = Set(sharePopulations.map { TextIndex.hash($0.lowercased().utf8) })
        self.labels = Set(labels.map { TextIndex.hash($0.lowercased().utf8) })
        self.literature = PhraseMatcher([(label: "literature", phrases: literature)])
        self.expectation = Set(expectation.flatMap { PhraseMatcher.tokenHashes($0).prefix(1) })
        // "reference" alone names a reference row in a table; in a sentence it is too often the
        // reference standard or a reference test set.
        self.reference = PhraseMatcher([(label: "row", phrases: reference.filter { $0 == "reference" }),
                                        (label: "any", phrases: reference.filter { $0 != "reference" })])
        self.matcher = matcher
    }
}
