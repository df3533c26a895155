@testable import CaseLintKit
import XCTest

/// The text machinery under the checks: tokens, phrases, metric values, heading assignment, suppressions.
final class TextMatchingTests: XCTestCase {
    func index(_ markdown: String) -> TextIndex { TextIndex(MarkdownScanner.scan(markdown)) }

    func testTokensSkipCodeAndKeepNumbers() {
        let text = index("# T\n\nAUROC was 0.87 and 92.5% accuracy.\n\n```\nsecret 0.99\n```\n")
        let words = text.tokens.map { text.text(of: $0) }
        XCTAssertEqual(words, ["t", "auroc", "was", "0.87", "and", "92.5", "accuracy"])
        XCTAssertTrue(text.tokens[5].percent)
        XCTAssertEqual(text.numberValue(text.tokens[3]), 0.87)
    }

    /// A letter outside ASCII belongs to its word whole: each Greek letter is a word of its own kind,
    /// an accented word is one word, and a delta or a dash still separates.
    func testLettersOutsideASCIIAreHashedWhole() {
        let text = index("κ β Δ λ R² Schrödinger naïve ΔAUROC café–bar\n")
        let words = text.tokens.map { text.text(of: $0) }
        XCTAssertEqual(words, ["κ", "β", "λ", "r²", "schrödinger", "naïve", "auroc", "café", "bar"])
        XCTAssertEqual(Set(text.tokens.prefix(3).map(\.hash)).count, 3)
        XCTAssertEqual(text.tokens[0].hash, TextIndex.hash("κ".utf8))
        XCTAssertEqual(text.tokens[4].hash, TextIndex.hash("schrödinger".utf8))
    }

    func testPhraseMatcherPrefersLongestAndIgnoresPunctuationVariants() {
        let matcher = PhraseMatcher([(label: "ppv", phrases: ["precision"]), (label: "auprc", phrases: ["average precision", "pr-auc"])])
        let text = index("Average precision beats precision; PR AUC too.\n")
        let labels = matcher.matches(in: text.tokens, range: 0..<text.tokens.count).map(\.label)
        XCTAssertEqual(labels, ["auprc", "ppv", "auprc"])
    }

    func metrics(_ markdown: String) throws -> [MetricFact] {
        let ruleSet = try RuleSet.load()
        let rule = try XCTUnwrap(ruleSet.rule("metrics.reported"))
        let context = LintContext(document: MarkdownScanner.scan(markdown), manifestNode: nil, vocabulary: ruleSet.vocabulary)
        _ = rule.check.evaluate(context)
        return context.facts.metrics
    }

    /// The bucket pass over a document finds what the pass over every token finds: overlapping and
    /// nested phrases, phrases cut by a line break, whole documents and parts of them.
    func testPhraseBucketsFindWhatTheTokenPassFinds() {
        let words = ["model", "data", "risk", "of", "bias", "area", "under", "curve", "the", "auc", "roc", "x", "y"]
        let matcher = PhraseMatcher([(label: "a", phrases: ["area under the curve", "area under", "auc", "roc auc"]),
                                     (label: "b", phrases: ["risk of bias", "risk", "bias", "of bias", "data"]),
                                     (label: "c", phrases: ["model", "model data", "the model"])])
        let wide = PhraseMatcher([(label: "all", phrases: (0..<3000).map { "w\($0)" } + words)])
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let count = Int.random(in: 0...400, using: &generator)
            let text = (0..<count).map { _ in
                let word = words.randomElement(using: &generator)!
                return Int.random(in: 0..<12, using: &generator) == 0 ? word + ".\n" : word
            }.joined(separator: " ")
            let index = index(text)
            let all = 0..<index.tokens.count
            let ranges = [all, (all.count / 3)..<all.upperBound, 0..<(all.count * 3 / 4)]
            for range in ranges {
                for matcher in [matcher, wide] {
                    let expected = matcher.matches(in: index.tokens, range: range).map { "\($0.label) \($0.firstToken)-\($0.lastToken)" }
                    let found = matcher.matches(in: index, range: range).map { "\($0.label) \($0.firstToken)-\($0.lastToken)" }
                    XCTAssertEqual(found, expected, text)
                }
            }
        }
    }

    func testMetricValuesInSentencesAndTables() throws {
        let found = try metrics("""
        # Results

        The AUROC was 0.91 (95% CI 0.88-0.93) and sensitivity reached 88%.

        | Model | F1-score | Specificity |
        |---|---|---|
        | XGBoost | 0.74 | 0.95 |

        We will also report the Brier score later. See Figure 3 for the ROC curve.
        """)
        let pairs = found.map { "\($0.name)=\($0.value)" }
        XCTAssertEqual(Set(pairs), ["auroc=0.91", "sensitivity=88.0", "f1=0.74", "specificity=0.95"])
        XCTAssertEqual(found.first { $0.name == "f1" }?.line, 7)
        XCTAssertTrue(found.first { $0.name == "sensitivity" }?.percent ?? false)
    }

    func testNumbersThatAreNotMetricValues() throws {
        XCTAssertEqual(try metrics("AUC is plotted in Figure 2 for 2019 data.\n").count, 0)
        XCTAssertEqual(try metrics("Accuracy over 5 folds was not computed.\n").count, 0)
    }

    func testTableCellsConfidenceLevelsAndMarkers() throws {
        let found = try metrics("""
        | Model | AUROC (95% CI) | Sensitivity |
        |---|---|---|
        | This model | 0.83 (0.82–0.84) | 0.91 |
        | Baseline | [[TODO]] | [[TODO: e.g. 0.70]] |

        Our target is an AUROC of [[TODO: 0.90 or better]].
        """)
        XCTAssertEqual(Set(found.map { "\($0.name)=\($0.value)" }), ["auroc=0.83", "sensitivity=0.91"])
    }

    func testHeadingAssignmentUsesTheHeadNoun() throws {
        let matcher = try RuleSet.load().vocabulary.headingMatcher
        func parts(_ heading: String) -> [String] { matcher.assignments(for: heading).map(\.part) }
        XCTAssertEqual(parts("Model Evaluation"), ["evaluation"])
        XCTAssertEqual(parts("2. Data Preprocessing"), ["data"])
        XCTAssertEqual(parts("📊 Results and Limitations"), ["evaluation", "risks"])
        XCTAssertEqual(parts("The Data Behind the Models"), ["data"])
        XCTAssertEqual(parts("Limitations & Next Steps"), ["risks", "next_steps"])
        XCTAssertEqual(parts("Installation"), [])
    }

    func testSuppressionRegions() {
        let doc = MarkdownScanner.scan("""
        # T
        <!-- caselint-disable-next-line content.placeholder -->
        TODO one
        TODO two
        <!-- caselint-disable section.risks -->
        text
        """)
        let suppressions = Suppressions(comments: doc.comments)
        XCTAssertTrue(suppressions.suppresses(rule: "content.placeholder", line: 3, wholeFile: false))
        XCTAssertFalse(suppressions.suppresses(rule: "content.placeholder", line: 4, wholeFile: false))
        XCTAssertTrue(suppressions.suppresses(rule: "section.risks", line: 1, wholeFile: true), "an open disable covers whole-file findings")
        XCTAssertFalse(suppressions.suppresses(rule: "section.data", line: 6, wholeFile: false))
    }
}
