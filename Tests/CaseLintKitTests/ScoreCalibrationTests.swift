import Foundation
import XCTest

/// The score weighs what a reviewer weighs: red flags cap it, depth earns more than presence, and a
/// README with no result or no case-study structure cannot score well (issue: a score that ranks
/// case studies the way reviewers do). Each test changes one thing in the finished Example.
final class ScoreCalibrationTests: XCTestCase {
    func score(_ readme: String, manifest: String? = nil) throws -> [String: Any] {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", readme)
        if let manifest { try sandbox.write("p/case-study.yaml", manifest) }
        let result = try CLI.run(["score", "--format", "json", sandbox.path("p")])
        let project = try XCTUnwrap((result.json?["projects"] as? [[String: Any]])?.first, result.stdout + result.stderr)
        return try XCTUnwrap(project["score"] as? [String: Any])
    }

    var finished: String {
        get throws { try String(contentsOf: CLI.packageRoot.appendingPathComponent("Examples/chest-xray-triage/README.md"), encoding: .utf8) }
    }

    func testAnErrorLevelOverClaimCapsTheTotalAndAWarningDoesNot() throws {
        let base = try finished
        let clean = try XCTUnwrap(try score(base)["total"] as? Int)
        XCTAssertGreaterThanOrEqual(clean, 90)
        let claimed = try score(base.replacingOccurrences(of: "## Problem", with: "Our FDA-approved model is HIPAA compliant.\n\n## Problem"))
        XCTAssertEqual(claimed["total"] as? Int, 40)
        XCTAssertEqual(claimed["capped_by"] as? String, "claims.overclaiming")
        // The rubric names "production-ready" beside "clinically validated": it caps like it.
        let ready = try score(base.replacingOccurrences(of: "## Problem", with: "A production-ready triage tool.\n\n## Problem"))
        XCTAssertEqual(ready["capped_by"] as? String, "claims.overclaiming")
        // Outperforming clinicians is a warning-level over-claim: it costs its weight, it does not cap.
        let warned = try score(base.replacingOccurrences(of: "## Problem", with: "A triage tool that outperforms radiologists.\n\n## Problem"))
        XCTAssertNil(warned["capped_by"] as? String)
        XCTAssertGreaterThan(try XCTUnwrap(warned["total"] as? Int), 40)
    }

    func testNoMeasuredResultKeepsTheTotalLow() throws {
        let text = """
            # Sepsis watch

            ## Problem

            Sepsis kills one in five hospital patients who develop it, and every hour of delay in antibiotics
            raises mortality; ward nurses miss early signs when they are busy and the ward is short-staffed.

            ## Data

            The public MIMIC-IV demo: 100 de-identified patients and 275 admissions with hourly vitals and
            lactate, split by patient into training (70%), validation (15%) and test (15%) sets.

            ## Approach

            A gradient-boosted tree on six-hour windows of vitals, with a logistic-regression baseline.

            ## Evaluation

            We will report AUROC and sensitivity on the held-out patients once training is finished.

            ## Limitations

            One hospital's patients; the model may not generalize, and children are not represented.

            ## Next steps

            External validation at a second hospital, then a silent prospective trial.
            """
        // Six parts, but no number: at most 40 (metrics.reported caps it; here the thin parts and the
        // results rules that earn nothing without results keep it there on their own).
        let scored = try score(text)
        XCTAssertLessThanOrEqual(try XCTUnwrap(scored["total"] as? Int), 40)
        let rules = try XCTUnwrap(scored["rules"] as? [String: [String: Any]])
        XCTAssertEqual(rules["metrics.reported"]?["outcome"] as? String, "failed")
    }

    func testResultsInMeasuresOfTheProjectsOwnAreNotHeldAtTheCapForNoResult() throws {
        // Shares and counts with names of the project's own under its evaluation heading: something was
        // measured, so metrics.reported (still failed: no standard metric is named) is a warning, and a
        // warning does not cap (see the over-claim test above).
        func severity(_ evaluation: String) throws -> String? {
            let readme = """
                # Report rewriter

                ## Problem

                Radiology reports are written for clinicians; patients read them first on the portal and
                misread terms such as "unremarkable" or "incidental", which causes avoidable worry and calls.

                ## Evaluation

                \(evaluation)
                """
            let sandbox = try Sandbox()
            try sandbox.write("p/README.md", readme)
            let result = try CLI.run(["lint", "--format", "json", sandbox.path("p")])
            let project = try XCTUnwrap((result.json?["projects"] as? [[String: Any]])?.first, result.stdout + result.stderr)
            let diagnostics = try XCTUnwrap(project["diagnostics"] as? [[String: Any]])
            return diagnostics.first { $0["rule"] as? String == "metrics.reported" }?["severity"] as? String
        }
        let table = """
            | Measure (50 letters) | Hosted model |
            |---|---|
            | Rewrites with a fact error | 9 / 50 |
            | Errors flagged by the checks | 10 / 11 |
            | Reading grade lowered | 96% |
            """
        XCTAssertEqual(try severity(table), "warning")
        // One share alone is as often a split or a prevalence: still an error, and the cap holds.
        XCTAssertEqual(try severity("Nine of the rewrites (18%) had a fact error."), "error")
    }

    func testAPartWrittenInASentenceEarnsLessThanAPartWrittenInFull() throws {
        let base = try finished
        let start = try XCTUnwrap(base.range(of: "## Data"))
        let end = try XCTUnwrap(base.range(of: "## Approach"))
        let thin = String(base[..<start.lowerBound]) + "## Data\n\nNIH ChestX-ray14, a public release.\n\n" + String(base[end.lowerBound...])
        let full = try XCTUnwrap(try score(base)["total"] as? Int)
        let thinScore = try score(thin)
        XCTAssertLessThan(try XCTUnwrap(thinScore["total"] as? Int), full)
        XCTAssertTrue(try XCTUnwrap(thinScore["thinned"] as? [String]).contains("section.data"))
        let actions = try XCTUnwrap(thinScore["actions"] as? [[String: Any]])
        let data = try XCTUnwrap(actions.first { $0["rule"] as? String == "section.data" })
        XCTAssertEqual(data["partial"] as? Bool, true, "the action is to write more, not to add a heading")
    }

    /// A table or image earns a part its `block_credit` (0.75 in the packs), or its words' share when
    /// that is more: a part shown mostly as a table is thin, above its three words, below a part written in full.
    func testAPartShownOnlyAsAnImageOrTableEarnsItsBlockCreditAndItsWords() throws {
        let base = try finished
        let start = try XCTUnwrap(base.range(of: "## Data"))
        let end = try XCTUnwrap(base.range(of: "## Approach"))
        let shown = "## Data\n\nSee the table.\n\n| Split | Patients |\n|---|---|\n| Test | 5,829 |\n\n![Split](split.png)\n\n"
        let scored = try score(String(base[..<start.lowerBound]) + shown + String(base[end.lowerBound...]))
        let rules = try XCTUnwrap(scored["rules"] as? [String: [String: Any]])
        let credit = try XCTUnwrap(rules["section.data"]?["credit"] as? Double)
        XCTAssertEqual(credit, 0.75, accuracy: 1e-6, "block_credit 0.75 beats three words of 120")
        XCTAssertTrue(try XCTUnwrap(scored["thinned"] as? [String]).contains("section.data"))
        // The lint facts say what the score card says: thin, not written.
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", String(base[..<start.lowerBound]) + shown + String(base[end.lowerBound...]))
        let linted = try CLI.run(["lint", "--format", "json", sandbox.path("p")])
        let project = try XCTUnwrap((linted.json?["projects"] as? [[String: Any]])?.first, linted.stdout + linted.stderr)
        let sections = try XCTUnwrap((project["facts"] as? [String: Any])?["sections"] as? [String: [String: Any]])
        XCTAssertEqual(sections["data"]?["status"] as? String, "thin")
        XCTAssertEqual(sections["approach"]?["status"] as? String, "written")
    }

    /// A rule that only looks for a fault passes on a README that says nothing; half of that pass
    /// (`substance_share: 0.5`) is earned only as far as the six parts are written.
    func testNotGettingAnythingWrongEarnsHalfWhenNothingIsWritten() throws {
        let empty = try score("# Sepsis alerts\n\nA notebook.\n")
        let emptyRules = try XCTUnwrap(empty["rules"] as? [String: [String: Any]])
        XCTAssertEqual(try XCTUnwrap(emptyRules["claims.overclaiming"]?["credit"] as? Double), 0.5, accuracy: 1e-9)
        XCTAssertEqual(emptyRules["claims.overclaiming"]?["outcome"] as? String, "passed")
        let finishedRules = try XCTUnwrap(try score(try finished)["rules"] as? [String: [String: Any]])
        XCTAssertEqual(try XCTUnwrap(finishedRules["claims.overclaiming"]?["credit"] as? Double), 1, accuracy: 1e-9)
        // The shortfall is no action or thin part of its own: writing the parts is. (The actions list
        // every rule short of its share, so the over-claim rule would be among them.)
        XCTAssertFalse(try XCTUnwrap(empty["thinned"] as? [String]).contains("claims.overclaiming"))
        let actions = try XCTUnwrap(empty["actions"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        XCTAssertFalse(actions.contains("claims.overclaiming"))
    }

    func testAReadmeWithoutAnyPartIsAtTheBottomOfNotReady() throws {
        let scored = try score("""
            # my-notebooks

            Notebooks for a chest X-ray model, with public data from Kaggle. Accuracy 0.91 on the test set.

            ## Installation

            ```bash
            pip install -r requirements.txt
            ```

            ## Files

            - `train.ipynb`
            - `eval.ipynb`
            """)
        XCTAssertLessThanOrEqual(try XCTUnwrap(scored["total"] as? Int), 20)
        XCTAssertEqual(scored["capped_by"] as? String, "section.outline")
    }

    /// Rules that judge results count as unearned when there are none, instead of leaving the score.
    func testRulesOnResultsEarnNothingWithoutResults() throws {
        let scored = try score("""
            # Readmission risk

            ## Evaluation

            To be measured.
            """, manifest: "title: Readmission risk\ndomain: precision\n")
        let rules = try XCTUnwrap(scored["rules"] as? [String: [String: Any]])
        XCTAssertEqual(rules["metrics.confidence-intervals"]?["outcome"] as? String, "no-results")
        XCTAssertEqual(rules["metrics.confidence-intervals"]?["credit"] as? Double, 0)
    }

    /// A guard of results (accuracy not alone, the test set not tuned on) passes vacuously when
    /// nothing is reported: it earns nothing, but a finding it makes still reports.
    func testGuardsOfResultsEarnNothingWithoutResults() throws {
        let plain = try score("""
            # Readmission risk

            ## Evaluation

            To be measured.
            """, manifest: "title: Readmission risk\ndomain: precision\n")
        let rules = try XCTUnwrap(plain["rules"] as? [String: [String: Any]])
        for id in ["metrics.imbalance-accuracy-only", "evaluation.tuned-on-test", "metrics.domain-recommended"] {
            XCTAssertEqual(rules[id]?["outcome"] as? String, "no-results", id)
        }
        let tuned = try score("""
            # Readmission risk

            ## Evaluation

            We picked the threshold that did best on the test set.
            """)
        let tunedRules = try XCTUnwrap(tuned["rules"] as? [String: [String: Any]])
        XCTAssertEqual(tunedRules["evaluation.tuned-on-test"]?["outcome"] as? String, "failed")
        let measured = try score("""
            # Readmission risk

            ## Evaluation

            AUROC 0.71 and AUPRC 0.22 on the held-out test set.
            """, manifest: "title: Readmission risk\ndomain: precision\n")
        let measuredRules = try XCTUnwrap(measured["rules"] as? [String: [String: Any]])
        XCTAssertEqual(measuredRules["metrics.imbalance-accuracy-only"]?["outcome"] as? String, "passed")
        XCTAssertEqual(measuredRules["evaluation.tuned-on-test"]?["outcome"] as? String, "passed")
    }

    /// Results near-perfect throughout with no held-out set, interval, leakage check or external
    /// validation read as leakage: the total is capped; naming the held-out test set lifts the cap.
    func testUnguardedNearPerfectResultsCapTheTotal() throws {
        let text = """
            # Sepsis watch

            ## Problem

            Sepsis kills one in five hospital patients who develop it; ward nurses miss early signs.

            ## Evaluation

            The model reached 99.7% accuracy, an AUROC of 0.998 and an F1 of 0.99.

            ## Next steps

            External validation at a second hospital.
            """
        let capped = try score(text)
        XCTAssertEqual(capped["capped_by"] as? String, "metrics.near-perfect")
        XCTAssertLessThanOrEqual(try XCTUnwrap(capped["total"] as? Int), 25)
        // Its action is worth the points the cap holds back, and leads the list.
        let first = try XCTUnwrap((capped["actions"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["rule"] as? String, "metrics.near-perfect")
        XCTAssertGreaterThan(try XCTUnwrap(first["points"] as? Double), 0)
        let guarded = try score(text.replacingOccurrences(of: "an F1 of 0.99.", with: "an F1 of 0.99 on a held-out test set."))
        XCTAssertNotEqual(guarded["capped_by"] as? String, "metrics.near-perfect")
    }
}
