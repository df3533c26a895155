import Foundation

/// One change `caselint fix` makes, for the report: which rule it serves, what it does, and where.
public struct AppliedFix: Sendable, Equatable {
    public enum Action: String, Sendable {
        case insert, add, rename, write

        /// "inserted", for what was done.
        public var past: String {
            switch self {
            case .insert: return "inserted"
            case .add: return "added"
            case .rename: return "renamed"
            case .write: return "wrote"
            }
        }
    }

    public var rule: String
    public var action: Action
    /// What the action applies to: "the heading 'Data'".
    public var detail: String
    public var file: String
    /// Line in the fixed file where the change starts.
    public var line: Int

    /// "inserted the heading 'Data'", or "insert the heading 'Data'" for what would be done.
    public func summary(done: Bool) -> String { "\(done ? action.past : action.rawValue) \(detail)" }
}

/// The README edits of the section and after-title fixes, planned from the lint's facts (which
/// heading serves each part, at which line) and the scanned document. Nothing here reads the
/// detector's internals: a part exists when the facts list it.
///
/// - A missing part gets its heading after the section of the nearest earlier part that exists
///   (or, with none, before the first section after the title), at that part's heading level, with
///   the fix's marker under it.
/// - An empty part gets the marker under its heading, so the author sees what to write there.
/// - The after-title text goes right after the title (or the front matter, when there is no title).
struct ReadmeFixPlan {
    struct SectionFix {
        var rule: String
        var part: CaseStudyPart
        var fix: RuleFix
    }

    struct TitleFix {
        var rule: String
        var fix: RuleFix
        var text: String
    }

    let document: MarkdownDocument
    let facts: Facts
    let readmeFile: String
    private(set) var edits: LineEdits
    /// Blocks to add after a line; separated by blank lines when placed.
    private var blocks: [Int: [(rule: String, action: AppliedFix.Action, detail: String, lines: [String])]] = [:]

    init(bytes: [UInt8], document: MarkdownDocument, facts: Facts, readmeFile: String) {
        self.document = document
        self.facts = facts
        self.readmeFile = readmeFile
        edits = LineEdits(bytes)
    }

    /// The README's title: its first section heading when that is a level-1 heading.
    var title: Heading? {
        guard let first = document.sectionHeadings.first, first.level == 1 else { return nil }
        return first
    }

    mutating func add(_ titleFix: TitleFix) {
        var point = document.frontMatter?.lastLine ?? 0
        if let title {
            point = title.lastLine
            // An HTML title (`<h1 align="center">`) sits in an HTML block: add after the block.
            if title.kind == .html {
                while point < document.lineCount, document.kind(ofLine: point + 1) == .html { point += 1 }
            }
        }
        let lines = Self.lines(titleFix.text)
        blocks[point, default: []].append((titleFix.rule, .insert, title == nil ? "the disclaimer at the top" : "the disclaimer after the title", lines))
    }

    /// Section fixes in the order of the parts; a part that exists but is empty gets its marker.
    mutating func add(_ fixes: [SectionFix]) {
        let sections = document.sections()
        let titleLine = title?.line
        // A new section must end where a heading of its level or higher starts, or the author's text
        // after it would become its body. Only real headings (levels 1 to 6) give that: a part under
        // a bold line is placed by the real heading above that line.
        func section(of part: CaseStudyPart) -> Section? {
            guard let fact = facts.sections[part.rawValue] else { return nil }
            let real = sections.last { $0.heading.line <= fact.line && $0.heading.level <= 6 }
            guard let real, real.heading.line != titleLine else { return nil }
            return real
        }
        for item in fixes.sorted(by: { Self.order($0.part) < Self.order($1.part) }) {
            if let fact = facts.sections[item.part.rawValue] {
                guard fact.status == "empty", let heading = sections.first(where: { $0.heading.line == fact.line })?.heading else { continue }
                blocks[heading.lastLine, default: []].append(
                    (item.rule, .add, "a marker under the empty heading '\(heading.text)'", Self.lines(item.fix.text)))
                continue
            }
            let (point, level) = placement(for: item.part, section: section)
            let heading = String(repeating: "#", count: level) + " " + (item.fix.heading ?? item.part.rawValue)
            blocks[point, default: []].append((item.rule, .insert, "the heading '\(item.fix.heading ?? item.part.rawValue)'",
                                               [heading, ""] + Self.lines(item.fix.text)))
        }
    }

    /// Where a missing part goes: after the nearest earlier part, else before the first section
    /// after the title (or at the end).
    func placement(for part: CaseStudyPart, section: (CaseStudyPart) -> Section?) -> (point: Int, level: Int) {
        let all = CaseStudyPart.allCases
        let index = Self.order(part)
        for earlier in all[..<index].reversed() {
            guard let found = section(earlier) else { continue }
            var end = found.bodyLines?.upperBound ?? found.heading.lastLine
            while end > found.heading.lastLine, edits.isBlank(end) { end -= 1 }
            return (end, Self.level(found.heading, fallback: defaultLevel))
        }
        // No earlier part: the part opens the case study, before the first section after the title
        // (a problem placed late reads as an afterthought, and readers look for it at the top).
        let titleLine = title?.line ?? 0
        if let next = document.sectionHeadings.first(where: { $0.line > titleLine && $0.level <= 6 }) {
            return (next.line - 1, next.level)
        }
        var end = document.lineCount
        while end > titleLine, edits.isBlank(end) { end -= 1 }
        return (end, defaultLevel)
    }

    /// The level of the README's own sections: the first real heading below the title, else 2.
    var defaultLevel: Int {
        let titleLine = title?.line ?? 0
        let first = document.sectionHeadings.first { $0.line > titleLine && $0.level <= 6 }
        return max(first?.level ?? 2, title == nil ? 1 : 2)
    }

    static func level(_ heading: Heading, fallback: Int) -> Int { heading.level <= 6 ? heading.level : fallback }

    static func order(_ part: CaseStudyPart) -> Int { CaseStudyPart.allCases.firstIndex(of: part) ?? 0 }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Places every block, a blank line between blocks and around them where the README has none,
    /// and returns what was done with the line each change starts at in the new file.
    mutating func apply() -> [AppliedFix] {
        var applied: [AppliedFix] = []
        var shift = 0
        for point in blocks.keys.sorted() {
            let group = blocks[point] ?? []
            var lines: [String] = []
            if point > 0, !edits.isBlank(point) { lines.append("") }
            for (offset, block) in group.enumerated() {
                if offset > 0 { lines.append("") }
                applied.append(AppliedFix(rule: block.rule, action: block.action, detail: block.detail, file: readmeFile,
                                          line: point + shift + lines.count + 1))
                lines += block.lines
            }
            if point < edits.lineCount, !edits.isBlank(point + 1) { lines.append("") }
            edits.insert(lines, after: point)
            shift += lines.count
        }
        blocks = [:]
        return applied
    }
}
