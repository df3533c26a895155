@testable import CaseLintKit
import XCTest

/// Which value belongs to which metric name, in the ways READMEs write results.
final class MetricValueTests: XCTestCase {
    func metrics(_ body: String) throws -> [String] {
        let ruleSet = try RuleSet.load()
        let context = LintContext(document: MarkdownScanner.scan("# Project\n\n## Results\n\n" + body + "\n"), manifestNode: nil,
                                  vocabulary: ruleSet.vocabulary)
        return context.metrics.map { "\($0.name) \($0.value)" }.sorted()
    }

    func testEachValueGoesToItsOwnName() throws {
        // A value right before the next name is that name's, not the previous name's.
        XCTAssertEqual(try metrics("The best model scored 0.873 ROC-AUC and 0.41 PR-AUC."), ["auprc 0.41", "auroc 0.873"])
        // A value that ends a sentence is not the next sentence's metric.
        XCTAssertEqual(try metrics("Cohen's kappa = 0.72. MCC: 0.66."), ["kappa 0.72", "mcc 0.66"])
        // Two names and two values joined by slashes pair in order.
        XCTAssertEqual(try metrics("Sensitivity/Specificity: 0.89/0.93"), ["sensitivity 0.89", "specificity 0.93"])
        XCTAssertEqual(try metrics("Sens/Spec of 91%/84% at the chosen threshold."), ["sensitivity 91.0", "specificity 84.0"])
        // A short form defined by an equals sign and the name its letters spell: "CI" is the concordance index.
        XCTAssertEqual(try metrics("CI = concordance index.\n\nDeepDTA CI 0.866, MSE 0.183."), ["c_index 0.866", "mse 0.183"])
        XCTAssertEqual(try metrics("F1: .87, AUC: .91"), ["auroc 0.91", "f1 0.87"])
        // A name in brackets after its clause names the clause's value.
        XCTAssertEqual(try metrics("It catches 87% of sepsis cases (sensitivity) while 91% of other patients are cleared (specificity)."),
                       ["sensitivity 87.0", "specificity 91.0"])
    }

    func testSignedMetricsKeepTheirSign() throws {
        // Below zero is a value for an intercept, an R² or a correlation; a dash between numbers is a range.
        XCTAssertEqual(try metrics("Calibration slope 0.91, intercept −0.08."), ["calibration_intercept -0.08", "calibration_slope 0.91"])
        XCTAssertEqual(try metrics("| Model | RMSE | R² |\n|---|---|---|\n| Mean baseline | 1.27 | -0.01 |"), ["r2 -0.01", "rmse 1.27"])
        XCTAssertEqual(try metrics("MCC 0.41-0.52 across folds."), ["mcc 0.41"])
    }

    func testScoresOfTextOverlapAndTheirCells() throws {
        // A text-overlap score's own F1 is that score, not a classifier's F1.
        XCTAssertEqual(try metrics("BERTScore F1 vs reference answers: 0.88; ROUGE-L F1 of 0.41."), ["bertscore 0.88", "rouge 0.41"])
        // Neighbouring header cells are two names, not one: "ROUGE-L" then "F1-RadGraph".
        XCTAssertEqual(try metrics("| Model | ROUGE-L | F1-RadGraph |\n|---|---|---|\n| T5 | 33.8 | 30.5 |"), ["f1 30.5", "rouge 33.8"])
    }

    func testErrorsInCountsAndSharesGradedCorrect() throws {
        XCTAssertEqual(try metrics("Summed per day, MAE per day = 9.8 patients."), ["mae 9.8"])
        // A whole number before "patients" is still a count.
        XCTAssertEqual(try metrics("RMSE was measured on 412 patients."), [])
        // A "Correct" column holds an accuracy when its cells are percentages, not when they are counts.
        XCTAssertEqual(try metrics("| Model | Correct | Unsafe |\n|---|---|---|\n| RAG | 79% | 2.3% |"), ["accuracy 79.0"])
        XCTAssertEqual(try metrics("| Label | Correct | Incorrect |\n|---|---|---|\n| benign | 412 | 19 |"), [])
        // After a colon the word before the value is a label, not a number's noun ("section 3").
        XCTAssertEqual(try metrics("Recall@5 of the correct section: 0.84."), ["sensitivity 0.84"])
        // Initials of a metric written out elsewhere head a column; beside "95%" they are the interval.
        XCTAssertEqual(try metrics("RMSE and concordance index:\n\n| Split | RF CI |\n|---|---|\n| Random | 0.84 |"), ["c_index 0.84"])
        XCTAssertEqual(try metrics("The concordance index comes later.\n\n| Variable | HR | 95% CI |\n|---|---|---|\n| Age | 1.7 | 0.81-0.93 |"), [])
    }

    func testLoggedResultsAndPromises() throws {
        // A logger's level before the name still makes a printed result.
        XCTAssertEqual(try metrics("```\n[INFO] Test accuracy: 0.8012\n[INFO] Recall (no-show): 0.62\n```"), ["accuracy 0.8012", "sensitivity 0.62"])
        // Several pairs on one printed line, each name after the previous value.
        XCTAssertEqual(try metrics("```\ntest_auc 0.79 | test_sens 0.68 | test_spec 0.75\n```"), ["auroc 0.79", "sensitivity 0.68", "specificity 0.75"])
        // An assignment stays code, wherever it stands on the line.
        XCTAssertEqual(try metrics("```\ntest auc 0.79, sens = 0.68\n```"), ["auroc 0.79"])
        // Lines a script printed as name = value, with no code in their block; a banner is no comparison.
        XCTAssertEqual(try metrics("```\n===== test =====\nrecall      = 0.91\nspecificity = 0.97\n```"), ["sensitivity 0.91", "specificity 0.97"])
        XCTAssertEqual(try metrics("```\nif fold == 5:\nrecall = 0.91\nspecificity = 0.97\n```"), [])
        // A console line's pairs after its label, the first pair not a metric.
        XCTAssertEqual(try metrics("```\nTest set: loss 0.221, acc 0.934\n```"), ["accuracy 0.934"])
        // "100% accurate" is a promise; "not 95% accurate" a caveat; "92% accurate" a result.
        XCTAssertEqual(try metrics("- 100% accurate translations patients can trust"), [])
        XCTAssertEqual(try metrics("The notes were 92% accurate against the chart review."), ["accuracy 92.0"])
    }

    func testCutOffsAndSpacedPercentSigns() throws {
        // The number after "@" is the metric's cut-off.
        XCTAssertEqual(try metrics("Object detection mAP@0.5: 0.78 on the validation images."), ["auprc 0.78"])
        XCTAssertEqual(try metrics("Precision@10 of 0.64 for retrieved passages."), ["ppv 0.64"])
        XCTAssertEqual(try metrics("The model reached 92 % accuracy on the test set."), ["accuracy 92.0"])
        // The other name fixes the operating point; the value after it is this name's.
        XCTAssertEqual(try metrics("Sensitivity at 95% specificity was 0.48."), ["sensitivity 0.48", "specificity 95.0"])
        XCTAssertEqual(try metrics("**Sensitivity @ 90% specificity:** 0.61"), ["sensitivity 0.61", "specificity 90.0"])
        // A version number is no value, and a point inside a word does not make a decimal.
        XCTAssertEqual(try metrics("Accuracy is reported in v1.87 of the paper."), [])
    }

    func testPrintedClassificationReport() throws {
        let report = """
        ```
                      precision    recall  f1-score   support

                   0       0.95      0.97      0.96      1000
                   1       0.81      0.72      0.76       200

            accuracy                           0.93      1200
        ```
        """
        XCTAssertEqual(try metrics(report), ["accuracy 0.93", "f1 0.76", "f1 0.96", "ppv 0.81", "ppv 0.95",
                                             "sensitivity 0.72", "sensitivity 0.97"])
    }
}
