@testable import CaseLintKit
import XCTest

/// A pattern's opening read in order: it passes over sentences whose words are there but apart,
/// and never over one the regex matches.
final class WordSequenceTests: XCTestCase {
    static let clinicians = #"\b(?:clinicians?|care\s+teams?|experts?)\s+(?:always\s+|must\s+)?(?:review|reviews|read|reads|make\s+the\s+(?:final\s+)?(?:call|decision))\b"#

    func mayMatch(_ pattern: String, _ sentence: String, folds: Bool = false) throws -> Bool {
        let sequence = try XCTUnwrap(WordSequence(pattern), pattern)
        let bytes = Array(sentence.utf8)
        return sequence.mayMatch(bytes, in: 0..<bytes.count, folds: folds)
    }

    func testWordsMustStandInOrderAndTogether() throws {
        XCTAssertTrue(try mayMatch(Self.clinicians, "A clinician always reviews every flag."))
        XCTAssertTrue(try mayMatch(Self.clinicians, "Care teams make the final call."))
        XCTAssertTrue(try mayMatch(Self.clinicians, "EXPERTS READ every study."))
        XCTAssertFalse(try mayMatch(Self.clinicians, "Outputs are explained for the care coordinators who read them."))
        XCTAssertFalse(try mayMatch(Self.clinicians, "Care teams at a regional health system reviewed the workflow."))
        XCTAssertFalse(try mayMatch(Self.clinicians, "Clinicians readily agree."), "\\b after the word")
    }

    func testSeparatorsAndBoundaries() throws {
        let mark = #"\bCE(?:-|\s+)(?:marked|certified)\b"#
        XCTAssertTrue(try mayMatch(mark, "The device is CE-marked."))
        XCTAssertTrue(try mayMatch(mark, "ce   certified"))
        XCTAssertFalse(try mayMatch(mark, "Annotations were produced by board-certified readers."))
        XCTAssertTrue(try mayMatch(#"\bpatient[- ]level\b"#, "a patient-level split"))
        XCTAssertFalse(try mayMatch(#"\bpatient[- ]level\b"#, "patients level"))
        XCTAssertTrue(try mayMatch(#"\b%"#, "12%"), "a boundary before punctuation follows a word")
        XCTAssertFalse(try mayMatch(#"\bread"#, "bread"), "a word starts after no word character")
    }

    /// White space outside ASCII, lookarounds and constructs it does not read never rule a match out.
    func testWhatItCannotReadIsAllowed() throws {
        XCTAssertTrue(try mayMatch(Self.clinicians, "Clinicians\u{00A0}review it."))
        XCTAssertTrue(try mayMatch(#"(?<![\w.])FDA[- ]?approved(?!\s+drugs)"#, "FDA approved drugs"))
        XCTAssertTrue(try mayMatch(#"\bsplit\w*\s+by\s+patient"#, "splitting the data by site"))
        XCTAssertFalse(try mayMatch(#"\bsplit\w*\s+by\s+patient"#, "no such word"))
        XCTAssertTrue(try mayMatch(#"\bteſt\b"#, "nothing alike", folds: true), "case folding may reach ASCII letters")
        XCTAssertNil(WordSequence(#"\w+bias"#), "an opening that requires nothing")
        XCTAssertNil(WordSequence(#"(?i)foo"#))
    }

    func testReadingThePattern() {
        typealias Atom = WordSequence.Atom
        XCTAssertEqual(WordSequence(#"\btests?\b"#)?.atoms, [.boundary, .literal(Array("test".utf8)), .optional([.literal([0x73])]), .boundary])
        XCTAssertEqual(WordSequence("a|bc")?.atoms, [.alternatives([[.literal([0x61])], [.literal(Array("bc".utf8))]], firsts: [0x61, 0x62])])
        XCTAssertEqual(WordSequence(#"x(?:\w+\s+){0,3}y"#)?.atoms, [.literal([0x78]), .rest])
        XCTAssertEqual(WordSequence(#"[xX]\.\s*%"#)?.atoms, [.oneOf([0x78, 0x78], space: false), .literal([0x2E]), .optional([.space]), .literal([0x25])])
    }
}
