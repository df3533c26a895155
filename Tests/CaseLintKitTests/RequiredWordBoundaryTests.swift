@testable import CaseLintKit
import XCTest

/// Required words the pattern follows with a boundary are whole words: "read\b" skips "README".
final class RequiredWordBoundaryTests: XCTestCase {
    typealias Word = RequiredWords.Word

    func testBoundariesAfterTopLevelWords() {
        XCTAssertEqual(RequiredWords.words(#"\bread\b"#), [[Word(prefix: "read", endsWord: true)]])
        XCTAssertEqual(RequiredWords.words(#"\bread"#), [[Word(prefix: "read", endsWord: false)]], "the pattern's end is no boundary")
        XCTAssertEqual(RequiredWords.words(#"\bnot\s+for"#).first, [Word(prefix: "not", endsWord: true)])
        XCTAssertEqual(RequiredWords.words(#"\bFDA[- ]approved"#).first, [Word(prefix: "fda", endsWord: true)])
        XCTAssertEqual(RequiredWords.words(#"\bdon't"#).first, [Word(prefix: "don", endsWord: true)])
        XCTAssertEqual(RequiredWords.words(#"\bnot\s?for"#).first, [Word(prefix: "not", endsWord: false)], "an optional space")
        XCTAssertEqual(RequiredWords.words(#"\bnot\Sfor"#).first, [Word(prefix: "not", endsWord: false)], "\\S is not \\s")
        XCTAssertEqual(RequiredWords.words(#"\bnot\Bx"#).first, [Word(prefix: "not", endsWord: false)], "\\B is not \\b")
        XCTAssertEqual(RequiredWords.words(#"\btests?\b"#), [[Word(prefix: "test", endsWord: false)]], "a dropped letter")
        XCTAssertEqual(RequiredWords.words(#"\bnot(?:x)"#).first, [Word(prefix: "not", endsWord: false)])
    }

    func testBoundariesInAlternations() {
        let words = RequiredWords.words(#"\b(?:clinicians?|care\s+teams?)\s+(?:review|reads?|make\s+the\s+call)\b"#)
        XCTAssertEqual(words, [[Word(prefix: "clinician", endsWord: false), Word(prefix: "care", endsWord: true)],
                               [Word(prefix: "review", endsWord: true), Word(prefix: "read", endsWord: false),
                                Word(prefix: "make", endsWord: true)]])
        XCTAssertEqual(RequiredWords.words(#"\b(?:review|read)"#).first?.map(\.endsWord), [false, false], "no boundary after the group")
        XCTAssertEqual(RequiredWords.words(#"\b(?:review|read)\s*x"#).first?.map(\.endsWord), [false, false])
        XCTAssertEqual(RequiredWords.sets(#"\b(?:review|read)\b"#), [["review", "read"]], "the words themselves do not change")
    }

    func testWholeWordsInSentences() {
        let text = ParagraphText(Array("The README is ready. Clinicians read it; they read2 nothing.".utf8))
        func has(_ word: String, wholeWord: Bool, sentence: Int) -> Bool {
            let prefix = Array(word.utf8)
            let key = ParagraphText.key(prefix, 0)
            return text.containsWordStart([prefix], keys: [key], keyBits: ParagraphText.keyBit(key), endsWord: [wholeWord],
                                          in: text.sentences[sentence])
        }
        XCTAssertTrue(has("read", wholeWord: false, sentence: 0))
        XCTAssertFalse(has("read", wholeWord: true, sentence: 0))
        XCTAssertTrue(has("read", wholeWord: true, sentence: 1))
        XCTAssertFalse(has("read", wholeWord: true, sentence: 2), "a digit continues the word")
    }

    /// Characters that fold to ASCII letters ("ſ" is "s") make a sentence's words prefixes only.
    func testFoldingCharactersAreMarked() {
        let text = ParagraphText(Array("Plain text. Uſe it. Café.".utf8))
        XCTAssertEqual(text.sentenceFolds, [false, true, false])
    }

    /// Every phrase and forbid rule's pattern finds, with its filters, what the bare regex finds in
    /// each sentence (and each paragraph, as reject patterns read it) of the rules' examples, the
    /// example projects and the blueprints.
    func testFiltersKeepEveryMatchOfPhraseAndForbidRules() throws {
        let rules = try RuleSet.load().rules
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var readmes = ["# P\n\nThe README is ready. A clinician reads every flag. Experts sign off; care teams keep watch.\n",
                       "# P\n\nClinicians\u{2003} review it. A CE-marked, board-certified, FDA\u{2011}approved tool; not HIPAA compliant.\n\n"
                           + "Patient-level split; patient level splits. Radiologists\u{2003} read it. Reviewed by a clinician. No baseline.\n"]
        for name in ["chest-xray-triage", "ed-demand-forecast", "readmission-first-draft"] {
            readmes.append(try String(contentsOf: root.appendingPathComponent("Examples/\(name)/README.md"), encoding: .utf8))
        }
        let templates = root.appendingPathComponent("templates")
        for path in try FileManager.default.subpathsOfDirectory(atPath: templates.path).sorted() where path.hasSuffix(".md") {
            readmes.append(try String(contentsOf: templates.appendingPathComponent(path), encoding: .utf8))
        }
        for rule in rules {
            readmes += (rule.definition.examples.pass + rule.definition.examples.fail).compactMap(\.readme)
        }
        // Quote marks and wide spaces as people paste them: a word right after one must still be seen.
        readmes.append("# Project\n\n“Clinicians review every flag” before it reaches a patient; it is \u{2018}clinically validated\u{2019}.\n")
        readmes.append("# Project\n\nA nurse\u{00A0}reviews every alert, and 'clinicians review' the rest.\n")
        let patterns = rules.compactMap { $0.check as? PhraseCheck }.flatMap { $0.patterns + $0.also + $0.reject }
            + rules.compactMap { $0.check as? ForbidCheck }.flatMap { $0.patterns.map(\.pattern) }
        var total = 0
        for readme in readmes {
            let document = MarkdownScanner.scan(Array(readme.utf8))
            let index = TextIndex(document)
            let paragraphs = ParagraphIndex(document)
            let words = WordPrefixIndex(index)
            for pattern in patterns {
                var expected = 0
                for number in paragraphs.paragraphs.indices {
                    let text = paragraphs.text(number)
                    // Reject patterns read the whole paragraph.
                    if pattern.regex.firstMatch(in: text.string as String, range: NSRange(location: 0, length: text.string.length)) != nil {
                        XCTAssertTrue(pattern.mayMatch(text, in: 0..<text.bytes.count, folds: text.sentenceFolds.contains(true)), pattern.source)
                    }
                    for sentence in text.sentences.indices {
                        let string = text.sentence(sentence)
                        expected += pattern.regex.numberOfMatches(in: string, range: NSRange(location: 0, length: string.utf16.count))
                    }
                }
                XCTAssertEqual(pattern.hits(in: index, words: words, paragraphs: paragraphs).count, expected, pattern.source)
                total += expected
            }
        }
        XCTAssertGreaterThan(total, 100)
    }
}
