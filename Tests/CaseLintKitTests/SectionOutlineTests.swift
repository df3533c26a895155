@testable import CaseLintKit
import XCTest

/// The section model's decisions on READMEs written for these tests, one class of heading each:
/// which heading (by line) serves each part, and that it is one decision over the whole outline.
final class SectionOutlineTests: XCTestCase {
    static let ruleSet = Result { try RuleSet.load() }

    /// The model's weight rows follow declaration order, which `index` spells out case by case.
    func testFeatureIndexIsDeclarationOrder() {
        XCTAssertEqual(SectionFeature.allCases.map(\.index), Array(0..<SectionFeature.count))
    }

    func parts(_ markdown: String) throws -> [String: Int] {
        let ruleSet = try Self.ruleSet.get()
        let context = LintContext(document: MarkdownScanner.scan(markdown), manifestNode: nil, vocabulary: ruleSet.vocabulary)
        return try XCTUnwrap(context.outline).parts.mapValues(\.heading.line)
    }

    func testAContainerOfTwoPartsLeavesThemToItsNamedSubsections() throws {
        let found = try parts("""
            # PulseAF

            # Part II: Method and results

            ## 3. Method

            A one-dimensional CNN over 30-second windows of the wrist PPG, trained with class weights and
            early stopping; a logistic regression on heart-rate variability features is the baseline.

            ## 4. Results

            On held-out participants the CNN reached a sensitivity of 0.91 and a specificity of 0.95 for AF
            windows, against 0.84 and 0.90 for the baseline (AUROC 0.96 against 0.92).
            """)
        XCTAssertEqual(found["approach"], 5)
        XCTAssertEqual(found["evaluation"], 10)
    }

    func testPlainSpeechHeadingsServeTheirParts() throws {
        let found = try parts("""
            # Sepsis watch

            ## Why we built this

            Sepsis kills one in five hospital patients who develop it, and every hour of delay in antibiotics
            raises mortality. Ward nurses miss early signs when they are busy.

            ## The data behind it

            The public MIMIC-IV demo: 100 de-identified patients and 275 admissions with hourly vitals.

            ## Under the hood

            A gradient-boosted tree (LightGBM) trained on six-hour windows of vitals, with a logistic
            regression baseline on the same features.

            ## How we measured it

            On held-out patients the model reached an AUROC of 0.81 (95% CI 0.77-0.85) and a sensitivity of 0.74.

            ## What still goes wrong

            The model may not generalize beyond one hospital; false negatives cluster in patients admitted
            overnight, and children are not represented at all.

            ## Where this could go next

            We plan an external validation at a second hospital and a silent prospective trial.

            ## Usage

            ```bash
            pip install -r requirements.txt
            ```
            """)
        XCTAssertEqual(found, ["problem": 3, "data": 8, "approach": 12, "evaluation": 17, "risks": 21, "next_steps": 26])
    }

    /// A part split over a parent and its subsections is served by the parent; of two headings that
    /// name a part, the first serves it.
    func testParentAndFirstCandidateWin() throws {
        let found = try parts("""
            # Chest X-ray triage

            ## Results

            ### Internal test set

            AUROC 0.83 (95% CI 0.80-0.86) on 5,829 patients held out by patient.

            ### External test set

            AUROC 0.78 on 1,200 films from a second hospital.

            ## Limitations

            One hospital's scanners; portable films are under-read.

            ## More results

            Sensitivity by age group: 0.91 under 40, 0.84 over 70.
            """)
        XCTAssertEqual(found["evaluation"], 3)
        XCTAssertEqual(found["risks"], 13)
    }

    /// "Results and Limitations" serves both; a usage section never serves a part, whatever it names.
    func testCombinedHeadingsAndUsageSections() throws {
        let found = try parts("""
            # Readmission risk

            ## Model

            Logistic regression on twelve routine variables, trained on 2019-2021 admissions.

            ## Results and Limitations

            AUROC 0.74 on the 2022 admissions; calibration drifts in the smallest hospital, and patients
            discharged to care homes are under-represented.

            ## Running the pipeline

            ```bash
            python train.py --data data/admissions.csv
            ```
            """)
        XCTAssertEqual(found["approach"], 3)
        XCTAssertEqual(found["evaluation"], 7)
        XCTAssertEqual(found["risks"], 7)
        XCTAssertNil(found["data"])
    }

    /// A heading whose words name no part and whose text is setup is nothing, even under a part's name.
    func testNothingIsForcedOnAReadmeWithoutParts() throws {
        let found = try parts("""
            # my-notebooks

            ## Installation

            ```bash
            pip install -r requirements.txt
            ```

            ## Project structure

            ```
            notebooks/
            ```

            ## License

            MIT
            """)
        XCTAssertEqual(found, [:])
    }
}
