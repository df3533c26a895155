import Foundation
import XCTest
@testable import CaseLintKit

/// A project folder that holds only its README and manifest has no sample data: the scanner says
/// so from its one listing, and the linter then does not list the folder again. Anything that could
/// be or hold data keeps the search.
final class SampleDataHintTests: XCTestCase {
    private let readme = "# P\n\nA project.\n"
    private let records = "name,dob\nJohn Smith,1956-03-02\nMary Jones,1960-11-23\n"

    func testOnlyFoldersAndDataFilesThatAreNotHiddenMayLeadToData() {
        func entry(_ name: String, _ type: DirectoryListing.EntryType) -> DirectoryListing.Entry { .init(name: name, type: type) }
        XCTAssertTrue(SampleDataFinder.mayLead(to: entry("data", .directory)))
        XCTAssertTrue(SampleDataFinder.mayLead(to: entry("records.CSV", .file)))
        XCTAssertTrue(SampleDataFinder.mayLead(to: entry("scan.dcm", .file)))
        XCTAssertTrue(SampleDataFinder.mayLead(to: entry("node_modules", .directory)), "a folder is listed to find out")
        XCTAssertFalse(SampleDataFinder.mayLead(to: entry("README.md", .file)))
        XCTAssertFalse(SampleDataFinder.mayLead(to: entry("case-study.yaml", .file)))
        XCTAssertFalse(SampleDataFinder.mayLead(to: entry(".venv", .directory)))
        XCTAssertFalse(SampleDataFinder.mayLead(to: entry(".cache.csv", .file)))
        XCTAssertFalse(SampleDataFinder.mayLead(to: entry("data", .link)), "links are never followed")
    }

    func testTheScannerTellsEachMemberWhetherItMayHoldData() throws {
        let sandbox = try Sandbox()
        for name in ["bare", "folder", "top", "hidden", "text"] {
            try sandbox.write("folio/\(name)/README.md", readme)
            try sandbox.write("folio/\(name)/case-study.yaml", "name: \(name)\n")
        }
        try sandbox.write("folio/folder/data/patients.csv", records)
        try sandbox.write("folio/top/records.csv", records)
        try sandbox.write("folio/hidden/.private/patients.csv", records)
        try sandbox.write("folio/text/notes.txt", records)
        let projects = try ProjectScanner.projects(at: [sandbox.path("folio")])
        let hints = Dictionary(uniqueKeysWithValues: projects.map { ($0.root.lastPathComponent, $0.mayHoldSampleData) })
        XCTAssertEqual(hints, ["bare": false, "folder": true, "top": true, "hidden": false, "text": false])
        XCTAssertEqual(try ProjectScanner.projects(at: [sandbox.path("folio/folder")]).map(\.mayHoldSampleData), [true])
        XCTAssertEqual(try ProjectScanner.projects(at: [sandbox.path("folio/bare")]).map(\.mayHoldSampleData), [false])
    }

    func testDataIsStillFoundWhereTheHintAllowsIt() throws {
        let sandbox = try Sandbox()
        try sandbox.write("folio/a/README.md", readme)
        try sandbox.write("folio/a/data/patients.csv", records)
        try sandbox.write("folio/b/README.md", readme)
        let linter = Linter(ruleSet: try RuleSet.load())
        let report = try linter.lint(try ProjectScanner.projects(at: [sandbox.path("folio")]))
        let files = report.projects.map { Set($0.diagnostics.map(\.file).filter { $0.hasSuffix(".csv") }) }
        XCTAssertEqual(files, [["data/patients.csv"], []])
    }
}
