import Foundation

/// `kind: section` — one of the six case-study parts has a heading, and its section is written.
///
///     match:
///       part: data                      # problem | data | approach | evaluation | risks | next_steps
///       headings: [data, dataset, ...]  # synonyms that name the part on their own
///       weak_headings: [overview]       # names that count only when the body talks about the part
///       cues: [patients, records]       # words that show a weakly named section is about the part
public struct SectionCheck: Check {
    let rule: RuleDefinition
    let part: String

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        part = try match.requiredString("part")
        guard CaseStudyPart(rawValue: part) != nil else {
            throw match.error("part", nil, "'\(part)' is not one of \(CaseStudyPart.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        vocabulary.register(.init(part: part, strong: try match.requiredStrings("headings"),
                                  weak: try match.strings("weak_headings") ?? [], cues: try match.strings("cues") ?? []))
    }

    public var recordsFacts: Bool { true }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let outline = context.outline else { return [] }
        guard let entry = outline.parts[part] else {
            return [Finding(message: rule.message, file: context.readmeFile, wholeFile: true)]
        }
        context.facts.sections[part] = SectionFact(heading: entry.heading.text, line: entry.heading.line, status: entry.status.rawValue)
        switch entry.status {
        case .written:
            return []
        case .empty:
            return [Finding(message: "The section '\(entry.heading.text)' is empty. \(rule.message)", file: context.readmeFile, line: entry.heading.line)]
        case .placeholder:
            return [Finding(message: "The section '\(entry.heading.text)' holds only placeholder text. \(rule.message)", file: context.readmeFile, line: entry.heading.line)]
        }
    }
}
