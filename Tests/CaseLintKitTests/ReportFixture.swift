import Foundation
@testable import CaseLintKit

/// A small, fixed report for the reporters' golden files: two projects, one with findings whose
/// text carries everything an output format must escape, one that passes everything.
enum ReportFixture {
    static let pack = #"""
    pack: fixture
    description: Rules for the golden files.
    categories:
      - {id: structure, title: Structure, weight: 60, description: "The parts of a case study."}
      - {id: responsibility, title: Responsibility, weight: 40, description: "Disclaimer & oversight <b>."}
      - {id: reproducibility, title: Reproducibility, weight: 20, description: "A manifest."}
      - {id: portfolio, scope: portfolio, title: Portfolio coherence, weight: 20, description: "Size & lane of a folder."}
    not_judged:
      - "Clinical soundness: whether the method is right."
      - "Data rights: whether the data may be used."
    rules:
      - id: section.data
        kind: phrase
        category: structure
        severity: error
        weight: 5
        title: Data section
        message: "No section describes the data."
        why: "Data decide what a model can be trusted for."
        references: ["TRIPOD+AI 5", "CLAIM 7"]
        match: {patterns: ['\bdata\b']}
        examples: {pass: ["data"], fail: ["nothing"]}
      - id: section.risks
        kind: phrase
        category: structure
        severity: error
        weight: 5
        title: Risks | limitations
        message: "No section discusses risks."
        why: "Every model fails somewhere."
        references: ["TRIPOD+AI 26"]
        match: {patterns: ['\brisks\b']}
        examples: {pass: ["risks"], fail: ["nothing"]}
      - id: disclaimer.clinical-use
        kind: phrase
        category: responsibility
        severity: error
        weight: 6
        title: Not-for-clinical-use disclaimer
        message: "No disclaimer says this is not for clinical use."
        why: "A portfolio model can be found and used by anyone."
        references: ["CONSORT-AI 1a"]
        match: {patterns: ['\bnot\s+for\s+clinical\s+use\b']}
        examples: {pass: ["Not for clinical use."], fail: ["nothing"]}
      - id: oversight.human
        kind: phrase
        category: responsibility
        severity: warning
        title: Human oversight
        message: "Say who reviews the outputs."
        match: {patterns: ['\breviews\b']}
        examples: {pass: ["a nurse reviews it"], fail: ["nothing"]}
      - id: manifest.fields
        kind: phrase
        category: reproducibility
        severity: info
        default: off
        title: Manifest fields
        message: "Add the manifest's fields."
        match: {patterns: ['\bmanifest\b']}
        examples: {pass: ["manifest"], fail: ["nothing"]}
      - id: portfolio.size
        kind: portfolio-size
        category: portfolio
        severity: warning
        weight: 3
        title: Focused number of projects
        message: "Show 3 to 5 projects."
        match: {min: 3, max: 5}
        examples: {pass: [{projects: ["# A", "# B", "# C"]}], fail: [{projects: ["# A", "# B"]}]}
      - id: portfolio.lane
        kind: portfolio-lane
        category: portfolio
        severity: warning
        weight: 3
        title: One role lane
        message: "Name one lane."
        match: {lanes: {ml-engineering: [ml engineer]}}
        examples: {pass: [{projects: [{manifest: "lane: ml-engineering"}, {manifest: "lane: ml engineer"}]}],
                   fail: [{projects: [{manifest: "lane: ml-engineering"}, {manifest: "lane: product"}]}]}
    """#

    static func ruleSet() throws -> RuleSet {
        let vocabulary = SharedVocabulary()
        let pack = try RulePackLoader.load(text: pack, file: "rules/fixture.yml", vocabulary: vocabulary)
        vocabulary.freeze()
        return RuleSet(packs: [pack], vocabulary: vocabulary)
    }

    static func report() throws -> LintReport {
        let alpha = Project(path: "portfolio/alpha", root: URL(fileURLWithPath: "/nonexistent/alpha"),
                            readme: "README.md", manifest: "case-study.yaml")
        let beta = Project(path: "portfolio/beta, v2: final", root: URL(fileURLWithPath: "/nonexistent/beta"), readme: "README.md")
        let alphaDiagnostics = [
            Diagnostic(rule: "section.risks", severity: .error,
                       message: "No section discusses risks | limitations: 100% <b>sure</b> & `code` *here*", file: "README.md",
                       wholeFile: true),
            Diagnostic(rule: "disclaimer.clinical-use", severity: .error,
                       message: "Line one\nline two, with: colon\r and \u{1B}[31mescape", file: "README.md", line: 3, column: 5,
                       context: "A demo that helps doctors."),
            Diagnostic(rule: "manifest.unknown-key", severity: .warning, message: "unknown key 'x' in case-study.yaml",
                       file: "case-study.yaml", line: 2),
            Diagnostic(rule: "manifest.note", severity: .info, message: "a note", file: "case-study.yaml", line: 4, column: 2),
        ]
        let results = [
            ProjectResult(project: alpha, domain: "imaging", facts: Facts(), diagnostics: alphaDiagnostics,
                          outcomes: ["section.data": .passed, "section.risks": .failed, "disclaimer.clinical-use": .failed,
                                     "oversight.human": .passed, "manifest.fields": .disabled]),
            ProjectResult(project: beta, domain: nil, facts: Facts(),
                          diagnostics: [Diagnostic(rule: "manifest.note", severity: .info, message: "50% of\nthe text", file: "README.md", line: 7)],
                          outcomes: ["section.data": .passed, "section.risks": .passed, "disclaimer.clinical-use": .passed,
                                     "oversight.human": .passed, "manifest.fields": .passed]),
        ]
        // The two projects were found in one folder: a portfolio, too small, with one lane.
        let portfolio = PortfolioResult(
            path: "portfolio", root: URL(fileURLWithPath: "/nonexistent"), members: results.map(\.project.path),
            diagnostics: [Diagnostic(rule: "portfolio.size", severity: .warning,
                                     message: "The folder holds 2 projects: add one | more <b>.", file: "", wholeFile: true)],
            outcomes: ["portfolio.size": .failed, "portfolio.lane": .passed])
        return LintReport(projects: results, ruleSet: try ruleSet(), portfolios: [portfolio])
    }
}
