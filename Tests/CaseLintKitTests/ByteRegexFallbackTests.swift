@testable import CaseLintKit
import Foundation
import XCTest

/// What `ByteRegex` refuses, and what `TextPattern` does then: ICU runs instead, so a pattern
/// outside the syntax, a non-ASCII sentence or a search out of steps gives ICU's result.
final class ByteRegexFallbackTests: XCTestCase {
    func testRefusesSyntaxOutsideTheSubset() {
        for pattern in ["", "(?i)a", #"(a)\1"#, "a*+", "a++", #"\p{L}"#, #"\x41"#, #"\u0041"#, #"\u00A"#, "[[a]]", "[a&&b]", "[a--b]", #"[\w-z]"#, "(?:a?)*",
                        "(?:)+", "a{2", "a{3,2}", "(?<!a+)b", "é", "(?<name>a)", "(?>a)", #"\Qa\E"#, "a{1001}", #"\A"#, "[]a]", "[a"] + ["[,--]", "[W=>,--]", "[--a]"] {
            XCTAssertNil(ByteRegex(pattern), pattern)
        }
        for pattern in [#"\bFDA[- ]?approved\b"#, "(?<!near[- ])perfect", #"(?:\w+\s+){0,2}?x"#, "a|b|", "[^-x]", #"\u00A3\d"#] {
            XCTAssertNotNil(ByteRegex(pattern), pattern)
        }
    }

    /// Nested repetition backtracks exponentially: the byte matcher gives up within its budget,
    /// and the pattern's hits come from ICU all the same.
    func testExhaustedBudgetFallsBackToICU() throws {
        let pattern = "(?:a+)+b"
        let text = String(repeating: "a", count: 18) + "c ab"
        let bytes = Array(text.utf8)
        XCTAssertNil(try XCTUnwrap(ByteRegex(pattern)).matches(in: bytes, 0..<bytes.count), "the budget should run out")
        XCTAssertEqual(try XCTUnwrap(ByteRegex(pattern)).matches(in: Array("aab".utf8), 0..<3), [0..<3], "a small search fits")
        let paragraph = ParagraphText(bytes)
        XCTAssertEqual(paragraph.sentences.count, 1)
        XCTAssertEqual(try TextPattern(pattern).matches(in: paragraph, sentence: 0), [NSRange(location: 20, length: 2)])
    }

    /// A non-ASCII sentence goes to ICU, whose case folding reaches beyond ASCII ("ſ" is "s");
    /// an ASCII sentence of the same paragraph is read from its bytes, at the same offsets.
    func testNonASCIISentencesStayWithICU() throws {
        let pattern = try TextPattern(#"\bstudy\b"#)
        let paragraph = ParagraphText(Array("A ſtudy of x. The study ends.".utf8))
        XCTAssertEqual(paragraph.sentences.count, 2)
        XCTAssertEqual(pattern.matches(in: paragraph, sentence: 0), [NSRange(location: 2, length: 5)])
        XCTAssertEqual(pattern.matches(in: paragraph, sentence: 1), [NSRange(location: 5, length: 5)], "the sentence starts at the space")
        XCTAssertEqual(pattern.matches(inParagraph: paragraph), [NSRange(location: 2, length: 5), NSRange(location: 18, length: 5)])
    }

    /// A user's pattern outside the subset runs on ICU, on ASCII text too.
    func testPatternsOutsideTheSubsetStayWithICU() throws {
        let paragraph = ParagraphText(Array("Our Study ended; the study of x.".utf8))
        for source in [#"\p{Lu}tudy"#, "(?-i)study", #"(?<word>stu)dy"#] {
            XCTAssertNil(ByteRegex(source), source)
            let expected = source == #"\p{Lu}tudy"# || source.hasPrefix("(?<") ? [NSRange(location: 4, length: 5)] : [NSRange(location: 21, length: 5)]
            XCTAssertEqual(try TextPattern(source).matches(inParagraph: paragraph).prefix(1), ArraySlice(expected), source)
        }
    }

    /// The fuzz harness's check: nil where the matchers agree or the byte matcher stays out.
    func testDifferentialCheckIsQuietWhereTheyAgree() {
        XCTAssertNil(ByteRegexDifferential.disagreement(pattern: #"\bfda[- ]?approved\b"#, text: Array("an FDA-approved FDA approved x".utf8)))
        XCTAssertNil(ByteRegexDifferential.disagreement(pattern: "(?i)a", text: Array("a".utf8)), "not read: nothing to compare")
        XCTAssertNil(ByteRegexDifferential.disagreement(pattern: "(?:a+)+b", text: Array((String(repeating: "a", count: 30) + "c").utf8)),
                     "out of steps: ICU is not asked")
    }
}
