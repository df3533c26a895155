import Foundation

/// What the section model knows about one heading as a candidate for one case-study part. Each
/// feature is a number (mostly 0 or 1, counts as log(1 + n)); the model's weights for a part turn
/// them into a score (`rules/section-model.yml`, fitted by `Scripts/section_model_fit.py`). The raw
/// values names are part of that file's format: renaming one is a format change.
public enum SectionFeature: String, CaseIterable, Sendable {
    /// Always 1: the part's threshold, so that "no heading serves it" is a real choice.
    case bias
    /// The heading's head noun is one of the part's names ("Model Evaluation" for evaluation).
    case name
    /// A name that serves the part only sometimes ("Overview" for the problem).
    case weakName = "weak_name"
    /// A word of the part appears anywhere in the heading ("Behind the Model", "Model Performance").
    case mention
    /// A word of the part ends the heading or one of its pieces ("Scope and Limits", "What still goes wrong").
    case headWord = "head_word"
    /// The heading names another part, and neither names nor mentions this one.
    case otherName = "other_name"
    /// A question or plain-speech heading ("What problem are we solving?", "How we measured it").
    case question
    /// The part's words in the section's own text, log(1 + count).
    case cues
    /// The part's words per word of the section's own text (0 to 1): what the text is mainly about.
    case cueShare = "cue_share"
    /// The part's words in its subsections, log(1 + count).
    case subsectionCues = "subsection_cues"
    /// Metric names with numbers in the section's own text, log(1 + count).
    case metrics
    /// Metric names with numbers in its subsections, log(1 + count).
    case subsectionMetrics = "subsection_metrics"
    /// Words of installation and usage (install, clone, run the script), log(1 + count).
    case usage
    /// Installation and usage words and terminal commands in its subsections, log(1 + count).
    case subsectionUsage = "subsection_usage"
    /// Share of the section's own lines that are code.
    case code
    /// Lines of terminal commands in the section's own text (pip install, git clone), log(1 + count).
    case commands
    /// The section's own words, log(1 + count).
    case words
    /// The heading only introduces subsections: no text of its own before the first one.
    case container
    /// Depth below the document's top section level (0, 1, 2, capped at 3).
    case depth
    /// A line of bold text standing in for a heading.
    case bold
    /// Where the heading stands in the README, 0 at the top to 1 at the end.
    case position
    /// The first heading after the title that could serve a part: where READMEs open with their why.
    case first
    /// Inside a section that is never a part (Installation, Usage, Project Structure).
    case underOperational = "under_operational"
    /// Inside a section whose heading names or mentions this part: the parent already serves it.
    case underSame = "under_same"
    /// Inside a section whose heading names another part ("Our Solution" under "The Problem").
    case underOther = "under_other"
    /// An earlier heading, not an enclosing one, already names this part.
    case earlierName = "earlier_name"

    public static let count = allCases.count
    /// The position in declaration order (the model's weight rows follow it). A switch, not a search
    /// of `allCases`: the section model asks for it some 800 times per README.
    public var index: Int {
        switch self {
        case .bias: return 0
        case .name: return 1
        case .weakName: return 2
        case .mention: return 3
        case .headWord: return 4
        case .otherName: return 5
        case .question: return 6
        case .cues: return 7
        case .cueShare: return 8
        case .subsectionCues: return 9
        case .metrics: return 10
        case .subsectionMetrics: return 11
        case .usage: return 12
        case .subsectionUsage: return 13
        case .code: return 14
        case .commands: return 15
        case .words: return 16
        case .container: return 17
        case .depth: return 18
        case .bold: return 19
        case .position: return 20
        case .first: return 21
        case .underOperational: return 22
        case .underSame: return 23
        case .underOther: return 24
        case .earlierName: return 25
        }
    }

    /// How `caselint outline` explains a feature that pushed a heading towards its part.
    func reason(part: String, value: Double, heading: String) -> String {
        let times = Int((exp(value) - 1).rounded())
        let label = part.replacingOccurrences(of: "_", with: " ")
        switch self {
        case .bias: return "prior for \(label)"
        case .name: return "the heading names \(label)"
        case .weakName: return "the heading often names \(label)"
        case .mention: return "the heading mentions \(label)"
        case .headWord: return "the heading is about \(label)"
        case .otherName: return "the heading names another part"
        case .question: return "a question or plain-speech heading"
        case .cues: return "\(times) \(label) word\(times == 1 ? "" : "s") in the section"
        case .cueShare: return "\(Int((value * 100).rounded()))% of its words are \(label) words"
        case .subsectionCues: return "\(times) \(label) word\(times == 1 ? "" : "s") in its subsections"
        case .metrics: return "\(times) metric value\(times == 1 ? "" : "s") in the section"
        case .subsectionMetrics: return "\(times) metric value\(times == 1 ? "" : "s") in its subsections"
        case .usage: return "\(times) installation or usage word\(times == 1 ? "" : "s")"
        case .subsectionUsage: return "\(times) installation or usage line\(times == 1 ? "" : "s") in its subsections"
        case .code: return "\(Int((value * 100).rounded()))% of the section is code"
        case .commands: return "\(times) terminal command\(times == 1 ? "" : "s")"
        case .words: return "\(times) word\(times == 1 ? "" : "s") of text"
        case .container: return "it only introduces subsections"
        case .depth: return value == 0 ? "a top-level section" : "nested \(Int(value)) level\(value == 1 ? "" : "s") deep"
        case .bold: return "a bold line used as a heading"
        case .position: return "stands \(Int((value * 100).rounded()))% of the way down the README"
        case .first: return "the README's first section"
        case .underOperational: return "inside a setup or usage section"
        case .underSame: return "inside a section that already names \(label)"
        case .underOther: return "inside a section about another part"
        case .earlierName: return "an earlier heading already names \(label)"
        }
    }
}
