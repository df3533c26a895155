@testable import CaseLintKit
import Foundation
import XCTest
import Yams

/// The shortcuts taken at start-up and in reading a manifest must give what the slower paths they
/// skip would give.
final class StartupPathTests: XCTestCase {
    func testManifestNumbersAgreeWithYams() throws {
        let spellings = ["0.832", "21904", "-1.5e3", "1E3", "+12", "6.", ".5", "0", "-0", "-0.35", "1_000.5", "1:30", ".inf", "-.Inf",
                         ".NaN", "1.2.3", "-.5", "+", ".", "e", "12abc", "0x1F", "017", "089", "2024-03-02", "'0.5'", "123456789012345678901"]
        for spelling in spellings {
            let node = try XCTUnwrap(YAMLFastTags.compose("value: \(spelling)")?.mapping?[text: "value"], spelling)
            XCTAssertEqual(node.wholeNumber, node.int, "'\(spelling)'")
            switch (node.decimalNumber, node.float ?? node.int.map(Double.init)) {
            case let (fast?, slow?):
                XCTAssertTrue(fast == slow || fast.isNaN && slow.isNaN, "'\(spelling)': \(fast) vs \(slow)")
            case (nil, nil):
                break
            case let (fast, slow):
                XCTFail("'\(spelling)': \(String(describing: fast)) vs \(String(describing: slow))")
            }
        }
    }

    func testSpaceTrimmingAgreesWithFoundation() {
        for text in ["Data", " Data ", "\tResults\t", "Data\n", "\u{00A0}Data\u{2003}", "Café", "é ", " ", "", "a b", "#x", " # comment"] {
            XCTAssertEqual(text.trimmingSpaces(), text.trimmingCharacters(in: .whitespaces), "'\(text)'")
        }
        XCTAssertEqual("  Risks ".dropFirst().trimmingSpaces(), "Risks")
    }

    func testSpaceAndNewlineTrimmingAgreesWithFoundation() {
        for text in ["Data", " Data ", "\tResults\n", "Data\r\n", "\u{0B}Data\u{0C}", "\u{85}Data", "Data\u{2028}", "\u{00A0}Data\u{2003}",
                     "Café", "é\n", "\n", "", "a\nb", "#x", "\u{1F}x\u{7F}"] {
            XCTAssertEqual(text.trimmingSpacesAndNewlines(), text.trimmingCharacters(in: .whitespacesAndNewlines), "'\(text)'")
        }
    }

    func testPluralEndingsReadLikeCharacters() {
        for phrase in ["Data", "ABS", "risks", "result", "Q&A", "x1", "", "élan", "Résumé", "naïve", "step-by-step", "limits\r\n"] {
            let expected = phrase.last.map { $0.isLetter && $0 != "s" } ?? false
            XCTAssertEqual(SectionHeadingMatcher.endsInLetterOtherThanS(phrase), expected, "'\(phrase)'")
        }
        XCTAssertEqual(SectionHeadingMatcher.withPlurals(["Limitation", "Risks", "Data", "Datas"]), ["Limitation", "Risks", "Data", "Datas", "Limitations"])
    }

    func testPhraseMatcherTriesLongerPhrasesFirstAndListedOrderAmongEqualOnes() {
        let matcher = PhraseMatcher([(label: "short", phrases: ["risk"]), (label: "first", phrases: ["risk factors"]),
                                     (label: "second", phrases: ["risk factors", "model"]), (label: "long", phrases: ["risk factors analysis"])])
        var tokens: [Token] = []
        PhraseMatcher.tokenize("risk factors analysis; risk factors; risk; model", into: &tokens)
        XCTAssertEqual(matcher.matches(in: tokens, range: 0..<tokens.count).map(\.label), ["long", "first", "short", "second"])
    }

    func testSharedLabelsNameEveryListOfAPhrase() {
        let matcher = PhraseMatcher.sharedLabels([(label: "data", phrases: ["cohort", "Dataset"]), (label: "evaluation", phrases: ["cohort", "test set"]),
                                                  (label: "usage", phrases: ["dataset"])])
        var tokens: [Token] = []
        PhraseMatcher.tokenize("the cohort and the dataset and the test set", into: &tokens)
        let found = matcher.matches(in: tokens, range: 0..<tokens.count)
        XCTAssertEqual(found.map { PhraseMatcher.labels(of: $0) }, [["data", "evaluation"], ["data", "usage"], ["evaluation"]])
    }

    func testPreloadedRulesEqualAFreshLoad() throws {
        BuiltInRulePreload.start()
        let preloaded = try RuleSet.load()
        let fresh = try RuleSet.load()
        XCTAssertEqual(preloaded.rules.map(\.id), fresh.rules.map(\.id))
        XCTAssertEqual(preloaded.rules.map(\.definition.kind), fresh.rules.map(\.definition.kind))
        XCTAssertEqual(preloaded.categories.map(\.id), fresh.categories.map(\.id))
        XCTAssertEqual(preloaded.vocabulary.sectionParts.map(\.part), fresh.vocabulary.sectionParts.map(\.part))
        XCTAssertEqual(preloaded.vocabulary.domainProfiles.map(\.domain), fresh.vocabulary.domainProfiles.map(\.domain))
        // The preload's result is handed out once; later loads compile their own.
        XCTAssertNil(BuiltInRulePreload.take())
    }
}
