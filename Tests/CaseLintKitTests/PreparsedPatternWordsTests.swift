@testable import CaseLintKit
import XCTest

final class PreparsedPatternWordsTests: XCTestCase {
    /// The generated table holds every built-in pattern with the words reading it gives now: a pattern
    /// edited without running the script (or a change to `RequiredWords`) fails here.
    func testTableIsTheBuiltInPatternsRead() throws {
        let entries = try RuleSet.load().patternWordsTable
        XCTAssertFalse(entries.isEmpty)
        XCTAssertEqual(PreparsedPatternWords.table.count, entries.count, "run Scripts/embed-resources.sh")
        for entry in entries {
            XCTAssertEqual(PreparsedPatternWords.table[entry.pattern], entry.words, "\(entry.pattern): run Scripts/embed-resources.sh")
            XCTAssertEqual(RequiredWords.preparsedOrRead(entry.pattern), RequiredWords.words(entry.pattern), entry.pattern)
        }
    }

    func testWordsSurviveTheirLine() {
        let sets: [[RequiredWords.Word]] = [[.init(prefix: "fda", endsWord: true)],
                                            [.init(prefix: "approved", endsWord: false), .init(prefix: "100", endsWord: true)]]
        let line = RequiredWords.encode(sets)
        XCTAssertEqual(line, "fda$ approved|100$")
        XCTAssertEqual(line.flatMap(RequiredWords.decode), sets)
        XCTAssertEqual(RequiredWords.encode([]), "")
        XCTAssertEqual(RequiredWords.decode(""), [])
    }

    /// A line the encoder cannot have written is not trusted: the pattern is read instead.
    func testUnreadableLinesAreRejected() {
        XCTAssertNil(RequiredWords.encode([[.init(prefix: "Fda", endsWord: false)]]))
        XCTAssertNil(RequiredWords.encode([[.init(prefix: "", endsWord: false)]]))
        for line in ["fda  use", "fda|", "$", "FDA", "fda$$", "a b|"] {
            XCTAssertNil(RequiredWords.decode(line), line)
        }
        let pattern = #"\bnot\s+for\s+clinical\s+use"#
        XCTAssertEqual(RequiredWords.preparsedOrRead(pattern), RequiredWords.words(pattern))
    }
}
