import Foundation
import XCTest
@testable import CaseLintKit

/// `lint --write-baseline` and `--baseline` / `baseline:`: today's findings accepted, new ones
/// reported, matched by fingerprint (not line) and by count, gone ones listed, broken files exit 2.
final class BaselineTests: XCTestCase {
    /// Three drafts in one folder, each with findings and a one-line disclaimer.
    func portfolio() throws -> Sandbox {
        let sandbox = try Sandbox()
        for name in ["sepsis", "readmission", "no-shows"] {
            try sandbox.write("folder/\(name)/README.md",
                              FindingFingerprintTests.draft.replacingOccurrences(of: "Sepsis early warning", with: "Draft \(name)"))
        }
        return sandbox
    }

    func rules(_ result: CLI.Result) throws -> [String] {
        let json = try XCTUnwrap(result.json, result.stdout + result.stderr)
        let projects = (json["projects"] as? [[String: Any]] ?? []) + (json["portfolios"] as? [[String: Any]] ?? [])
        return projects.flatMap { ($0["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
    }

    func testWrittenBaselineSurvivesInsertedLinesAndCatchesTheOneNewFinding() throws {
        let sandbox = try portfolio()
        let plain = try CLI.run(["lint", "folder"], in: sandbox.root)
        XCTAssertEqual(plain.status, 1, "the drafts have errors")
        let write = try CLI.run(["lint", "--write-baseline", "baseline.json", "folder"], in: sandbox.root)
        XCTAssertEqual(write.status, 0, write.stdout + write.stderr)
        XCTAssertTrue(write.stderr.contains("wrote "), write.stderr)
        XCTAssertEqual(try CLI.run(["lint", "--baseline", "baseline.json", "folder"], in: sandbox.root).status, 0)

        // Ten lines at the top of every README move every finding; none comes back.
        let top = (1...9).map { "Line \($0) added above the title." }.joined(separator: "\n") + "\n\n"
        for name in ["sepsis", "readmission", "no-shows"] {
            let url = sandbox.root.appendingPathComponent("folder/\(name)/README.md")
            try (top + (try String(contentsOf: url, encoding: .utf8))).write(to: url, atomically: true, encoding: .utf8)
        }
        let moved = try CLI.run(["lint", "--baseline", "baseline.json", "--format", "json", "folder"], in: sandbox.root)
        XCTAssertEqual(moved.status, 0, moved.stdout)
        XCTAssertEqual(try rules(moved), [])

        // Deleting one disclaimer is exactly one new finding, and an error.
        let url = sandbox.root.appendingPathComponent("folder/readmission/README.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "> Not for clinical use: a learning project, not a medical device.\n", with: "")
            .write(to: url, atomically: true, encoding: .utf8)
        let broken = try CLI.run(["lint", "--baseline", "baseline.json", "--format", "json", "folder"], in: sandbox.root)
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(try rules(broken), ["disclaimer.clinical-use"])
        let text2 = try CLI.run(["lint", "--baseline", "baseline.json", "folder"], in: sandbox.root)
        XCTAssertTrue(text2.stdout.hasPrefix("folder/readmission/README.md:1:1: error: "), text2.stdout)
        XCTAssertTrue(text2.stdout.contains("Baseline baseline.json: "), text2.stdout)
    }

    func testEntriesCountAndGoneFindingsAreListed() throws {
        let sandbox = try Sandbox()
        let twice = FindingFingerprintTests.draft.replacingOccurrences(of: "## Evaluation", with: "TODO: check.\n\nTODO: check.\n\n## Evaluation")
        try sandbox.write("p/README.md", twice)
        XCTAssertEqual(try CLI.run(["lint", "--write-baseline", "b.json", "p"], in: sandbox.root).status, 0)
        let baseline = try String(contentsOf: sandbox.root.appendingPathComponent("b.json"), encoding: .utf8)
        XCTAssertTrue(baseline.contains(#""rule": "content.placeholder", "fingerprint": "#), baseline)
        XCTAssertTrue(baseline.contains(#""count": 2"#), "two equal findings are one entry counted twice:\n\(baseline)")

        // A third equal line is one new finding: an entry absorbs only as many as it counts.
        try sandbox.write("p/README.md", twice.replacingOccurrences(of: "## Evaluation", with: "TODO: check.\n\n## Evaluation"))
        let third = try CLI.run(["lint", "--baseline", "b.json", "--format", "json", "p"], in: sandbox.root)
        XCTAssertEqual(try rules(third), ["content.placeholder"])

        // Filling one placeholder leaves its entry unused: listed on standard error and in the summary.
        try sandbox.write("p/README.md", twice.replacingOccurrences(of: "on general wards. TODO: add the local numbers.",
                                                                    with: "on general wards, in one in five cases."))
        let fixed = try CLI.run(["lint", "--baseline", "b.json", "p"], in: sandbox.root)
        XCTAssertEqual(fixed.status, 0, fixed.stdout)
        XCTAssertTrue(fixed.stderr.contains("caselint: note: b.json: 1 accepted finding is gone"), fixed.stderr)
        XCTAssertTrue(fixed.stderr.contains("p/README.md [content.placeholder]"), fixed.stderr)
        XCTAssertTrue(fixed.stdout.contains("1 no longer found (fixed?)"), fixed.stdout)
        let json = try XCTUnwrap(try CLI.run(["lint", "--baseline", "b.json", "--format", "json", "p"], in: sandbox.root).json)
        let summary = try XCTUnwrap((json["summary"] as? [String: Any])?["baselines"] as? [[String: Any]])
        XCTAssertEqual((summary.first?["gone"] as? [[String: Any]])?.first?["rule"] as? String, "content.placeholder")

        // Linting another project with the same baseline reports none of p's entries as gone.
        try sandbox.write("q/README.md", FindingFingerprintTests.draft)
        let other = try CLI.run(["lint", "--baseline", "b.json", "q"], in: sandbox.root)
        XCTAssertFalse(other.stderr.contains("gone"), other.stderr)
    }

    func testConfigurationBaselineIsFoundBesideTheConfiguration() throws {
        let sandbox = try portfolio()
        XCTAssertEqual(try CLI.run(["lint", "--write-baseline", "folder/.caselint-baseline.json", "folder"], in: sandbox.root).status, 0)
        try sandbox.write("folder/.caselint.yml", "baseline: .caselint-baseline.json\n")
        // From the sandbox, from inside the folder and with an absolute path: the same baseline applies.
        XCTAssertEqual(try CLI.run(["lint", "folder"], in: sandbox.root).status, 0)
        XCTAssertEqual(try CLI.run(["lint", "."], in: sandbox.root.appendingPathComponent("folder")).status, 0)
        XCTAssertEqual(try CLI.run(["lint", sandbox.path("folder")]).status, 0)
        // `score` is not filtered: a baseline hides findings, it never changes a score.
        let scored = try CLI.run(["score", "--format", "json", "folder"], in: sandbox.root)
        XCTAssertFalse(try rules(scored).isEmpty)
    }

    func testBrokenBaselineIsAnInputErrorWithFileAndLine() throws {
        let sandbox = try portfolio()
        let cases: [(String, String)] = [
            ("{\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": \"a\", \"rule\": \"r\", \"fingerprint\": \"zz\"}\n  ]\n}\n",
             "b.json:4: findings[1].fingerprint must be 16 hex digits"),
            ("{\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": \"a\",, }\n", "b.json:4:"),
            ("{\"version\": 7, \"findings\": []}", "b.json:1: baseline version 7 is newer"),
            ("{\"version\": 1,\n \"findngs\": []}", "b.json:2: unknown key 'findngs'"),
            ("{\"version\": 1, \"findings\": [{\"path\": \"a\", \"rule\": \"r\", \"fingerprint\": \"0123456789abcdef\", \"cont\": 2}]}",
             "did you mean 'count'?"),
            ("[1, 2]", "b.json:1: a baseline is a JSON object"),
            ("{\"version\": 1, \"findings\": [\n {\"path\": \"a\", \"rule\": \"r\", \"fingerprint\": \"0123456789abcdef\",\n  \"count\": true}]}",
             "b.json:3: findings[1].count must be a whole number of at least 1"),
        ]
        for (text, expected) in cases {
            try sandbox.write("b.json", text)
            let result = try CLI.run(["lint", "--baseline", "b.json", "folder"], in: sandbox.root)
            XCTAssertEqual(result.status, 2, text)
            XCTAssertTrue(result.stderr.contains(expected), "\(text)\n→ \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "no report when the baseline cannot be read")
        }
        XCTAssertEqual(try CLI.run(["lint", "--baseline", "missing.json", "folder"], in: sandbox.root).status, 2)
        let folder = try CLI.run(["lint", "--write-baseline", "folder", "folder"], in: sandbox.root)
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.stderr.contains("folder: is a folder"), folder.stderr)
        try sandbox.write("folder/.caselint.yml", "baseline: 3\n")
        XCTAssertEqual(try CLI.run(["lint", "folder"], in: sandbox.root).status, 2, "baseline: must be a path; a missing file is exit 2")
    }

    func testFileIsSortedStableAndKeepsNoPatientValues() throws {
        let sandbox = try portfolio()
        try sandbox.write("folder/sepsis/data/sample.csv", "patient_name,dob\nMary Jones,1956-03-02\n")
        XCTAssertEqual(try CLI.run(["lint", "--write-baseline", "one.json", "folder"], in: sandbox.root).status, 0)
        XCTAssertEqual(try CLI.run(["lint", "--write-baseline", "two.json", "folder"], in: sandbox.root).status, 0)
        let one = try String(contentsOf: sandbox.root.appendingPathComponent("one.json"), encoding: .utf8)
        XCTAssertEqual(one, try String(contentsOf: sandbox.root.appendingPathComponent("two.json"), encoding: .utf8))
        XCTAssertTrue(one.contains("privacy.phi-identifiers"), one)
        XCTAssertFalse(one.contains("Mary Jones") || one.contains("1956-03-02"), "a fingerprint is a one-way hash")
        let parsed = try Baseline.parse(one, file: "one.json")
        // The fast reader and the one that knows lines read a well-formed file alike.
        XCTAssertEqual(Baseline.strictJSON(one), parsed)
        XCTAssertEqual(try Baseline.located(one, file: "one.json"), parsed)
        XCTAssertEqual(parsed.serialized(), one, "reading and writing again changes nothing")
        let keys = parsed.entries.map { [$0.path, $0.rule, $0.fingerprint] }
        XCTAssertEqual(keys, keys.sorted { $0.lexicographicallyPrecedes($1) }, "sorted by path, rule, fingerprint")
        XCTAssertTrue(one.hasPrefix("{\n  \"format\": \"caselint-baseline\",\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": \"folder/"), one)
        XCTAssertEqual(one.split(separator: "\n").count, parsed.entries.count + 6, "one finding per line")
    }

    func testPathsAreRelativeToTheBaselineFolder() {
        let folder = URL(fileURLWithPath: "/work/repo/ci")
        XCTAssertEqual(BaselinePath.relative(URL(fileURLWithPath: "/work/repo/p/README.md"), to: folder), "../p/README.md")
        XCTAssertEqual(BaselinePath.relative(URL(fileURLWithPath: "/work/repo/ci"), to: folder), ".")
        XCTAssertEqual(BaselinePath.normalise("a/./b/../c/"), "a/c")
        XCTAssertEqual(BaselinePath.normalise("../x/../../y"), "../../y")
        var resolver = BaselinePath.Resolver(folder: URL(fileURLWithPath: "/work/repo"))
        XCTAssertEqual(resolver.path(of: "../.caselint.yml", in: URL(fileURLWithPath: "/work/repo/folder/p")), "folder/.caselint.yml")
        XCTAssertEqual(resolver.path(of: "", in: URL(fileURLWithPath: "/work/repo/folder")), "folder")
    }
}
