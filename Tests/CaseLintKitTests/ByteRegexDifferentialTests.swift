@testable import CaseLintKit
import Foundation
import XCTest

/// `ByteRegex` against NSRegularExpression: every built-in pattern on the rule packs' examples and
/// on sentences made from its own words, and the syntax it reads on the texts where ICU's rules are
/// easy to get wrong. The match ranges must be identical.
final class ByteRegexDifferentialTests: XCTestCase {
    static let builtInPatterns: [String] = {
        guard let rules = try? RuleSet.load() else { return [] }
        var seen = Set<String>()
        return rules.rules.flatMap { $0.check.textPatterns.map(\.source) }.filter { seen.insert($0).inserted }
    }()

    func testEveryBuiltInPatternReads() {
        XCTAssertGreaterThan(Self.builtInPatterns.count, 100)
        for pattern in Self.builtInPatterns {
            XCTAssertNotNil(ByteRegex(pattern), "not read: \(pattern)")
        }
    }

    /// Every built-in pattern on every ASCII rule example: the whole README (lines, `$`, `.`), and
    /// each of its sentences as `TextPattern.hits` hands them over.
    func testBuiltInPatternsOnRuleExamples() throws {
        var texts: [String] = []
        func add(_ example: RuleExample) {
            for text in [example.readme, example.manifest].compactMap({ $0 }) + example.files.map(\.text) where text.utf8.allSatisfy({ $0 < 0x80 }) {
                texts.append(text)
                let paragraph = ParagraphText(Array(text.utf8))
                texts += paragraph.sentences.map { String(decoding: paragraph.bytes[$0], as: UTF8.self) }
            }
            example.projects.forEach(add)
        }
        for rule in try RuleSet.load().rules {
            (rule.definition.examples.pass + rule.definition.examples.fail).forEach(add)
        }
        texts = Array(Set(texts)).sorted()
        XCTAssertGreaterThan(texts.count, 500)
        var compared = 0
        for pattern in Self.builtInPatterns { compared += ByteRegexOracle.assertSame(pattern, texts) }
        XCTAssertGreaterThan(compared, 50_000)
        print("byte regex on rule examples: \(Self.builtInPatterns.count) patterns x \(texts.count) texts = \(compared) comparisons")
    }

    /// Every built-in pattern on 300 sentences of its own words, cased and punctuated at random.
    func testBuiltInPatternsOnGeneratedSentences() {
        var generator = PatternSentenceGenerator(seed: 12)
        var compared = 0
        var matched = 0
        for pattern in Self.builtInPatterns {
            let words = PatternSentenceGenerator.words(of: pattern)
            let sentences = (0..<300).map { _ in generator.sentence(from: words) }
            compared += ByteRegexOracle.assertSame(pattern, sentences)
            if let regex = ByteRegexOracle.compile(pattern) {
                matched += sentences.filter { !ByteRegexOracle.icu(regex, $0).isEmpty }.count
            }
        }
        XCTAssertGreaterThan(compared, 30_000)
        // The sentences reach the patterns: a generator that never matched would prove little.
        XCTAssertGreaterThan(matched, compared / 50)
        print("byte regex on generated sentences: \(compared) comparisons, \(matched) with a match")
    }

    /// Each class escape, `.` and class on every ASCII byte, alone and among others.
    func testSetsAgreeOnEveryByte() {
        let all = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let patterns = [#"\s"#, #"\S"#, #"\w"#, #"\W"#, #"\d"#, #"\D"#, ".", "[^a-z]", "[^A]", #"[^\W_]"#, #"[\W]"#, "[- ]",
                        #"[\w-]"#, #"[^\]\n]"#, "[a-f0-9]", "[A-z]", #"[\s\d]"#, "[^-x]", #"[.\\]"#, #"\n"#, #"\t"#, "k", "S", "[-]", "[a-]", #"[a\--]"#, "[^-]", "[a^]", "[a-c^]", "[ ^]"]
        for pattern in patterns {
            ByteRegexOracle.assertSame(pattern, all + [all.joined(), all.reversed().joined()])
        }
    }

    /// Every printable ASCII character as a literal, escaped, and in a class, wherever ByteRegex reads it.
    func testLiteralsAgreeOnEveryByte() {
        let all = (0..<128).map { String(UnicodeScalar(UInt8($0))) }.joined()
        var read = 0
        for byte in UInt8(0x20)..<0x7F {
            let character = String(UnicodeScalar(byte))
            for pattern in [character, "\\" + character, "[" + character + "]", "[\\" + character + "]", "[^" + character + "]"] where ByteRegex(pattern) != nil {
                ByteRegexOracle.assertSame(pattern, [all, character, character.uppercased() + character.lowercased()])
                read += 1
            }
        }
        XCTAssertGreaterThan(read, 300)
    }

    /// Word boundaries by punctuation, hyphens, digits and underscores; lookbehind at the start;
    /// lazy counts; empty alternatives and empty matches; `$` before line terminators.
    func testAdversarialCases() {
        let cases: [(String, [String])] = [
            (#"\bfda\b"#, ["fda", "FDA-approved", "_fda", "fda_", "1fda", "fda1", "-fda-", "fda.", " fda", "fdafda fda"]),
            (#"\B"#, ["ab c", "", "a", "-", "a-b_c"]),
            (#"\b"#, ["-a-", "", "ab", "a b"]),
            (#"(?<!near[- ])(?<!almost\s)\bperfect\b"#, ["perfect", "near perfect", "near-perfect", "almost perfect", "almost\tperfect", "xnear perfect"]),
            (#"(?<=foo\b)bar"#, ["foobar", "foo bar"]),
            (#"(?<!foo\b)bar"#, ["foobar", "foo bar", "bar"]),
            (#"(?<=foo$)bar"#, ["foobar"]),
            (#"(?<=o(?!b))b"#, ["ob", "o b"]),
            (#"a.{0,3}?c"#, ["abcbc", "ac", "a\nc", "abbbbc"]),
            (#"\b\w+?\b"#, ["ab cd", "a_b-c"]),
            (#"\d{2,3}?x"#, ["1234x", "12x", "1x"]),
            ("a(?:|b)c", ["abc ac", "abbc"]),
            ("(?:b|)c", ["bc c", "cc"]),
            ("a*", ["baa", "", "aaa"]),
            ("(?=a)", ["aa", "ba"]),
            ("x$", ["x\n", "x\r\n", "x\u{0B}", "x\u{0C}", "x\n\n", "x\r", "x\n\r", "xx"]),
            ("$", ["ab\n", "", "\r\n"]),
            ("^a", ["a\na", "ba"]),
            ("a{2,}", ["aaaa a aa"]),
            ("a(?=b)|ab", ["ab"]),
            ("(?:a|ab)(?:c|bcd)(?:d*)", ["abcd"]),
            (#"\bHIPAA[- ]compliance\b(?=\W{0,3}:)"#, ["HIPAA compliance:", "HIPAA-compliance - :", "HIPAA compliance    :", "hipaa compliance"]),
            (#"[\w-]+"#, ["a-b c", "--", "_-_"]),
            (#"\b100(?:\.0+)?\s*%"#, ["100%", "100.00 %", "1100%", "100.%", "100.0%"]),
            ("(a)(b)?c", ["ac abc bc"]),
            (#"(?:\w+\s+){0,2}?end"#, ["one two three end", "end", "x end"]),
            (#"save\s+(?:\$|\u00A3|\u20AC)\d"#, ["save $1", "save 1", "save u00A31", "save \\u00A31"]),
        ]
        for (pattern, texts) in cases { ByteRegexOracle.assertSame(pattern, texts) }
    }

    /// Random patterns from the syntax `ByteRegex` reads, on random text: whatever it reads, ICU
    /// compiles and matches the same. (Scripts/fuzz.sh's `regex` target does this at length.)
    func testRandomPatternsAgree() {
        var generator = ByteRegexPatternGenerator(seed: 3)
        var compared = 0
        for _ in 0..<1500 {
            let pattern = generator.pattern()
            guard ByteRegex(pattern) != nil else { continue }
            XCTAssertNotNil(ByteRegexOracle.compile(pattern), "read but ICU refuses: \(pattern)")
            compared += ByteRegexOracle.assertSame(pattern, (0..<20).map { _ in generator.text() })
        }
        XCTAssertGreaterThan(compared, 10_000)
        print("byte regex on random patterns: \(compared) comparisons")
    }
}
