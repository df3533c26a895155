import Foundation

/// The machine-readable report; its keys are the contract of DESIGN.md §6.
public struct JSONReporter: Reporter {
    /// `score.rules`: every rule's outcome and the share of its weight it earned (`caselint score`).
    public var ruleBreakdown: Bool

    var scores = ScoreLookup()

    public init(ruleBreakdown: Bool = false) { self.ruleBreakdown = ruleBreakdown }

    public mutating func begin(_ ruleSet: RuleSet) -> String {
        scores = ScoreLookup(ruleSet: ruleSet)
        return Self.stream.opening
    }

    public func project(_ result: ProjectResult, index: Int) -> String {
        String(decoding: bytes(result, index: index), as: UTF8.self)
    }

    public func projectBytes(_ result: ProjectResult, index: Int) -> [UInt8]? { bytes(result, index: index) }

    func bytes(_ result: ProjectResult, index: Int) -> [UInt8] {
        Self.stream.itemBytes(index: index) { project(result, score: scores.score(of: result), into: &$0) }
    }

    public mutating func end(_ summary: ReportSummary) -> String { joinedEnd(summary) }

    /// A folder of thousands of projects lists thousands of members: each is written on its own,
    /// never held as one tree or one string.
    public func end(_ summary: ReportSummary, write: (String) throws -> Void) throws {
        try Self.stream.close(count: summary.projects.count, write: write) { hole in
            if hole == "portfolios" { try portfolios(summary, write: write) }
            if hole == "summary" { try write(JSONStream.text(.object(self.summary(summary)), level: 1)) }
        }
        try write("\n")
    }

    func summary(_ report: ReportSummary) -> [(String, JSONValue)] {
        var summary: [(String, JSONValue)] = [
            ("projects", .number(Double(report.projects.count))),
            ("errors", .number(Double(report.errors))),
            ("warnings", .number(Double(report.warnings))),
            ("infos", .number(Double(report.infos))),
        ]
        if !report.baselines.isEmpty {
            summary.append(("baselines", .array(report.baselines.map { baseline in
                .object([
                    ("file", .string(baseline.file)),
                    ("hidden", .number(Double(baseline.hidden))),
                    ("gone", .array(baseline.gone.map { entry in
                        .object([("path", .string(baseline.location(entry))), ("rule", .string(entry.rule)),
                                 ("fingerprint", .string(entry.fingerprint)), ("count", .number(Double(entry.count))),
                                 ("message", .string(entry.message))])
                    })),
                ])
            })))
        }
        return summary
    }

    /// `{rule, severity, message, file, line, column, fingerprint}`: the contract's keys, then the
    /// fingerprint that identifies the finding across commits (`FindingFingerprint`).
    static func diagnostic(_ diagnostic: Diagnostic, into out: inout JSONWriter) {
        out.beginObject()
        out.key("rule"); out.string(diagnostic.rule)
        out.key("severity"); out.string(diagnostic.severity.rawValue)
        out.key("message"); out.string(diagnostic.message)
        out.key("file"); out.string(diagnostic.file)
        out.key("line"); out.number(diagnostic.line)
        out.key("column"); out.number(diagnostic.column)
        out.key("fingerprint"); out.string(diagnostic.fingerprint)
        out.endObject()
    }

    func project(_ result: ProjectResult, score: ReadinessScore, into out: inout JSONWriter) {
        let project = result.project
        out.beginObject()
        out.key("path"); out.string(project.path)
        out.key("domain"); out.string(result.domain)
        out.key("files")
        out.beginObject()
        out.key("readme"); out.string(project.readme ?? project.unsupportedReadme)
        out.key("manifest"); out.string(project.manifest)
        out.key("config"); out.string(project.config)
        out.endObject()
        out.key("facts"); facts(result.facts, into: &out)
        out.key("diagnostics")
        out.beginArray()
        for diagnostic in result.diagnostics { Self.diagnostic(diagnostic, into: &out) }
        out.endArray()
        out.key("score"); Self.score(score, rules: ruleBreakdown ? result : nil, into: &out)
        out.endObject()
    }

    /// `score: {total, band, categories: {id: {...}}, actions, not_judged}`; a category with
    /// nothing applicable has `score: null`. With `rules`, then `rules: {id: {outcome, credit}}`
    /// (credit: null for a rule that does not count; `caselint score`).
    static func score(_ score: ReadinessScore, rules result: ProjectResult?, into out: inout JSONWriter) {
        out.beginObject()
        out.key("total"); out.number(score.total)
        out.key("band"); out.string(score.band.rawValue)
        out.key("capped_by"); out.string(score.cappedBy)
        out.key("thinned"); out.strings(score.thinned)
        out.key("categories"); categories(score.categories, into: &out)
        out.key("actions"); actions(score.actions, into: &out)
        out.key("not_judged"); out.strings(score.notJudged)
        if let result {
            out.key("rules")
            out.beginObject()
            for id in result.outcomes.keys.sorted() {
                let outcome = result.outcomes[id] ?? .notApplicable
                let counts = outcome == .passed || outcome == .failed || outcome == .noResults
                let credit = result.credits[id] ?? (outcome == .passed ? 1 : 0)
                out.key(text: id)
                out.beginObject()
                out.key("outcome"); out.string(outcome.rawValue)
                out.key("credit")
                if counts { out.number(credit) } else { out.null() }
                out.endObject()
            }
            out.endObject()
        }
        out.endObject()
    }

    static func categories(_ categories: [CategoryScore], into out: inout JSONWriter) {
        out.beginObject()
        for category in categories {
            out.key(text: category.category.id)
            out.beginObject()
            out.key("title"); out.string(category.category.title)
            out.key("weight"); out.number(category.category.weight)
            out.key("score")
            if let percent = category.percent { out.number(percent) } else { out.null() }
            out.key("passed"); out.number(category.passed)
            out.key("failed"); out.number(category.failed)
            out.key("not_applicable"); out.number(category.notApplicable)
            out.endObject()
        }
        out.endObject()
    }

    static func actions(_ actions: [ScoreAction], into out: inout JSONWriter) {
        out.beginArray()
        for action in actions {
            out.beginObject()
            out.key("rule"); out.string(action.rule)
            out.key("category"); out.string(action.category)
            out.key("points"); out.number((action.points * 10).rounded() / 10)
            out.key("partial"); out.bool(action.partial)
            out.endObject()
        }
        out.endArray()
    }

    func facts(_ facts: Facts, into out: inout JSONWriter) {
        out.beginObject()
        out.key("sections")
        out.beginObject()
        for part in CaseStudyPart.allCases {
            out.key(text: part.rawValue)
            guard let section = facts.sections[part.rawValue] else { out.null(); continue }
            out.beginObject()
            out.key("heading"); out.string(section.heading)
            out.key("line"); out.number(section.line)
            out.key("status"); out.string(section.status)
            out.key("words"); out.number(section.words)
            out.endObject()
        }
        out.endObject()
        out.key("disclaimer")
        if let disclaimer = facts.disclaimer {
            out.beginObject()
            out.key("line"); out.number(disclaimer.line)
            out.key("text"); out.string(disclaimer.text)
            out.endObject()
        } else {
            out.null()
        }
        out.key("metrics")
        out.beginArray()
        for metric in facts.metrics {
            out.beginObject()
            out.key("name"); out.string(metric.name)
            out.key("value"); out.number(metric.value)
            out.key("unit"); out.string(metric.percent ? "%" : nil)
            out.key("line"); out.number(metric.line)
            out.endObject()
        }
        out.endArray()
        out.key("keywords")
        out.beginObject()
        for keyword in facts.keywordOrder { out.key(text: keyword); out.number(facts.keywords[keyword] ?? 0) }
        out.endObject()
        out.key("domain")
        if let domain = facts.domain {
            out.beginObject()
            out.key("id"); out.string(domain.id)
            out.key("source"); out.string(domain.source.rawValue)
            out.key("evidence"); out.strings(domain.evidence)
            out.key("task"); out.string(domain.task)
            out.endObject()
        } else {
            out.null()
        }
        out.endObject()
    }
}
