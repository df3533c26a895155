@testable import CaseLintKit
import XCTest

/// The literal runs a pattern needs, and the prefilters that must never hide a match the regex finds.
final class RequiredLiteralsTests: XCTestCase {
    func testRunsOfPlaceholderPatterns() {
        XCTAssertEqual(runs(#"(?<![\w.])(?:0|[xX])\.[xX]{2,}(?![\w.])"#), [".xx"])
        XCTAssertEqual(runs(#"(?<![\w.])[xX]{2,3}(?:\.[xX]+)?\s?%"#), ["xx", "%"])
        XCTAssertEqual(runs(#"\[\[\s*TODO\b[^\]\n]*\]\]"#), ["[[", "todo", "]]"])
        XCTAssertEqual(runs(#"tests?\b"#), ["test"])
        XCTAssertEqual(runs(#"ab{2}c"#), ["abbc"])
    }

    func testUnreadableConstructsGiveNothing() {
        XCTAssertEqual(runs(#"foo|bar"#), [])
        XCTAssertEqual(runs(#"(?i)foo"#), [])
        XCTAssertEqual(runs(#"\x41bc"#), [])
        XCTAssertEqual(runs(#"caf\p{L}"#), [])
    }

    func testOccursInLowercasedBytes() {
        let text = Array("results 0.xx and 12%".utf8)
        XCTAssertTrue(RequiredLiterals.occurs(Array(".xx".utf8), inLowercased: text, 0..<text.count))
        XCTAssertTrue(RequiredLiterals.occurs(Array("%".utf8), inLowercased: text, 0..<text.count))
        XCTAssertFalse(RequiredLiterals.occurs(Array("xx%".utf8), inLowercased: text, 0..<text.count))
        XCTAssertFalse(RequiredLiterals.occurs(Array("%".utf8), inLowercased: text, 0..<10))
    }

    /// Case folding lets non-ASCII text match ASCII letters ("ſ" is "s"): such runs cannot rule it out.
    func testFoldedLettersOnNonASCIIText() {
        let text = Array("Teſt".utf8)
        XCTAssertTrue(RequiredLiterals.mayOccur(Array("test".utf8), in: text, 0..<text.count))
        XCTAssertFalse(RequiredLiterals.mayOccur(Array("xx".utf8), in: Array("Café".utf8), 0..<5))
        XCTAssertTrue(RequiredLiterals.mayOccur(Array("xx".utf8), in: Array("0.XX".utf8), 0..<4))
    }

    /// Every built-in pattern finds, with its prefilters, exactly what the bare regex finds in its examples.
    func testPrefiltersKeepEveryMatchOfPlaceholderRule() throws {
        let readme = "# P\n\nAUROC 0.xx (95% CI X.XX to XX%); see [[TODO: numbers]].\n\nAccuracy xx.x % on 0.XXX.\n"
        let document = MarkdownScanner.scan(Array(readme.utf8))
        let index = TextIndex(document)
        let paragraphs = ParagraphIndex(document)
        let words = WordPrefixIndex(index)
        let rule = try XCTUnwrap(try RuleSet.load().rule("content.placeholder"))
        let check = try XCTUnwrap(rule.check as? ForbidCheck)
        var total = 0
        for entry in check.patterns {
            var expected = 0
            for number in paragraphs.paragraphs.indices {
                let text = paragraphs.text(number)
                for sentence in text.sentences.indices {
                    let string = text.sentence(sentence)
                    expected += entry.pattern.regex.numberOfMatches(in: string, range: NSRange(location: 0, length: string.utf16.count))
                }
            }
            XCTAssertEqual(entry.pattern.hits(in: index, words: words, paragraphs: paragraphs).count, expected, entry.pattern.source)
            total += expected
        }
        XCTAssertGreaterThanOrEqual(total, 5)
    }

    private func runs(_ pattern: String) -> [String] {
        RequiredLiterals.runs(pattern).map { String(decoding: $0, as: UTF8.self) }
    }
}
