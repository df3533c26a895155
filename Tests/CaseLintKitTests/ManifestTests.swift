import XCTest
@testable import CaseLintKit

final class ManifestTests: XCTestCase {
    private let complete = """
    title: Sepsis early warning
    summary: Predicts sepsis six hours ahead from vitals.
    domain: remote-monitoring
    lane: ML engineer
    target_roles: [ML engineer, clinical data scientist]
    data_sources:
      - name: MIMIC-IV
        kind: de-identified
        license: PhysioNet Credentialed Health Data License 1.5.0
        url: https://physionet.org/content/mimiciv/
      - name: Synthea
        kind: synthetic
    metrics:
      - name: AUROC
        value: 0.91
        ci: [0.88, 0.94]
        split: held-out test
        n: 1200
      - {name: sensitivity, value: 87}
    intended_use: Research demonstration only.
    clinical_use: no
    disclaimer: Not a medical device.
    limitations:
      - Single-centre data
      - Retrospective
    human_oversight: A clinician reviews every alert.
    next_steps: [prospective silent trial]

    """

    private func diagnostics(_ text: String) -> [Diagnostic] {
        ManifestLoader.load(text: text, file: "case-study.yaml").diagnostics
    }

    func testCompleteManifestReadsEveryFieldWithLines() throws {
        let loaded = ManifestLoader.load(text: complete, file: "case-study.yaml")
        XCTAssertEqual(loaded.diagnostics, [])
        XCTAssertNotNil(loaded.node)
        let manifest = try XCTUnwrap(loaded.manifest)
        XCTAssertEqual(manifest.title, "Sepsis early warning")
        XCTAssertEqual(manifest.domain, "remote-monitoring")
        XCTAssertEqual(manifest.targetRoles, ["ML engineer", "clinical data scientist"])
        XCTAssertEqual(manifest.clinicalUse, false)
        XCTAssertEqual(manifest.limitations, ["Single-centre data", "Retrospective"])
        XCTAssertEqual(manifest.nextSteps, ["prospective silent trial"])
        XCTAssertEqual(manifest.dataSources?.map(\.knownKind), [.deIdentified, .synthetic])
        XCTAssertEqual(manifest.dataSources?.first?.url, "https://physionet.org/content/mimiciv/")
        XCTAssertEqual(manifest.dataSources?.map(\.line), [7, 11])
        XCTAssertEqual(manifest.dataSources?.first?.lines["license"], 9)
        let auroc = try XCTUnwrap(manifest.metrics?.first)
        XCTAssertEqual(auroc.value, 0.91)
        XCTAssertEqual(auroc.ci, 0.88...0.94)
        XCTAssertEqual(auroc.split, "held-out test")
        XCTAssertEqual(auroc.n, 1200)
        XCTAssertEqual(auroc.line, 14)
        XCTAssertEqual(auroc.lines["value"], 15)
        XCTAssertEqual(manifest.metrics?.last?.value, 87)
        XCTAssertEqual(manifest.lines["title"], 1)
        XCTAssertEqual(manifest.lines["metrics"], 13)
        XCTAssertEqual(manifest.line(of: "human_oversight"), 26)
        XCTAssertEqual(manifest.line(of: "missing"), 1)
    }

    func testMalformedYAMLIsOneErrorAtItsLine() {
        let loaded = ManifestLoader.load(text: "title: T\ndomain: imaging\n  lane: x\n", file: "p/case-study.yaml")
        XCTAssertNil(loaded.manifest)
        XCTAssertEqual(loaded.diagnostics.map(\.rule), ["manifest.yaml"])
        XCTAssertEqual(loaded.diagnostics.first?.severity, .error)
        XCTAssertEqual(loaded.diagnostics.first?.file, "p/case-study.yaml")
        XCTAssertEqual(loaded.diagnostics.first?.line, 3)
    }

    func testHostileYAMLIsADiagnosticNotACrash() {
        let aliases = diagnostics("a: &a [x, x]\nb: [*a, *a]\n")
        XCTAssertEqual(aliases.map(\.rule), ["manifest.yaml"])
        XCTAssertEqual(aliases.first?.line, 2)
        let deep = diagnostics("title: " + String(repeating: "{a: ", count: 10_000))
        XCTAssertEqual(deep.map(\.rule), ["manifest.yaml"])
    }

    func testTopLevelMustBeAMapping() {
        let loaded = ManifestLoader.load(text: "- title: T\n", file: "case-study.yaml")
        XCTAssertNil(loaded.manifest)
        XCTAssertEqual(loaded.diagnostics.map(\.rule), ["manifest.yaml"])
        XCTAssertTrue(loaded.diagnostics[0].message.contains("must be a mapping"), loaded.diagnostics[0].message)
    }

    func testEmptyFileIsAnEmptyManifest() throws {
        let loaded = ManifestLoader.load(text: "# to do\n", file: "case-study.yaml")
        XCTAssertEqual(loaded.manifest, Manifest())
        XCTAssertEqual(loaded.diagnostics, [])
        XCTAssertEqual(loaded.node?.pairs?.count, 0)
    }

    func testUnknownKeysAreWarningsWithASuggestion() {
        let found = diagnostics("title: T\ntarget_role: [ML engineer]\nfavourite_colour: blue\ndata_sources:\n  - name: N\n    licence: CC-BY\n")
        XCTAssertEqual(found.map(\.rule), ["manifest.unknown-key", "manifest.unknown-key", "manifest.unknown-key"])
        XCTAssertEqual(found.map(\.severity), [.warning, .warning, .warning])
        XCTAssertEqual(found.map(\.line), [2, 3, 6])
        XCTAssertTrue(found[0].message.contains("did you mean 'target_roles'?"), found[0].message)
        XCTAssertTrue(found[1].message.contains("known: title, summary"), found[1].message)
        XCTAssertTrue(found[2].message.contains("data_sources[1]") && found[2].message.contains("'license'"), found[2].message)
    }

    func testWrongTypesNameKeyExpectedTypeAndLine() throws {
        let loaded = ManifestLoader.load(text: "title: T\ntarget_roles: 5\nclinical_use: maybe\nlimitations: [ok, [nested]]\n",
                                         file: "case-study.yaml")
        let found = loaded.diagnostics
        XCTAssertEqual(found.map(\.rule), ["manifest.type", "manifest.type", "manifest.type"])
        XCTAssertEqual(found.map(\.line), [2, 3, 4])
        XCTAssertEqual(found[0].message, "target_roles must be a list, found the number 5: write each item on its own line, starting with '- '")
        XCTAssertTrue(found[1].message.hasPrefix("clinical_use must be true or false, found the text \"maybe\""), found[1].message)
        XCTAssertTrue(found[2].message.hasPrefix("limitations[2] must be text, found a list"), found[2].message)
        XCTAssertEqual(loaded.manifest?.title, "T", "the rest of the file is still read")
        XCTAssertNil(loaded.manifest?.targetRoles)
    }

    func testMetricValuesMustBeNumbersWithHelpfulHints() {
        let found = diagnostics("""
        metrics:
          - {name: a, value: high}
          - {name: b, value: 91%}
          - {name: c, value: "0.91"}
          - {name: d, value: .nan}
          - {name: e, value: 0.8, ci: [0.9, 0.7]}
          - {name: f, value: 0.8, ci: [0.7]}
          - {name: g, value: 0.8, n: 0}
          - AUROC 0.9
        """)
        XCTAssertEqual(found.map(\.rule), Array(repeating: "manifest.type", count: 8))
        XCTAssertEqual(found.map(\.line), [2, 3, 4, 5, 6, 7, 8, 9])
        XCTAssertEqual(found[0].message, "metrics[1].value must be a number, found the text \"high\"")
        XCTAssertTrue(found[1].message.contains("write 0.91 (a fraction) or 91 without the % sign"), found[1].message)
        XCTAssertTrue(found[2].message.contains("remove the quotes around 0.91"), found[2].message)
        XCTAssertTrue(found[4].message.contains("low <= high"), found[4].message)
        XCTAssertTrue(found[5].message.contains("two numbers"), found[5].message)
        XCTAssertTrue(found[6].message.contains("at least 1"), found[6].message)
        XCTAssertTrue(found[7].message.hasPrefix("metrics[8] must be a mapping with name, value"), found[7].message)
    }

    func testFrontMatterReadsModelCardFieldsAtReadmeLines() throws {
        let yaml = "license: cc-by-4.0\ntags:\n  - medical\n  - imaging\ndatasets: nih-chest-xray\nmetrics: [auroc]\npipeline_tag: image-classification\n"
        let (info, found) = ManifestLoader.frontMatter(text: yaml, file: "README.md", firstLine: 2)
        XCTAssertEqual(found, [])
        let card = try XCTUnwrap(info)
        XCTAssertEqual(card.license, "cc-by-4.0")
        XCTAssertEqual(card.tags, ["medical", "imaging"])
        XCTAssertEqual(card.datasets, ["nih-chest-xray"])
        XCTAssertEqual(card.metrics, ["auroc"])
        XCTAssertEqual(card.lines["license"], 2)
        XCTAssertEqual(card.lines["metrics"], 7)
    }

    func testFrontMatterProblemsPointAtReadmeLines() {
        let broken = ManifestLoader.frontMatter(text: "license: mit\ntags: [a, b\n", file: "README.md", firstLine: 2)
        XCTAssertNil(broken.0)
        XCTAssertEqual(broken.1.map(\.rule), ["frontmatter.yaml"])
        XCTAssertEqual(broken.1.first?.line, 4, "the end of the front matter, where the list is still open")
        XCTAssertEqual(broken.1.first?.message.contains("(while parsing a flow sequence at line 3)"), true, broken.1.first?.message ?? "")
        XCTAssertEqual(broken.1.first?.severity, .error)
        let typed = ManifestLoader.frontMatter(text: "license: mit\ntags: {a: b}\n", file: "README.md", firstLine: 2)
        XCTAssertEqual(typed.0?.license, "mit")
        XCTAssertEqual(typed.1.map(\.rule), ["frontmatter.type"])
        XCTAssertEqual(typed.1.first?.line, 3)
        XCTAssertNil(ManifestLoader.frontMatter(text: "", file: "README.md", firstLine: 2).0)
    }
}
