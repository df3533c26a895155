@testable import CaseLintKit
import XCTest

/// `privacy.phi-identifiers` on README text, manifests and sample data: what counts, what does not,
/// and that no finding ever repeats the value it found.
final class PhiIdentifierTests: XCTestCase {
    func testHeaderWordsAreTheWordsOfTheColumnNames() {
        XCTAssertEqual(IdentifierColumns.headerWords, IdentifierColumns.gatheredHeaderWords)
    }

    /// Values planted in the fixtures; none may appear in any output.
    let secrets = ["Mary Jones", "1956-03-02", "02139", "617-555-0199", "00482913", "mary.jones@gmail.com", "123-45-6789"]

    func findings(readme: String? = nil, manifest: String? = nil, files: [String: String] = [:]) throws -> [Finding] {
        let ruleSet = try RuleSet.load()
        let rule = try XCTUnwrap(ruleSet.rule("privacy.phi-identifiers"))
        let context = LintContext(document: readme.map { MarkdownScanner.scan($0) }, manifestNode: nil, vocabulary: ruleSet.vocabulary)
        context.manifestBytes = manifest.map { Array($0.utf8) }
        context.dataFiles = files.sorted { $0.key < $1.key }.map { SampleDataFile(path: $0.key, bytes: Array($0.value.utf8)) }
        return rule.check.evaluate(context)
    }

    func testShapesNeedTheirLabels() throws {
        let readme = """
        # P

        SSN 123-45-6789 and (617) 555-0199 were in the export.
        Accuracy 0.91 on 2,000 cases from 2019-03-01 to 2020-02-29; version 1.2.3.4 runs on 10.0.0.2.
        MRN: 00482913. Seen 12 times; batch 123456 of 2019.

        ```
        DOB: 03/02/1956   Age: 97   IP: 8.8.4.4
        ```
        """
        let found = try findings(readme: readme)
        let summary = found.map { "\($0.line):\($0.column) \($0.message.prefix(40))" }
        XCTAssertEqual(found.map(\.line), [3, 3, 5, 8, 8, 8], summary.joined(separator: "\n"))
        XCTAssertEqual(found.first?.column, 5)
        XCTAssertEqual(found.map(\.severity), [.error, .error, .error, .error, .warning, .warning])
    }

    func testContextThatIsNotAboutPatients() throws {
        let readme = """
        # P

        Maintained by Jane Roe (jane.roe@uni.edu, +1 617-555-0142). Docs: https://example.org/a/617-555-0142
        Cite: doi:10.1000/182. Released 2024-03-02. Contact [me](mailto:jane.roe@uni.edu).

        ## Changelog

        - 2023-11-05: admission-date parser added

        ## Authors

        | Name | Email | Phone |
        |---|---|---|
        | Jane Roe | jane.roe@uni.edu | 617-555-0142 |
        """
        XCTAssertEqual(try findings(readme: readme).map(\.line), [])
    }

    func testDataFilesAreReadByColumnAndNeverEchoed() throws {
        let csv = "patient_name,dob,zip,phone,notes\nMary Jones,1956-03-02,02139,617-555-0199,ok\nAl Bo,1960-01-01,02140,617-555-0198,SSN 123-45-6789\n"
        let jsonl = "{\"mrn\": \"00482913\", \"age\": 71, \"email\": \"mary.jones@gmail.com\"}\n"
        let found = try findings(files: ["data/sample.csv": csv, "data/records.jsonl": jsonl])
        let places = found.map { "\($0.file):\($0.line):\($0.column)" }
        XCTAssertEqual(places, ["data/records.jsonl:1:10", "data/records.jsonl:1:42", "data/sample.csv:2:1", "data/sample.csv:2:12",
                                "data/sample.csv:2:23", "data/sample.csv:2:29", "data/sample.csv:3:41"])
        XCTAssertTrue(found.contains { $0.message.contains("column 'dob' (2 values)") })
        XCTAssertTrue(found.contains { $0.message.contains("key 'mrn' (1 value)") })
        for finding in found {
            for secret in secrets { XCTAssertFalse(finding.message.contains(secret), finding.message) }
        }
    }

    func testJSONOutsidePatientRecordsAndAggregates() throws {
        let meta = "{\n  \"name\": \"Jane Roe\",\n  \"email\": \"jane.roe@uni.edu\"\n}\n"
        let cohort = "age_group,n,zip3\n90+,12,021\n80-89,40,100\n"
        XCTAssertEqual(try findings(files: ["model/card.json": meta, "data/cohort.csv": cohort]).count, 0)
    }

    func testManifestLinesWithOwnersAreFine() throws {
        let manifest = "title: X\nauthor: Jane Roe <jane.roe@uni.edu>\nexample: \"Patient: Mary Jones, MRN 00482913\"\n"
        let found = try findings(manifest: manifest)
        XCTAssertEqual(found.map(\.line), [3, 3])
        XCTAssertEqual(Set(found.map(\.file)), ["case-study.yaml"])
    }

    func testFinderSkipsToolFoldersLinksAndBinaryFiles() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/data/a.csv", "dob\n1956-03-02\n")
        try sandbox.write("p/node_modules/x/b.csv", "dob\n1956-03-02\n")
        try sandbox.write("p/.git/c.json", "{}")
        try sandbox.write("p/env/pyvenv.cfg", "home = /usr\n")
        try sandbox.write("p/env/lib/d.csv", "dob\n1956-03-02\n")
        try sandbox.write("p/package.json", "{\"author\": \"x\"}")
        try sandbox.write("p/data/e.csv", Data([0x64, 0x00, 0x01]))
        try sandbox.write("p/data/synthea/patients.csv", "BIRTHDATE,ADDRESS\n1956-03-02,12 Main St\n")
        try sandbox.write("p/data/fake_patients.json", "{\"dob\": \"1956-03-02\"}")
        try sandbox.write("outside/f.csv", "dob\n1956-03-02\n")
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("p/linked"), withDestinationPath: sandbox.path("outside"))
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("p/g.csv"), withDestinationPath: sandbox.path("outside/f.csv"))
        let files = SampleDataFinder.files(under: sandbox.root.appendingPathComponent("p"))
        XCTAssertEqual(files.map(\.path), ["data/a.csv"])
    }

    func testLargeFilesAreReadUpToALineBoundary() throws {
        let sandbox = try Sandbox()
        let row = "1956-03-02,some padding to make the row long enough\n"
        try sandbox.write("p/big.csv", "dob,note\n" + String(repeating: row, count: 6_000))
        let file = try XCTUnwrap(SampleDataFinder.files(under: sandbox.root.appendingPathComponent("p")).first)
        XCTAssertLessThanOrEqual(file.bytes.count, SampleDataFinder.maxBytes)
        XCTAssertEqual(file.bytes.last, 0x0A)
    }
}
