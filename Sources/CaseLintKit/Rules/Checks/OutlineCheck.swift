import Foundation

/// `kind: outline` — the README reads as a case study at all: at least `min_parts` of the six
/// parts have a heading over written text (a heading over a `[[TODO]]` is not yet a part). Below that, no single part is the problem; the rule's `score_cap` keeps
/// such a README (a file index, a bare usage page) at the bottom of "not ready".
///
///     match:
///       min_parts: 3
public struct OutlineCheck: Check {
    let rule: RuleDefinition
    let minimumParts: Int

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        minimumParts = try match.int("min_parts") ?? 3
        guard (1...CaseStudyPart.allCases.count).contains(minimumParts) else {
            throw match.error("min_parts", nil, "expected a whole number from 1 to \(CaseStudyPart.allCases.count)")
        }
    }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let outline = context.outline else { return [] }
        let found = CaseStudyPart.allCases.filter { outline.parts[$0.rawValue]?.status == .written }
        guard found.count < minimumParts else { return [] }
        let names = found.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") }
        let listed = names.isEmpty ? "none" : names.joined(separator: ", ")
        return [Finding(message: "\(rule.message) Found \(found.count) of 6 (\(listed)).", file: context.readmeFile, wholeFile: true)]
    }
}
