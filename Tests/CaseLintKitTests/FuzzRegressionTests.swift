@testable import CaseLintKit
import Foundation
import XCTest

/// Inputs the fuzzers (Scripts/fuzz.sh) found to crash, leak or hang, kept in `Fixtures/fuzz/TARGET/`
/// and run through the same library calls as the fuzz target of that name
/// (Fuzz/Sources/caselint-fuzz/FuzzTarget.swift). Each bug also has a test of its own that asserts
/// the fixed behaviour. To add one: copy the input from `.build-fuzz/crashes/TARGET/` to
/// `Fixtures/fuzz/TARGET/` under a name that says what it holds, fix the bug, and write that test.
final class FuzzRegressionTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")
    static let ruleSet = Result { try RuleSet.load() }

    func fixture(_ target: String, _ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.fixtures.appendingPathComponent(target).appendingPathComponent(name)))
    }

    /// What the fuzz target `target` does with one input, returning what the user would see.
    func replay(_ target: String, _ bytes: [UInt8]) throws -> [String] {
        let ruleSet = try Self.ruleSet.get()
        let root = URL(fileURLWithPath: "/nonexistent/caselint-fuzz-project")
        switch target {
        case "markdown":
            let project = Project(path: "fuzz-project", root: root, readme: "README.md")
            return Linter(ruleSet: ruleSet).lint(project, configuration: .empty, replacing: ["README.md": bytes])
                .diagnostics.map { "\($0.file):\($0.line): \($0.rule): \($0.message)" }
        case "manifest":
            let project = Project(path: "fuzz-project", root: root, readme: "README.md", manifest: "case-study.yaml")
            let readme = Array("# Sepsis early warning\n\n## Problem\nNot for clinical use.\n".utf8)
            return Linter(ruleSet: ruleSet).lint(project, configuration: .empty, replacing: ["README.md": readme, "case-study.yaml": bytes])
                .diagnostics.map { "\($0.file):\($0.line): \($0.rule): \($0.message)" }
        case "config":
            do {
                _ = try ConfigurationLoader.load(text: String(decoding: bytes, as: UTF8.self), file: ".caselint.yml")
                return []
            } catch let error as InputError {
                return [error.description]
            }
        case "frontmatter":
            return ManifestLoader.frontMatter(text: String(decoding: bytes, as: UTF8.self), file: "README.md", firstLine: 2).1
                .map { "\($0.file):\($0.line): \($0.rule): \($0.message)" }
        case "dicom", "sampledata":
            let names = target == "dicom" ? ["scans/image.dcm"] : ["data/sample.csv", "data/sample.tsv", "data/sample.json"]
            let rule = try XCTUnwrap(ruleSet.rule("privacy.phi-identifiers"))
            return names.flatMap { name -> [String] in
                let context = LintContext(document: nil, manifestNode: nil, vocabulary: ruleSet.vocabulary)
                context.dataFiles = [SampleDataFile(path: name, bytes: bytes)]
                return rule.check.evaluate(context).map { "\($0.file):\($0.line): \($0.message)" }
            }
        case "regex":
            // As the target does: "PATTERN\0TEXT" folded into ASCII; any difference from ICU is returned.
            let ascii = bytes.map { $0 & 0x7F }
            guard let split = bytes.firstIndex(of: 0) else { return [] }
            let pattern = String(decoding: ascii[..<split], as: UTF8.self)
            return [ByteRegexDifferential.disagreement(pattern: pattern, text: Array(ascii[(split + 1)...]))].compactMap { $0 }
        default:
            XCTFail("no fuzz target \(target)")
            return []
        }
    }

    /// Every saved input still runs to the end and names real lines.
    func testEverySavedInputRunsCleanly() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path).sorted()
        XCTAssertFalse(targets.isEmpty)
        for target in targets {
            for name in try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent(target).path).sorted() {
                for line in try replay(target, fixture(target, name)) {
                    XCTAssertNil(line.range(of: #":(0|-\d+): "#, options: .regularExpression), "\(target)/\(name): \(line)")
                    // The regex target's lines are differences between ByteRegex and ICU: none may remain.
                    XCTAssertNotEqual(target, "regex", "\(name): \(line)")
                }
            }
        }
    }

    // MARK: one test per bug found

    /// regex: in a class, "--" is ICU's set difference, and ICU refuses "[W=>,--]"; ByteRegex read it
    /// as a range from "," to "-" and matched where ICU would not compile. It now leaves such a
    /// class to ICU.
    func testClassSetDifferenceIsLeftToICU() throws {
        XCTAssertEqual(try replay("regex", fixture("regex", "class-set-difference")), [])
        XCTAssertNil(ByteRegex("allb+amaet[W=>,--]"))
        XCTAssertNil(ByteRegex("[--a]"))
        XCTAssertNotNil(ByteRegex(#"[a\--]"#), "an escaped hyphen before a literal one is no difference")
    }

    /// sampledata: a run of 30 digits after a date-like start ("2300-01-0255…") overflowed Int while
    /// the scanner asked whether it was a date, and the process trapped.
    func testDigitGroupsTooLongForAnIntAreNoDate() throws {
        let findings = try replay("sampledata", fixture("sampledata", "digit-group-overflow.tsv"))
        XCTAssertFalse(findings.contains { $0.contains("date") }, "\(findings)")

        let text = Array("born 2300-01-0255555555555555555555555555 at noon".utf8)
        let run = try XCTUnwrap(DigitRun.read(text, at: 5, lineEnd: text.count))
        XCTAssertEqual(run.lengths, [4, 2, 28])
        XCTAssertEqual(run.value(text, group: 2), Int.max)
        XCTAssertFalse(run.isFullDate(text))
        let date = Array("1956-03-02".utf8)
        XCTAssertTrue(try XCTUnwrap(DigitRun.read(date, at: 0, lineEnd: date.count)).isFullDate(date))
    }

    /// markdown: in "is for ..." the disclaimer scanner looks six words ahead for a purpose; a purpose
    /// on the sixth word with more of the sentence after it made an empty range (start past the end)
    /// and the lint trapped. Such a sentence is no restriction; "for research purposes" still is.
    func testPurposeOnTheLastWordOfTheWindowIsNoRestriction() throws {
        XCTAssertFalse(try replay("markdown", fixture("markdown", "purpose-ends-window.md")).isEmpty)

        let title = "# Sepsis early warning\n\n"
        let cut = try replay("markdown", Array((title + "This tool is for the very very very big research today and more.\n").utf8))
        XCTAssertTrue(cut.contains { $0.contains(RuleSet.disclaimerRuleID) }, "\(cut)")
        let restricted = try replay("markdown", Array((title + "This tool is for research purposes only.\n").utf8))
        XCTAssertFalse(restricted.contains { $0.contains(RuleSet.disclaimerRuleID) }, "\(restricted)")
    }
}
