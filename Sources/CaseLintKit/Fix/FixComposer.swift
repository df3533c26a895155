import Foundation

/// Turns one project's findings into fixed file contents, in memory: the rules' declared fixes
/// (`fix:` in their packs) and the rename of unknown manifest keys with one clear correction. Used
/// by `caselint fix` on real projects and by the rule examples, so both go through the same code.
struct FixComposer {
    /// The lint of the project as it is: which rules fail, and the facts (parts, disclaimer, metrics).
    struct Lint {
        var failing: Set<String>
        var facts: Facts
        /// Lines of `manifest.unknown-key` findings in the manifest.
        var unknownKeyLines: Set<Int> = []
    }

    struct Result {
        var readme: [UInt8]?
        var manifest: [UInt8]?
        var manifestCreated = false
        var applied: [AppliedFix] = []
    }

    let ruleSet: RuleSet
    /// The rules whose fixes may run, in rule-set order.
    let rules: [CompiledRule]
    let readmeName: String
    let manifestName: String
    /// The files as they are, byte for byte; nil when absent (or not to be touched).
    let readme: [UInt8]?
    let manifest: [UInt8]?
    /// Whether the project has a manifest file at all, read or not: one is never drafted over it.
    var manifestExists: Bool { manifest != nil || manifestPresentButUnread }
    var manifestPresentButUnread = false
    let lint: Lint

    /// The fixed contents, leaving out the fixes of the rules in `excluded`.
    func compose(excluding excluded: Set<String> = []) -> Result {
        var result = Result()
        let wording = ruleSet.vocabulary.profile(lint.facts.domain?.id)?.wording ?? [:]
        let active = rules.filter { rule in
            guard rule.definition.fix != nil, !excluded.contains(rule.id) else { return false }
            return lint.failing.contains(rule.id)
        }
        var insertedDisclaimer: String?
        var readmeDocument: MarkdownDocument?
        if let readme {
            let document = MarkdownScanner.scan(readme)
            readmeDocument = document
            var plan = ReadmeFixPlan(bytes: readme, document: document, facts: lint.facts, readmeFile: readmeName)
            for rule in active {
                guard let fix = rule.definition.fix, fix.insert == .afterTitle else { continue }
                let text = fix.renderedText(wording: wording)
                plan.add(.init(rule: rule.id, fix: fix, text: text))
                if rule.check.recordsDisclaimer { insertedDisclaimer = text }
            }
            plan.add(active.compactMap { rule -> ReadmeFixPlan.SectionFix? in
                guard let fix = rule.definition.fix, fix.insert == .section, let check = rule.check as? SectionCheck,
                      let part = CaseStudyPart(rawValue: check.part) else { return nil }
                return .init(rule: rule.id, part: part, fix: fix)
            })
            result.applied = plan.apply()
            if plan.edits.hasChanges { result.readme = plan.edits.result() }
        }
        // A rename whose result would still not read as the known key (a byte-order mark inside the key)
        // is excluded by the caller after one try, like any fix: without this test it came back every round.
        if let manifest, !excluded.contains("manifest.unknown-key") {
            let (bytes, applied) = renameKeys(manifest)
            if let bytes {
                result.manifest = bytes
                result.applied += applied
            }
        } else if readme != nil, !manifestExists, let rule = active.first(where: { $0.definition.fix?.insert == .manifest }),
                  let fix = rule.definition.fix {
            // Drafted from the README: without one there is nothing to draft from.
            let disclaimer = lint.facts.disclaimer?.text ?? insertedDisclaimer.map(Self.plainDisclaimer)
            let draft = ManifestDraft(fix: fix, found: found(document: readmeDocument, disclaimer: disclaimer),
                                      readmeFile: readmeName, metricNames: metricNames)
            var (text, filled) = draft.render()
            // A new file follows the README's line endings (a Windows project gets CRLF).
            if let readme, case let newline = LineEdits(readme).newline, newline != [0x0A] {
                text = text.replacingOccurrences(of: "\n", with: String(decoding: newline, as: UTF8.self))
            }
            result.manifest = Array(text.utf8)
            result.manifestCreated = true
            let from = filled.isEmpty ? "" : " from the README (\(filled.joined(separator: ", ")))"
            result.applied.append(AppliedFix(rule: rule.id, action: .write, detail: "\(manifestName)\(from)", file: manifestName, line: 1))
        }
        return result
    }

    /// The manifest with each clearly misspelt key renamed, and what was renamed; nil bytes when nothing was.
    func renameKeys(_ bytes: [UInt8]) -> ([UInt8]?, [AppliedFix]) {
        guard !lint.unknownKeyLines.isEmpty else { return (nil, []) }
        var edits = LineEdits(bytes)
        var applied: [AppliedFix] = []
        for rename in ManifestLoader.keyRenames(text: String(decoding: bytes, as: UTF8.self), file: manifestName)
        where lint.unknownKeyLines.contains(rename.line) && rename.line <= edits.lineCount {
            let line = edits.text(rename.line)
            let prefix = String(line.prefix(max(rename.column - 1, 0)))
            let start = prefix.utf8.count
            let content = Array(edits.lines[rename.line - 1].content)
            let key = Array(rename.key.utf8)
            guard prefix.count == rename.column - 1, start + key.count <= content.count,
                  Array(content[start..<start + key.count]) == key else { continue }
            edits.replace(line: rename.line, range: start..<start + key.count, with: rename.replacement)
            applied.append(AppliedFix(rule: "manifest.unknown-key", action: .rename, detail: "'\(rename.key)' to '\(rename.replacement)'",
                                      file: manifestName, line: rename.line))
        }
        return (edits.hasChanges ? edits.result() : nil, applied)
    }

    /// What the README shows that a manifest records.
    func found(document: MarkdownDocument?, disclaimer: String?) -> ManifestDraft.Found {
        var found = ManifestDraft.Found()
        found.domain = lint.facts.domain
        found.disclaimer = disclaimer.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let document else { return found }
        if let first = document.sectionHeadings.first, first.level == 1 {
            let title = InlineText.plain(first.text).trimmingCharacters(in: .whitespaces)
            if !title.isEmpty, title.range(of: PlaceholderMarker.pattern, options: .regularExpression) == nil { found.title = title }
        }
        // Metrics of the evaluation section first: the first value of each is the one written.
        var evaluation: ClosedRange<Int>?
        if let line = lint.facts.sections[CaseStudyPart.evaluation.rawValue]?.line,
           let section = document.sections().first(where: { $0.heading.line == line }) {
            evaluation = section.heading.line...(section.bodyLines?.upperBound ?? section.heading.lastLine)
        }
        let metrics = lint.facts.metrics.filter { $0.file == readmeName }
        found.metrics = metrics.filter { evaluation?.contains($0.line) == true } + metrics.filter { evaluation?.contains($0.line) != true }
        // A section's items speak for a part only when its heading serves that part alone: the
        // bullets under "Results and Limitations" are mostly results.
        func written(_ part: CaseStudyPart) -> Int? {
            guard let fact = lint.facts.sections[part.rawValue], fact.status == "written" || fact.status == "thin" else { return nil }
            let shared = lint.facts.sections.contains { $0.key != part.rawValue && $0.value.line == fact.line }
            return shared ? nil : fact.line
        }
        if let line = written(.risks) { found.limitations = ReadmeExcerpts.items(in: document, headingLine: line) }
        if let line = written(.nextSteps) { found.nextSteps = ReadmeExcerpts.items(in: document, headingLine: line) }
        let context = LintContext(readmeFile: readmeName, document: document, manifestNode: nil, vocabulary: ruleSet.vocabulary)
        if found.limitations.isEmpty, let sentence = sentence(satisfying: "limitations", context) { found.limitations = [sentence] }
        found.humanOversight = sentence(satisfying: "human_oversight", context)
        return found
    }

    /// The sentence where a phrase rule that this manifest key also satisfies found its wording.
    func sentence(satisfying key: String, _ context: LintContext) -> String? {
        guard let index = context.text, let words = context.words, let paragraphs = context.paragraphs else { return nil }
        for rule in ruleSet.rules {
            guard let check = rule.check as? PhraseCheck, check.manifestKeys.contains(key),
                  let hit = check.firstHit(index, words, paragraphs) else { continue }
            return ReadmeExcerpts.sentence(containing: hit.text, in: paragraphs.paragraphs[hit.paragraph].text)
        }
        return nil
    }

    /// Each metric id's first alias, the name a manifest writes (`auroc`, `c-index`).
    var metricNames: [String: String] {
        Dictionary(ruleSet.vocabulary.metricAliases.compactMap { alias in alias.phrases.first.map { (alias.label, $0) } },
                   uniquingKeysWith: { first, _ in first })
    }

    /// The disclaimer as prose, for the manifest: no quote markers or emphasis, one line.
    static func plainDisclaimer(_ markdown: String) -> String {
        let lines = markdown.split(separator: "\n").map { line -> String in
            var text = line.trimmingCharacters(in: .whitespaces)
            while text.hasPrefix(">") { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
            return text
        }
        return InlineText.plain(lines.joined(separator: " ")).trimmingCharacters(in: .whitespaces)
    }
}

extension Check {
    /// Whether the rule records the disclaimer fact: its after-title text is the disclaimer.
    var recordsDisclaimer: Bool { self is DisclaimerCheck }
}
