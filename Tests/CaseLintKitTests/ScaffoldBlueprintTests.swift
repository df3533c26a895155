@testable import CaseLintKit
import Foundation
import XCTest

/// The six built-in blueprints: each renders, lints without errors, leaves placeholders to fill,
/// and reads as its own domain's case study.
final class ScaffoldBlueprintTests: XCTestCase {
    func testCatalogHoldsTheSixDomainBlueprints() throws {
        let catalog = try BlueprintCatalog.load()
        XCTAssertEqual(catalog.blueprints.map(\.id), ScaffoldTesting.blueprintIDs)
        XCTAssertEqual(Set(catalog.blueprints.map(\.domain)), Set(Configuration.domains), "one blueprint per domain")
        for blueprint in catalog.blueprints {
            XCTAssertFalse(blueprint.description.contains("\n"), blueprint.id)
            XCTAssertEqual(blueprint.nextSteps.count, 3, "\(blueprint.id) prints three next steps")
        }
    }

    func testEveryBlueprintLintsWithoutErrorsAndWithPlaceholderWarnings() throws {
        for id in ScaffoldTesting.blueprintIDs {
            let sandbox = try Sandbox()
            let outcome = try ScaffoldTesting.scaffold(id, into: sandbox.path("\(id)-demo"))
            let lint = try XCTUnwrap(outcome.lint)
            XCTAssertEqual(lint.count(.error), 0, "\(id): \(lint.diagnostics.filter { $0.severity == .error })")
            let placeholders = lint.diagnostics.filter { $0.rule == "content.placeholder" }
            XCTAssertGreaterThan(placeholders.count, 0, id)
            // Fresh scaffolds warn about placeholders and nothing else: the markers, and the results
            // table whose values are still markers (no result of their own yet, so no full evidence).
            XCTAssertEqual(lint.diagnostics.filter { $0.rule != "content.placeholder" }.map(\.rule), ["metrics.reported"], id)
            let results = try XCTUnwrap(lint.diagnostics.first { $0.rule == "metrics.reported" })
            XCTAssertEqual(results.severity, .warning, id)
            XCTAssertTrue(results.message.contains("still placeholders"), results.message)
            XCTAssertEqual(lint.facts.metrics.map(\.name), [], "\(id): a reference row is not the project's result")
            // One finding per marker in the README's prose, each with its line.
            let readme = try String(contentsOfFile: sandbox.path("\(id)-demo/README.md"), encoding: .utf8)
            let proseMarkers = PlaceholderMarker.scan(readme, file: "README.md").filter { $0.line > Self.frontMatterEnd(readme) }
            XCTAssertEqual(placeholders.map(\.line), proseMarkers.map(\.line), id)
            for part in ["problem", "data", "approach", "evaluation", "risks", "next_steps"] {
                // A scaffold's parts are written (some of them thinly, a few sentences waiting for more).
                XCTAssertTrue(["written", "thin"].contains(lint.facts.sections[part]?.status), "\(id): \(part)")
            }
            XCTAssertEqual(lint.domain, outcome.blueprint.domain, id)
            for file in ["README.md", "case-study.yaml", "data/README.md", "docs/architecture.md", ".gitignore", ".caselint.yml",
                         ".github/workflows/caselint.yml", "requirements.txt", "notebooks/README.md", "LICENSE",
                         "src/\(id.replacingOccurrences(of: "-", with: "_"))_demo/__init__.py"] {
                XCTAssertTrue(FileManager.default.fileExists(atPath: sandbox.path("\(id)-demo/\(file)")), "\(id): \(file)")
            }
        }
    }

    /// Content written per domain, not one text with the name swapped: READMEs share few lines.
    func testReadmesAreWrittenForTheirDomain() throws {
        let catalog = try BlueprintCatalog.load()
        let readmes = try catalog.blueprints.map { blueprint -> Set<String> in
            let text = try XCTUnwrap(blueprint.files.first { $0.path == "README.md" }).text
            return Set(text.split(separator: "\n").map(String.init).filter { $0.count > 40 })
        }
        for i in readmes.indices {
            for j in readmes.indices where j > i {
                let shared = Double(readmes[i].intersection(readmes[j]).count) / Double(min(readmes[i].count, readmes[j].count))
                XCTAssertLessThan(shared, 0.1, "\(catalog.blueprints[i].id) and \(catalog.blueprints[j].id) share \(shared) of their lines")
            }
        }
    }

    /// A marker that does not close on its line, or that holds a sentence break (the linter matches
    /// within sentences), would be invisible to `content.placeholder`; a decimal or a percentage in
    /// a README marker would look like a metric value.
    func testMarkersAreWellFormed() throws {
        for (path, text) in EmbeddedResources.templates {
            let openings = text.components(separatedBy: "[[").count - 1
            let markers = PlaceholderMarker.scan(text, file: path)
            XCTAssertEqual(markers.count, openings, "\(path): a [[ that is not a complete marker")
            for marker in markers where marker.text.range(of: #"[.;!?]\s"#, options: .regularExpression) != nil {
                XCTFail("\(path):\(marker.line): a sentence break inside \(marker.text)")
            }
            guard path.split(separator: "/").count == 3, path.hasSuffix("/README.md") else { continue }
            for marker in markers where marker.text.range(of: #"\d[.,]\d|\d\s*%"#, options: .regularExpression) != nil {
                XCTFail("\(path):\(marker.line): a number that reads as a metric value in \(marker.text)")
            }
        }
    }

    func testEmbeddedTemplatesMatchTheTemplatesFolder() throws {
        let root = CLI.packageRoot.appendingPathComponent("templates")
        let onDisk = try ScaffoldTesting.files(under: root).map { "templates/" + $0 }
        XCTAssertEqual(EmbeddedResources.templates.map(\.0), onDisk, "run Scripts/embed-resources.sh")
        for (name, text) in EmbeddedResources.templates {
            let disk = try String(contentsOf: CLI.packageRoot.appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(text, disk.hasSuffix("\n") ? String(disk.dropLast()) : disk, "\(name) changed: run Scripts/embed-resources.sh")
        }
    }

    /// `--templates DIR`: a folder with a built-in id replaces that blueprint, a new id adds one,
    /// and `_common/` files replace single shared files.
    func testTemplatesFolderOverridesAndAdds() throws {
        let sandbox = try Sandbox()
        try sandbox.write("tpl/imaging-triage/blueprint.yml", "id: imaging-triage\ndomain: imaging\ntitle: Mine\ndescription: My own.\n")
        try sandbox.write("tpl/imaging-triage/README.md", "# {{title}}\n")
        try sandbox.write("tpl/extra/blueprint.yml", "id: extra\ndomain: operations\ntitle: Extra\ndescription: Added.\ncommon: false\n")
        try sandbox.write("tpl/extra/README.md", "# Extra\n")
        try sandbox.write("tpl/_common/LICENSE", "All rights reserved, {{year}}.\n")
        let catalog = try BlueprintCatalog.load(templatesDirectory: sandbox.path("tpl"))
        XCTAssertEqual(catalog.blueprints.map(\.id), ["ed-demand-forecast", "extra", "imaging-triage", "note-summarizer",
                                                      "qsar-property", "risk-stratification", "wearable-anomaly"])
        let mine = try catalog.blueprint("imaging-triage")
        XCTAssertEqual(mine.description, "My own.")
        XCTAssertEqual(mine.files.map(\.path), ["README.md"])
        XCTAssertEqual(catalog.templateFiles(for: try catalog.blueprint("extra")).map(\.path), ["README.md"])
        let license = try XCTUnwrap(catalog.templateFiles(for: mine).first { $0.path == "LICENSE" })
        XCTAssertEqual(license.text, "All rights reserved, {{year}}.\n")
        XCTAssertTrue(catalog.templateFiles(for: mine).contains { $0.path == ".gitignore" }, "other shared files stay")
        try sandbox.write("tpl/wrong/blueprint.yml", "id: other\ndomain: imaging\ntitle: T\ndescription: D.\n")
        XCTAssertThrowsError(try BlueprintCatalog.load(templatesDirectory: sandbox.path("tpl"))) { error in
            XCTAssertTrue("\(error)".contains("must match its folder name"), "\(error)")
        }
    }

    func testRenderingIsDeterministic() throws {
        let first = try Sandbox(), second = try Sandbox()
        for id in ScaffoldTesting.blueprintIDs {
            try ScaffoldTesting.scaffold(id, into: first.path("same-name"))
            try ScaffoldTesting.scaffold(id, into: second.path("same-name"))
            XCTAssertEqual(try ScaffoldTesting.treeListing(first.root.appendingPathComponent("same-name")),
                           try ScaffoldTesting.treeListing(second.root.appendingPathComponent("same-name")), id)
            try FileManager.default.removeItem(atPath: first.path("same-name"))
            try FileManager.default.removeItem(atPath: second.path("same-name"))
        }
    }

    static func frontMatterEnd(_ text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---" else { return 0 }
        return (lines.dropFirst().firstIndex(of: "---") ?? 0) + 1
    }
}
