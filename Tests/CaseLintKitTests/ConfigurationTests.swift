import XCTest
@testable import CaseLintKit

final class ConfigurationTests: XCTestCase {
    private func loadError(_ text: String) -> InputError? {
        do {
            _ = try ConfigurationLoader.load(text: text, file: ".caselint.yml")
            return nil
        } catch {
            return error as? InputError
        }
    }

    func testEverySettingIsRead() throws {
        let configuration = try ConfigurationLoader.load(text: """
        disable: [section.data, evidence]
        enable:
          - genai.citations
        severity:
          section.risks: error
          keywords.domain: off
          manifest: Info
        domain: imaging
        min_score: 80
        ignore: ["archive/**", "*.draft.md"]
        max_readme_size: 500KB
        """, file: "proj/.caselint.yml")
        XCTAssertEqual(configuration.disabled, ["section.data", "evidence"])
        XCTAssertEqual(configuration.enabled, ["genai.citations"])
        XCTAssertEqual(configuration.severityOverrides, ["section.risks": .error, "manifest": .info])
        XCTAssertEqual(configuration.off, ["keywords.domain"], "`off` is YAML's false; the word as written counts")
        XCTAssertEqual(configuration.domain, "imaging")
        XCTAssertEqual(configuration.minScore, 80)
        XCTAssertEqual(configuration.ignore, ["archive/**", "*.draft.md"])
        XCTAssertEqual(configuration.maxReadmeBytes, 500 * 1024)
        XCTAssertEqual(configuration.file, "proj/.caselint.yml")
        XCTAssertEqual(configuration.lines["section.data"], 1)
        XCTAssertEqual(configuration.lines["genai.citations"], 3)
        XCTAssertEqual(configuration.lines["keywords.domain"], 6)
        XCTAssertTrue(configuration.isIgnored("archive/2023/README.md"))
        XCTAssertFalse(configuration.isIgnored("current/README.md"))
    }

    func testEmptyConfigurationChangesNothing() throws {
        let configuration = try ConfigurationLoader.load(text: "# nothing yet\n", file: ".caselint.yml")
        XCTAssertEqual(configuration, Configuration(file: ".caselint.yml"))
        XCTAssertNil(Configuration.empty.file)
    }

    func testMistakesAreInputErrorsWithFileAndLine() throws {
        let cases: [(String, Int, String)] = [
            ("disable: [a\nmin_score: 3\n", 2, "(while parsing a flow sequence at line 1)"),
            ("domain: imaging\nseverity:\n  section.data: loud\n", 3, "severity of section.data must be error, warning, info or off"),
            ("domain: radiology\n", 1, "imaging, precision, drug-discovery, operations, remote-monitoring, genai-docs"),
            ("domain: imagng\n", 1, "did you mean imaging?"),
            ("min_score: 150\n", 1, "from 0 to 100"),
            ("min_score: \"80\"\n", 1, "remove the quotes around 80"),
            ("\n\ndisable: section.data\n", 3, "disable must be a list"),
            ("enable: [ok, 5, {x: y}]\n", 1, "enable[3] must be text"),
            ("max_readme_size: ten megs\n", 1, "a size such as 500KB"),
            ("disabled: [x]\n", 1, "unknown setting 'disabled': did you mean disable?"),
            ("- disable\n", 1, "must be a mapping of settings"),
            ("a: &x [1]\nb: *x\n", 2, "YAML aliases (*x) are not supported"),
        ]
        for (text, line, words) in cases {
            let error = try XCTUnwrap(loadError(text), text)
            XCTAssertEqual(error.file, ".caselint.yml", text)
            XCTAssertEqual(error.line, line, text)
            XCTAssertTrue(error.message.contains(words), "\(text) -> \(error.message)")
        }
    }

    func testSizes() {
        XCTAssertEqual(Configuration.parseSize("10MB"), 10 * 1024 * 1024)
        XCTAssertEqual(Configuration.parseSize("500 kb"), 500 * 1024)
        XCTAssertEqual(Configuration.parseSize("1.5MiB"), 1_572_864)
        XCTAssertEqual(Configuration.parseSize("64k"), 65_536)
        XCTAssertEqual(Configuration.parseSize("2000"), 2000)
        XCTAssertEqual(Configuration.parseSize("3 B"), 3)
        for bad in ["", "MB", "10 TB", "-5MB", "0", "0.1B", "1e3", "12 megabytes"] {
            XCTAssertNil(Configuration.parseSize(bad), bad)
        }
        XCTAssertEqual(try ConfigurationLoader.load(text: "max_readme_size: 2_000_000\n", file: "c").maxReadmeBytes, 2_000_000)
    }

    func testUnknownRuleIdsAreReportedAtTheirLine() throws {
        let configuration = try ConfigurationLoader.load(text: """
        disable: [section.data, sectoin.risks]
        severity:
          evidence: warning
          totally.unknown: error
        enable: [sectoin.risks]
        """, file: "proj/.caselint.yml")
        let found = configuration.unknownRuleDiagnostics(knownRuleIDs: ["section.data", "section.risks"], knownPacks: ["evidence"])
        XCTAssertEqual(found.map(\.rule), ["config.unknown-rule", "config.unknown-rule"])
        XCTAssertEqual(found.map(\.severity), [.warning, .warning])
        XCTAssertEqual(found.map(\.file), ["proj/.caselint.yml", "proj/.caselint.yml"])
        XCTAssertEqual(found.map(\.line), [1, 4], "the first mention of each")
        XCTAssertTrue(found[0].message.contains("'sectoin.risks'") && found[0].message.contains("did you mean 'section.risks'?"),
                      found[0].message)
        XCTAssertFalse(found[1].message.contains("did you mean"), found[1].message)
        XCTAssertEqual(Configuration.empty.unknownRuleDiagnostics(knownRuleIDs: [], knownPacks: []), [])
    }

    func testSeverityOverridesAndPrecedence() {
        let configuration = Configuration(disabled: ["evidence", "section.data"], enabled: ["evidence.ci", "genai"],
                                          severityOverrides: ["section.risks": .error, "content": .info, "opt.in": .warning],
                                          off: ["content.length"])
        func severity(_ id: String, _ pack: String, _ level: Severity = .warning, byDefault: Bool = true) -> Severity? {
            configuration.effectiveSeverity(ruleID: id, pack: pack, severity: level, enabledByDefault: byDefault)
        }
        XCTAssertEqual(severity("section.risks", "structure"), .error)
        XCTAssertEqual(severity("section.problem", "structure"), .warning)
        XCTAssertNil(severity("section.data", "structure"))
        XCTAssertNil(severity("evidence.metrics", "evidence"), "a disabled pack")
        XCTAssertEqual(severity("evidence.ci", "evidence"), .warning, "the rule's own setting beats its pack's")
        XCTAssertEqual(severity("content.tone", "content", .error), .info, "a pack-wide severity")
        XCTAssertNil(severity("content.length", "content"), "off")
        XCTAssertNil(severity("genai.x", "other", byDefault: false), "opt-in stays off")
        XCTAssertEqual(severity("genai.y", "genai", .info, byDefault: false), .info, "an enabled opt-in pack")
        XCTAssertEqual(severity("opt.in", "p", .error, byDefault: false), .warning, "a severity turns an opt-in rule on")
    }

    func testGlobs() {
        let cases: [(String, String, Bool)] = [
            ("*.md", "notes.md", true), ("*.md", "deep/er/notes.md", true), ("*.md", "notes.mdx", false),
            ("drafts", "drafts", true), ("drafts", "portfolio/drafts/README.md", true), ("drafts", "drafts-old", false),
            ("archive/**", "archive/2023/a/README.md", true), ("archive/**", "old/archive/x", false),
            ("/archive", "archive/x", true), ("portfolio/*/README.md", "portfolio/a/README.md", true),
            ("portfolio/*/README.md", "portfolio/a/b/README.md", false), ("**/tmp/*.yml", "a/b/tmp/c.yml", true),
            ("**/tmp/*.yml", "tmp/c.yml", true), ("proj-?", "proj-1", true), ("proj-?", "proj-12", false),
            ("a*b*c", "axxbyyc", true), ("a*b*c", "axxbyy", false), ("./docs/", "docs/index.md", true),
            ("*", "anything/at/all", true), ("", "x", false), ("x", "", false), ("a/**/b", "a/b", true), ("a/**/b", "a/x/y/b", true),
        ]
        for (pattern, path, expected) in cases {
            XCTAssertEqual(Glob(pattern).matches(path), expected, "\(pattern) ~ \(path)")
        }
        XCTAssertEqual(Glob("x/*").description, "x/*")
    }
}
