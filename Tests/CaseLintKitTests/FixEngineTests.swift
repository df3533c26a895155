@testable import CaseLintKit
import Foundation
import XCTest

/// The parts of `caselint fix` below the command: line edits, the diff, fix declarations in packs,
/// the manifest draft, and the promise that a fix adds nothing that passes another rule.
final class FixEngineTests: XCTestCase {
    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func testLineEditsKeepEveryByteAndAddLinesWithTheFilesEnding() {
        var crOnly = LineEdits(Array("a\rb\r".utf8))
        crOnly.insert(["new"], after: 1)
        XCTAssertEqual(text(crOnly.result()), "a\rnew\rb\r")

        var noFinalBreak = LineEdits(Array("\u{FEFF}a\r\nb".utf8))
        noFinalBreak.insert(["top"], after: 0)
        noFinalBreak.insert(["", "end"], after: 2)
        XCTAssertEqual(text(noFinalBreak.result()), "\u{FEFF}top\r\na\r\nb\r\n\r\nend", "the BOM stays first; no break is added at the end")

        var mixed = LineEdits([0x61, 0xFF, 0x0A, 0x62, 0x0A])   // invalid UTF-8 survives untouched
        mixed.insert(["x"], after: 1)
        XCTAssertEqual(mixed.result(), [0x61, 0xFF, 0x0A, 0x78, 0x0A, 0x62, 0x0A])

        var rename = LineEdits(Array("target_role: [a]\n".utf8))
        rename.replace(line: 1, range: 0..<11, with: "target_roles")
        XCTAssertEqual(text(rename.result()), "target_roles: [a]\n")
        XCTAssertFalse(LineEdits(Array("x\n".utf8)).hasChanges)
    }

    func testUnifiedDiffMatchesDiffUOutput() {
        let old = Array("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".utf8)
        let new = Array("one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n".replacingOccurrences(of: "two\n", with: "two\nadded\n")
            .replacingOccurrences(of: "nine\n", with: "").utf8)
        // What GNU `diff -u` prints for these files (context 3; the two changes are 6 lines apart, one hunk).
        let expected = """
        --- a/f.md
        +++ b/f.md
        @@ -1,10 +1,10 @@
         one
         two
        +added
         three
         four
         five
         six
         seven
         eight
        -nine
         ten

        """
        XCTAssertEqual(text(UnifiedDiff.render(old: old, new: new, path: "f.md")), expected)
        XCTAssertEqual(UnifiedDiff.render(old: old, new: old, path: "f.md"), [], "no change, no diff")
        XCTAssertEqual(text(UnifiedDiff.render(old: nil, new: Array("a: 1\n".utf8), path: "c.yaml")),
                       "--- /dev/null\n+++ b/c.yaml\n@@ -0,0 +1 @@\n+a: 1\n")
        XCTAssertEqual(text(UnifiedDiff.render(old: Array("a".utf8), new: Array("a\nb".utf8), path: "r")),
                       "--- a/r\n+++ b/r\n@@ -1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n\\ No newline at end of file\n")
        let far = Array((1...30).map { "line \($0)\n" }.joined().utf8)
        let farNew = Array((1...30).map { $0 == 2 || $0 == 29 ? "line \($0)\nnew\n" : "line \($0)\n" }.joined().utf8)
        let hunks = text(UnifiedDiff.render(old: far, new: farNew, path: "r")).components(separatedBy: "\n").filter { $0.hasPrefix("@@") }
        XCTAssertEqual(hunks, ["@@ -1,5 +1,6 @@", "@@ -27,4 +28,5 @@"])
    }

    func testMergeConflictMarkersOutsideCode() {
        let conflict = Array("# A\n\n<<<<<<< ours\nx\n=======\ny\n>>>>>>> theirs\n".utf8)
        XCTAssertEqual(MergeConflict.firstMarkerLine(in: LineEdits(conflict), document: MarkdownScanner.scan(conflict)), 3)
        let example = Array("# A\n\n```\n<<<<<<< ours\n```\n\nTitle\n=======\n".utf8)
        XCTAssertNil(MergeConflict.firstMarkerLine(in: LineEdits(example), document: MarkdownScanner.scan(example)))
        XCTAssertNil(MergeConflict.firstMarkerLine(in: LineEdits(Array("<<<<<<<<< not seven\n".utf8))))
    }

    func testOnlyAnUnambiguousCorrectionIsApplied() {
        XCTAssertEqual(DidYouMean.unambiguous(to: "target_role", in: Manifest.knownKeys), "target_roles")
        XCTAssertNil(DidYouMean.unambiguous(to: "cat", in: ["bat", "hat"]), "two equally close names: no clear correction")
        XCTAssertEqual(DidYouMean.closest(to: "cat", in: ["bat", "hat"]), "bat", "a hint may still name one")
        let renames = ManifestLoader.keyRenames(text: "titel: T\nmetric: []\nmetrics: []\n\"lane_\": x\ndata_sources:\n  - {nmae: N}\n", file: "m")
        XCTAssertEqual(renames.map { "\($0.key)>\($0.replacement)@\($0.line):\($0.column)" }, ["titel>title@1:1", "nmae>name@6:6"],
                       "metric would duplicate metrics; a quoted key is left alone")
    }

    // MARK: - Fix declarations in rule packs

    let fixableRule = """
    pack: custom
    description: test pack
    rules:
      - id: custom.limits
        kind: section
        category: structure
        severity: warning
        title: Limits
        message: No limits section.
        match:
          part: risks
          headings: [limits]
        fix:
          insert: section
          heading: Limits
          text: "[[TODO: write the limits]]"
        examples:
          pass: ["# P\\n\\n## Limits\\n\\nOne site only.\\n"]
          fail: ["# P\\n"]
          fix:
            - before: "# P\\n\\nText.\\n"
              after: "# P\\n\\nText.\\n\\n## Limits\\n\\n[[TODO: write the limits]]\\n"
    """

    func assertLoadError(_ text: String, line: Int, contains fragments: [String], file: StaticString = #filePath, sourceLine: UInt = #line) {
        XCTAssertThrowsError(try RulePackLoader.load(text: text, file: "custom.yml", vocabulary: SharedVocabulary()), file: file, line: sourceLine) { error in
            guard let error = error as? InputError else { return XCTFail("not an InputError: \(error)", file: file, line: sourceLine) }
            XCTAssertEqual(error.file, "custom.yml", file: file, line: sourceLine)
            XCTAssertEqual(error.line, line, "\(error)", file: file, line: sourceLine)
            for fragment in fragments { XCTAssertTrue(error.message.contains(fragment), "'\(error.message)' lacks '\(fragment)'", file: file, line: sourceLine) }
        }
    }

    func testFixDeclarationsAreValidatedWithFileLineAndKey() throws {
        let pack = try RulePackLoader.load(text: fixableRule, file: "custom.yml", vocabulary: SharedVocabulary())
        XCTAssertEqual(pack.rules[0].definition.fix?.heading, "Limits")
        XCTAssertEqual(pack.rules[0].definition.examples.fix.count, 1)

        assertLoadError(fixableRule.replacingOccurrences(of: "insert: section", with: "insert: heading"), line: 14,
                        contains: ["custom.limits", "fix.insert", "heading", "after-title"])
        assertLoadError(fixableRule.replacingOccurrences(of: "      heading: Limits\n", with: "      heading: Limits\n      level: 2\n"), line: 16,
                        contains: ["fix.level", "unknown key"])
        assertLoadError(fixableRule.replacingOccurrences(of: "\"[[TODO: write the limits]]\"", with: "\"One site only.\""), line: 16,
                        contains: ["fix.text", "marker"])
        assertLoadError(fixableRule.replacingOccurrences(of: "\"[[TODO: write the limits]]\"", with: "\"[[TODO: say]] and more prose here\""), line: 16,
                        contains: ["fix.text", "nothing else"])
        assertLoadError(fixableRule.replacingOccurrences(of: "      heading: Limits\n", with: ""), line: 14, contains: ["fix.heading"])
        let withoutFixExamples = fixableRule.components(separatedBy: "      fix:\n        - before").first!
        assertLoadError(withoutFixExamples, line: 18, contains: ["examples.fix", "at least one"])
        assertLoadError(fixableRule.replacingOccurrences(of: "    fix:\n      insert: section\n      heading: Limits\n      text: \"[[TODO: write the limits]]\"\n", with: ""),
                        line: 14, contains: ["examples.fix", "no fix"])
        assertLoadError(fixableRule.replacingOccurrences(of: "kind: section", with: "kind: phrase")
            .replacingOccurrences(of: "      part: risks\n      headings: [limits]", with: "      patterns: ['limits']"),
                        line: 13, contains: ["fix.insert", "kind: section"]) // a phrase rule has no part
        let phrase = fixableRule.replacingOccurrences(of: "kind: section", with: "kind: phrase")
            .replacingOccurrences(of: "      part: risks\n      headings: [limits]", with: "      patterns: ['limits']")
            .replacingOccurrences(of: "insert: section\n      heading: Limits\n      text: \"[[TODO: write the limits]]\"",
                                  with: "insert: after-title\n      text: \"Limits: {{scope}}\"")
        assertLoadError(phrase, line: 14, contains: ["fix.text", "{{scope}}", "fix.variables"])
        let manifestFix = phrase.replacingOccurrences(of: "insert: after-title\n      text: \"Limits: {{scope}}\"",
                                                      with: "insert: manifest\n      text: \"# drafted\"\n      todo: {limitation: where it fails}")
        assertLoadError(manifestFix, line: 13, contains: ["fix.insert", "require_file"])
    }

    func testManifestTodoKeysAreManifestKeys() {
        let pack = """
        pack: custom
        description: test
        rules:
          - id: custom.manifest
            kind: manifest
            category: reproducibility
            severity: info
            title: Manifest
            message: No manifest.
            match: {require_file: true}
            fix:
              insert: manifest
              text: "# drafted"
              todo: {limitation: where it fails}
            examples:
              pass: [{readme: "# P\\n", manifest: "title: P\\n"}]
              fail: ["# P\\n"]
              fix: [{before: "# P\\n", after: {readme: "# P\\n", manifest: "# drafted\\ntitle: \\"P\\"\\n"}}]
        """
        assertLoadError(pack, line: 14, contains: ["fix.todo", "limitation", "did you mean 'limitations'"])
        assertLoadError(pack.replacingOccurrences(of: "todo: {limitation: where it fails}", with: "todo: {limitations: where it fails. And more}"),
                        line: 14, contains: ["fix.todo", "sentence break"])
        assertLoadError(pack.replacingOccurrences(of: "text: \"# drafted\"", with: "text: \"title: X\""), line: 13, contains: ["fix.text", "comment"])
    }

    func testAWrongFixExampleIsReported() throws {
        let sandbox = try Sandbox()
        try sandbox.write("rules/custom.yml", fixableRule.replacingOccurrences(of: "\\n\\n[[TODO: write the limits]]\\n\"", with: "\\n\\nwrong\\n\""))
        let ruleSet = try RuleSet.load(extraDirectories: [sandbox.path("rules")])
        let failures = RuleExampleRunner.verify(ruleSet).failures.filter { $0.rule == "custom.limits" && $0.fixProblem != nil }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures.first?.description.contains("fix example makes a different README") == true, "\(failures)")
    }

    // MARK: - What fixes add

    /// Placeholder text must never satisfy a rule: a fix's text, added to a README, makes no rule
    /// pass but its own (and the manifest draft only what the README itself says).
    func testAFixMakesNoOtherRulePass() throws {
        let ruleSet = try RuleSet.load()
        let linter = Linter(ruleSet: ruleSet)
        let sandbox = try Sandbox()
        let project = Project(path: "p", root: sandbox.root, readme: "README.md")
        let readmes = ["# Sepsis alerts\n\nA model that scores ward patients.\n", "A model without a title.\n",
                       "# Triage\n\n## Results\n\nAUROC 0.80 on the test set.\n"]
        for rule in ruleSet.rules where rule.definition.fix != nil {
            for readme in readmes {
                let before = linter.lint(project, configuration: .empty, replacing: ["README.md": Array(readme.utf8)])
                let fixed = RuleExampleRunner.applyFix(rule, to: RuleExample(readme: readme, manifest: nil, line: 1), ruleSet: ruleSet)
                var after = project
                var files = ["README.md": Array((fixed.readme ?? readme).utf8)]
                if let manifest = fixed.manifest {
                    files["case-study.yaml"] = Array(manifest.utf8)
                    after.manifest = "case-study.yaml"
                }
                let result = linter.lint(after, configuration: .empty, replacing: files)
                let failingBefore = Set(before.diagnostics.map(\.rule))
                let failingAfter = Set(result.diagnostics.map(\.rule))
                let nowPassing = failingBefore.subtracting(failingAfter).subtracting([rule.id, "domain.inferred"])
                XCTAssertEqual(nowPassing, [], "\(rule.id) on \(readme.debugDescription): its text satisfies \(nowPassing)")
                XCTAssertFalse(result.diagnostics.contains { ["manifest.yaml", "manifest.type", "manifest.unknown-key"].contains($0.rule) },
                               "\(rule.id): the drafted manifest reads cleanly: \(result.diagnostics)")
            }
        }
    }

    func testManifestDraftIsValidYAMLWhateverTheREADMESays() throws {
        let ruleSet = try RuleSet.load()
        let rule = try XCTUnwrap(ruleSet.rule("manifest.present"))
        let readme = """
        # "Quoted": a title with # hash, colon: and émoji 🩺

        Sensitivity 89.4% and AUROC 0.830 on the held-out test set; the c-index was 0.71.

        ## Limitations

        - Only one site: results may not transfer, #1 risk.
        - "Quoted" text and a backslash \\ in it.

        A clinician reviews every flag before anyone is contacted.
        """
        let fixed = RuleExampleRunner.applyFix(rule, to: RuleExample(readme: readme, manifest: nil, line: 1), ruleSet: ruleSet)
        let manifestText = try XCTUnwrap(fixed.manifest)
        let loaded = ManifestLoader.load(text: manifestText, file: "case-study.yaml")
        XCTAssertEqual(loaded.diagnostics, [], manifestText)
        let manifest = try XCTUnwrap(loaded.manifest)
        XCTAssertEqual(manifest.title, "\"Quoted\": a title with # hash, colon: and émoji 🩺")
        XCTAssertEqual(manifest.metrics?.map { "\($0.name ?? "")=\($0.value ?? -1)" }.sorted(), ["auroc=0.83", "c-index=0.71", "sensitivity=0.894"])
        XCTAssertTrue(manifestText.contains("value: 0.830}"), "the README's digits are kept: \(manifestText)")
        XCTAssertEqual(manifest.limitations, ["Only one site: results may not transfer, #1 risk.", "\"Quoted\" text and a backslash \\ in it."])
        XCTAssertEqual(manifest.humanOversight, "A clinician reviews every flag before anyone is contacted.")
        XCTAssertNil(manifest.intendedUse, "what the README does not say stays null, with a marker")
        XCTAssertTrue(manifestText.contains("intended_use: null  # [[TODO:"), manifestText)
        XCTAssertEqual(manifest.domain, nil, "no domain to infer from so little")
    }

    func testBlueprintsAndFixShareOneDisclaimer() throws {
        let ruleSet = try RuleSet.load()
        let catalog = try BlueprintCatalog.load()
        for blueprint in catalog.blueprints {
            let wording = try XCTUnwrap(ruleSet.vocabulary.profile(blueprint.domain)?.wording, blueprint.domain)
            let disclaimer = try XCTUnwrap(ruleSet.disclaimerText(wording: wording))
            let rendered = try Scaffolder(catalog: catalog, ruleSet: ruleSet)
                .render(blueprint, inputs: try ScaffoldInputs(name: ProjectName("demo"), year: 2025), directory: "demo").files
            let readme = try XCTUnwrap(rendered.first { $0.path == "README.md" }).text
            XCTAssertTrue(readme.contains(disclaimer), "\(blueprint.id): the README's disclaimer is the rule's fix text")
            let manifest = try XCTUnwrap(rendered.first { $0.path == "case-study.yaml" }).text
            let loaded = ManifestLoader.load(text: manifest, file: "case-study.yaml")
            XCTAssertEqual(loaded.manifest?.disclaimer, FixComposer.plainDisclaimer(disclaimer), blueprint.id)
        }
    }

    func testExplainShowsTheFix() throws {
        let result = try CLI.run(["explain", "disclaimer.clinical-use"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("What caselint fix adds"), result.stdout)
        XCTAssertTrue(result.stdout.contains("imaging: diagnostic, treatment or triage decisions about any person"), result.stdout)
        let section = try CLI.run(["explain", "section.data"])
        XCTAssertTrue(section.stdout.contains("the heading 'Data'") && section.stdout.contains("[[TODO: describe the data"), section.stdout)
    }
}
