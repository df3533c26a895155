import Foundation

/// What `caselint outline` shows for one heading: the part it was given and why, and for tools the
/// scores (and raw features) behind the choice.
public struct OutlineExplanation: Sendable {
    public var heading: Heading
    /// The parts this heading serves, in reading order (two for "Results and Limitations").
    public var parts: [String]
    /// For each part it serves, the two features that spoke most for it.
    public var reasons: [String: [String]]
    /// The model's score for every part, when the heading could serve one (not the title, not setup).
    public var scores: [String: Double]?
    public var features: [String: [Double]]?

    /// Explains every heading of a README the way `lint` reads it.
    public static func explain(_ bytes: [UInt8], rules: RuleSet) -> [OutlineExplanation] {
        let document = MarkdownScanner.scan(bytes)
        let context = LintContext(document: document, manifestNode: nil, vocabulary: rules.vocabulary)
        guard let outline = context.outline else { return [] }
        let model = rules.vocabulary.sectionModel
        var byLine: [Int: SectionCandidate] = [:]
        for candidate in outline.candidates { byLine[candidate.heading.line] = candidate }
        return document.headings.map { heading in
            let served = CaseStudyPart.allCases.map(\.rawValue).filter { outline.parts[$0]?.heading.line == heading.line }
            var reasons: [String: [String]] = [:]
            for part in served { reasons[part] = outline.parts[part]?.reasons ?? [] }
            let candidate = byLine[heading.line]
            let scores = candidate.map { candidate in
                Dictionary(uniqueKeysWithValues: candidate.features.map { ($0.key, model.score($0.value, part: $0.key)) })
            }
            return OutlineExplanation(heading: heading, parts: served, reasons: reasons, scores: scores, features: candidate?.features)
        }
    }
}
