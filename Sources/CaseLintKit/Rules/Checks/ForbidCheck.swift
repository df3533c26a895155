import Foundation

/// `kind: forbid` — wording that must not appear; every occurrence is a finding at its line.
///
///     match:
///       patterns: [regex, ...]   # or {pattern, rewrite, severity, hedged} entries (see ForbidPattern)
///       skip_negated: true       # "not FDA approved", "would need FDA clearance" are fine (see Negation)
///       skip_quoted: true        # 'clinically validated' in quotes, `code` or a cited block quote is fine
///       skip_sections: [avoid, pitfalls]   # not under a heading holding one of these words
///                                          # ("Red flags this evaluation avoids" lists what not to do)
///       skip_other_subjects: [recent, literature, grad-cam]
///                                # not when the clause before it is about something else than the
///                                # project: the literature, or what a saliency map shows
public struct ForbidCheck: Check {
    let rule: RuleDefinition
    let patterns: [ForbidPattern]
    let skipNegated: Bool
    let skipQuoted: Bool
    let skippedSections: [[UInt8]]
    /// Word sequences (lowercase letters only, as `Negation.clauseWords` yields them).
    let otherSubjects: [[String]]

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        guard let patterns = try ForbidPattern.list("patterns", in: match), !patterns.isEmpty else {
            throw match.error("patterns", nil, "missing required key (a non-empty list of regular expressions)")
        }
        self.patterns = patterns
        skipNegated = try match.bool("skip_negated") ?? false
        skipQuoted = try match.bool("skip_quoted") ?? false
        skippedSections = ByteText.cues((try match.strings("skip_sections") ?? []).map { $0.lowercased() })
        otherSubjects = (try match.strings("skip_other_subjects") ?? []).map { Negation.clauseWords($0 + " ") }.filter { !$0.isEmpty }
    }

    public var textPatterns: [TextPattern] { patterns.map(\.pattern) }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let index = context.text, let paragraphs = context.paragraphs, let words = context.words else { return [] }
        var seen: Set<[Int]> = []
        var findings: [Finding] = []
        var skippedLines: [Bool]?   // worked out at the first hit: most READMEs have none
        for entry in patterns {
            for hit in entry.pattern.hits(in: index, words: words, paragraphs: paragraphs) {
                guard seen.insert([hit.line, hit.column]).inserted else { continue }
                if !skippedSections.isEmpty {
                    if skippedLines == nil { skippedLines = index.document.lines(underHeadingsWith: skippedSections) }
                    if skippedLines?[hit.line - 1] == true { continue }
                }
                if skipNegated, isNegated(hit, paragraphs, acceptingHedges: !entry.flagsHedged) || isQuestion(hit, paragraphs) { continue }
                if skipQuoted, isQuoted(hit, paragraphs, index.document) { continue }
                if !otherSubjects.isEmpty, isAboutOtherSubject(hit, paragraphs) { continue }
                findings.append(Finding(message: message(hit.text, entry.rewrite), file: context.readmeFile,
                                        line: hit.line, column: hit.column, severity: entry.severity))
            }
        }
        return findings.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    func message(_ found: String, _ rewrite: String?) -> String {
        let quoted = found.trimmingCharacters(in: .whitespaces)
        guard let rewrite else { return "\(rule.message) Found: \"\(quoted)\"." }
        return "\(rule.message) Found: \"\(quoted)\". Instead: \(rewrite)"
    }

    /// A negation or hedge earlier in the hit's clause, a hypothetical thing ("a CE-marked version would"),
    /// or a "no" cell in its table row.
    func isNegated(_ hit: TextPattern.Hit, _ paragraphs: ParagraphIndex, acceptingHedges: Bool = true) -> Bool {
        let text = paragraphs.nsText(hit.paragraph)
        // A clause is short: the last few hundred characters before the hit are enough.
        let start = max(0, hit.range.location - 400)
        let before = text.substring(with: NSRange(location: start, length: hit.range.location - start))
        if Negation.excuses(before: before, acceptingHedges: acceptingHedges) { return true }
        // A colon in the hit's sentence whose lead-in denies the list after it ("out of scope: ..., and
        // replacing the clinical judgement"), or a list item under such a lead-in ("It is not designed to:").
        let sentenceStart = before.lastIndex { $0 == "." || $0 == "!" || $0 == "?" }.map { before.index(after: $0) } ?? before.startIndex
        if let colon = before[sentenceStart...].lastIndex(of: ":"), Negation.leadInDenies(String(before[sentenceStart..<colon])) { return true }
        let paragraph = paragraphs.paragraphs[hit.paragraph]
        if let leadIn = Negation.listLeadIn(of: hit.line, in: paragraph.document), Negation.leadInDenies(leadIn) { return true }
        let end = hit.range.location + hit.range.length
        let after = text.substring(with: NSRange(location: end, length: min(80, text.length - end)))
        if Negation.isHypotheticalThing(before: before, after: after) { return true }
        return paragraph.document.kind(ofLine: hit.line) == .table && Negation.rowDenies(text as String)
    }

    /// "Does StaffSense replace nurse managers?": a question (an FAQ's heading) asserts nothing, unless
    /// its answer opens with "Yes" ("Is BedFlow HIPAA compliant? Yes."). The hit's sentence ends in a
    /// question mark before any full stop, exclamation mark or line break.
    func isQuestion(_ hit: TextPattern.Hit, _ paragraphs: ParagraphIndex) -> Bool {
        let text = paragraphs.nsText(hit.paragraph)
        var position = hit.range.location + hit.range.length
        let limit = min(text.length, position + 200)
        while position < limit {
            switch text.character(at: position) {
            case 0x3F:                                  // ?
                var rest = text.substring(from: position + 1).drop { $0 == "*" || $0 == "_" || $0.isWhitespace }
                // A bold question is a heading of its own: its answer opens the next paragraph.
                if rest.isEmpty, hit.paragraph + 1 < paragraphs.paragraphs.count {
                    rest = Substring(paragraphs.nsText(hit.paragraph + 1) as String).drop { $0 == "*" || $0 == "_" || $0.isWhitespace }
                }
                return !rest.lowercased().hasPrefix("yes")
            case 0x2E, 0x21, 0x0A: return false         // . ! newline
            default: position += 1
            }
        }
        return false
    }

    /// "Recent models approach specialist-level accuracy", "Grad-CAM highlights where the model detects
    /// the tumour": the claim is the literature's or the map's, not the project's.
    func isAboutOtherSubject(_ hit: TextPattern.Hit, _ paragraphs: ParagraphIndex) -> Bool {
        let text = paragraphs.nsText(hit.paragraph)
        let start = max(0, hit.range.location - 400)
        let words = Negation.clauseWords(text.substring(with: NSRange(location: start, length: hit.range.location - start)))
        return otherSubjects.contains { cue in
            words.count >= cue.count && (0...(words.count - cue.count)).contains { Array(words[$0..<($0 + cue.count)]) == cue }
        }
    }

    func isQuoted(_ hit: TextPattern.Hit, _ paragraphs: ParagraphIndex, _ document: MarkdownDocument) -> Bool {
        Quotation.encloses(paragraphs.nsText(hit.paragraph), hit.range) || Quotation.isCitedBlockQuote(document, line: hit.line)
    }
}
