@testable import CaseLintKit
import XCTest

final class RulePackLoaderTests: XCTestCase {
    /// Built-in packs compile their regular expressions on first use and read their examples when
    /// asked; loaded as a user's pack would be, every pattern compiles now and every id and example
    /// is checked now, so none can fail in the middle of a run.
    func testEveryBuiltInPatternCompiles() throws {
        let vocabulary = SharedVocabulary()
        for (name, text) in EmbeddedResources.rulePacks {
            XCTAssertNoThrow(try RulePackLoader.load(text: text, file: name, vocabulary: vocabulary, builtIn: false), name)
        }
        XCTAssertThrowsError(try TextPattern("(unclosed"), "a pattern compiled now is validated now")
        XCTAssertNoThrow(try TextPattern("(unclosed", compileNow: false), "a deferred pattern is not")
    }

    let validRule = """
    pack: custom
    description: test pack
    rules:
      - id: custom.rule
        kind: phrase
        category: responsibility
        severity: warning
        title: A rule
        message: Say the thing.
        match:
          patterns: ['\\bthing\\b']
        examples:
          pass: ["the thing"]
          fail: ["nothing here"]
    """

    func load(_ text: String) throws -> RulePack {
        try RulePackLoader.load(text: text, file: "custom.yml", vocabulary: SharedVocabulary())
    }

    func assertError(_ text: String, line: Int, contains fragments: [String], file: StaticString = #filePath, sourceLine: UInt = #line) {
        XCTAssertThrowsError(try load(text), file: file, line: sourceLine) { error in
            guard let error = error as? InputError else { return XCTFail("not an InputError: \(error)", file: file, line: sourceLine) }
            XCTAssertEqual(error.file, "custom.yml", file: file, line: sourceLine)
            XCTAssertEqual(error.line, line, "\(error)", file: file, line: sourceLine)
            for fragment in fragments { XCTAssertTrue(error.message.contains(fragment), "'\(error.message)' lacks '\(fragment)'", file: file, line: sourceLine) }
        }
    }

    func testValidPackLoadsAndItsExamplesRun() throws {
        let pack = try load(validRule)
        XCTAssertEqual(pack.rules.map(\.id), ["custom.rule"])
        XCTAssertEqual(pack.rules[0].definition.severity, .warning)
    }

    func testUnknownKindNamesLineAndKey() {
        assertError(validRule.replacingOccurrences(of: "kind: phrase", with: "kind: phrasal"), line: 5, contains: ["custom.rule", "kind", "phrasal", "phrase"])
    }

    func testMissingKeyIsReported() {
        assertError(validRule.replacingOccurrences(of: "    title: A rule\n", with: ""), line: 4, contains: ["title", "missing"])
    }

    func testBadRegexNamesTheKey() {
        assertError(validRule.replacingOccurrences(of: "'\\bthing\\b'", with: "'(unclosed'"), line: 11, contains: ["match.patterns", "(unclosed"])
    }

    func testUnknownMatchKeyIsATypo() {
        assertError(validRule.replacingOccurrences(of: "      patterns:", with: "      patern: x\n      patterns:"), line: 11, contains: ["match.patern"])
    }

    func testUnknownSeverityAndRuleKey() {
        assertError(validRule.replacingOccurrences(of: "severity: warning", with: "severity: fatal"), line: 7, contains: ["fatal", "error, warning, info"])
        assertError(validRule.replacingOccurrences(of: "    title: A rule", with: "    titel: A rule"), line: 8, contains: ["titel", "unknown key"])
    }

    func testGuardsResultsIsAFlag() throws {
        let flagged = try load(validRule.replacingOccurrences(of: "    title: A rule", with: "    guards_results: true\n    title: A rule"))
        XCTAssertTrue(flagged.rules[0].definition.guardsResults)
        XCTAssertFalse(try load(validRule).rules[0].definition.guardsResults)
        assertError(validRule.replacingOccurrences(of: "    title: A rule", with: "    guards_results: sometimes\n    title: A rule"),
                    line: 8, contains: ["guards_results", "true or false"])
    }

    func testExamplesAreRequired() {
        let noFail = validRule.replacingOccurrences(of: "\n      fail: [\"nothing here\"]", with: "")
        assertError(noFail + "\n", line: 13, contains: ["examples.fail"])
    }

    /// Disclaimer cues are judged a word at a time, so a phrase in a word list is an error, not a
    /// cue that silently counts as its first word ("non-clinical" once made "non" a purpose).
    func testDisclaimerWordListsRejectPhrases() {
        let pack = """
        pack: custom
        description: test pack
        rules:
          - id: custom.disclaimer
            kind: disclaimer
            category: responsibility
            severity: warning
            title: A disclaimer
            message: Say it.
            match:
              negators: [not]
              clinical: [clinical]
              uses: [use]
              use_verbs: [use]
              prepositions: [for]
              purposes: [research, non-clinical]
              markers: [only]
              purpose_frames: [for]
            examples:
              pass: ["Not for clinical use."]
              fail: ["A model."]
        """
        assertError(pack, line: 11, contains: ["match.purposes", "'non-clinical' is not one word"])
        XCTAssertNoThrow(try load(pack.replacingOccurrences(of: ", non-clinical", with: "")))
    }

    func testMalformedYAMLGivesALine() {
        assertError("pack: x\nrules:\n  - id: [unclosed\n", line: 4, contains: ["YAML"])
    }

    func testEmbeddedPacksMatchTheRulesFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let onDisk = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("rules").path)
            .filter { $0.hasSuffix(".yml") }.map { "rules/" + $0 }.sorted()
        XCTAssertEqual(EmbeddedResources.rulePacks.map(\.0), onDisk, "run Scripts/embed-resources.sh")
        for (name, text) in EmbeddedResources.rulePacks {
            let disk = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(text, disk.hasSuffix("\n") ? String(disk.dropLast()) : disk, "\(name) changed: run Scripts/embed-resources.sh")
        }
    }

    func testRequiredWordsComeFromTheTopLevelOnly() {
        XCTAssertEqual(RequiredWords.sets(#"\bnot\s+for\s+clinical\s+use"#), [["not"], ["for"], ["clinical"], ["use"]])
        XCTAssertEqual(RequiredWords.sets(#"\b(intended|provided)\s+for"#), [["intended", "provided"], ["for"]])
        XCTAssertEqual(RequiredWords.sets("a|b"), [])
        XCTAssertEqual(RequiredWords.sets(#"\bcolou?r\s+(?:red)?\s+paint"#), [["colo"], ["paint"]])
        XCTAssertEqual(RequiredWords.sets(#"\w+bias"#), [], "a word glued to a class is not a word start")
        XCTAssertEqual(RequiredWords.sets(#"\b(?:do\s+not|don't)\b"#), [["not", "don"]])
    }
}
