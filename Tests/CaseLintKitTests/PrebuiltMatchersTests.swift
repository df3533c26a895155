@testable import CaseLintKit
import XCTest

final class PrebuiltMatchersTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The committed tables are what building the built-in packs' matchers gives now: a pack edited
    /// without running the script, or a change to how matchers are built, fails here.
    func testGeneratedTablesAreCurrent() throws {
        let file = Self.root.appendingPathComponent("Sources/CaseLintKit/Generated/PrebuiltMatchers.swift")
        let committed = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(committed == (try PrebuiltMatcherSource.generate()), "PrebuiltMatchers.swift is stale: run Scripts/embed-resources.sh")
    }

    /// Every matcher the built-in packs make is read from the tables, and reads the same as one built now.
    func testTablesGiveTheMatchersBuiltNow() throws {
        var readCount = 0
        let recorded = try MatcherPrebuilds.recording {
            let builtIn = try RuleSet.loadBuiltIn()
            builtIn.vocabulary.freeze()
        }
        XCTAssertFalse(recorded.isEmpty)
        for (key, value) in recorded {
            switch value {
            case .phrase(let tables):
                let prebuilt = try XCTUnwrap(PrebuiltMatchers.phrase(key), "run Scripts/embed-resources.sh")
                XCTAssertEqual(prebuilt, tables)
                let built = PhraseMatcher(tables: prebuilt)
                XCTAssertEqual(built.tables, tables)
                readCount += 1
            case .heading(let prebuilt):
                XCTAssertEqual(PrebuiltMatchers.heading(key), prebuilt, "run Scripts/embed-resources.sh")
                XCTAssertEqual(SectionHeadingMatcher(prebuilt: prebuilt).prebuilt, prebuilt)
                readCount += 1
            case .domains(let prebuilt):
                XCTAssertEqual(PrebuiltMatchers.domains(key), prebuilt, "run Scripts/embed-resources.sh")
                XCTAssertEqual(DomainDetector(prebuilt: prebuilt).prebuilt, prebuilt)
                readCount += 1
            }
        }
        XCTAssertGreaterThan(readCount, 3)
    }

    /// A matcher read from tables finds what the matcher built from the lists finds, filter and all.
    func testReadMatcherMatchesLikeTheBuiltOne() {
        let lists: [(label: String, phrases: [String])] = [("auc", ["AUC", "area under the curve", "PR-AUC"]), ("f1", ["F1", "f1 score"]),
                                                           ("empty", []), ("area", ["area"])]
        let built = PhraseMatcher(building: lists)
        let read = PhraseMatcher(tables: built.tables)
        XCTAssertEqual(read.firstTokenBits, built.firstTokenBits)
        XCTAssertEqual(read.filterWordList, built.filterWordList)
        XCTAssertEqual(read.labelParts, built.labelParts)
        let index = TextIndex(MarkdownScanner.scan("The area under the curve was 0.9; PR AUC 0.8, F1 score 0.7 in one area."))
        let found = { (matcher: PhraseMatcher) in matcher.matches(in: index.tokens, range: 0..<index.tokens.count).map { "\($0.label) \($0.firstToken)-\($0.lastToken)" } }
        XCTAssertEqual(found(read), found(built))
        XCTAssertEqual(found(read).count, 4)
    }

    /// Lists the tables were not made from are built, and different lists fingerprint differently.
    func testOtherListsAreBuilt() {
        var first = InputFingerprint(kind: "phrases")
        first.combine([(label: "a", phrases: ["bc"])])
        var second = InputFingerprint(kind: "phrases")
        second.combine([(label: "ab", phrases: ["c"])])
        XCTAssertNotEqual(first, second)
        XCTAssertNil(PrebuiltMatchers.phrase(first))
        let matcher = PhraseMatcher([(label: "x", phrases: ["left ventricle"])])
        XCTAssertEqual(matcher.labels, ["x"])
    }
}
