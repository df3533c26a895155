import Foundation
import XCTest

/// `.caselint.yml`, `--config`, `--rules` and inline suppressions, through the built binary.
final class ConfigurationCLITests: XCTestCase {
    /// A README that only misses next steps (a warning) and the disclaimer (an error).
    let draft = """
    # Ward demand

    ## Problem

    Emergency departments run out of beds on winter evenings and patients wait in corridors.

    ## Data

    Three years of de-identified hourly arrival counts from a public NHS open data release.

    ## Approach

    A seasonal gradient-boosted model with calendar and weather features, human-in-the-loop review by the bed manager.

    ## Evaluation

    MAE of 3.1 arrivals per hour on the last six months, against 4.4 for a seasonal naive baseline.

    ## Limitations

    One trust only; the model has not seen a pandemic winter. EHR and FHIR integration and HIPAA questions are open.

    """

    func testDisableAndSeverityOverride() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", draft)
        let before = try CLI.run(["lint", sandbox.path("p")])
        XCTAssertEqual(before.status, 1)
        XCTAssertTrue(before.stdout.contains("error:") && before.stdout.contains("[disclaimer.clinical-use]"), before.stdout)

        try sandbox.write("p/.caselint.yml", "disable: [disclaimer.clinical-use]\nseverity:\n  section.next-steps: error\n")
        let after = try CLI.run(["lint", sandbox.path("p")])
        XCTAssertEqual(after.status, 1)
        XCTAssertFalse(after.stdout.contains("[disclaimer.clinical-use]"), after.stdout)
        XCTAssertTrue(after.stdout.contains("error: No section says what real use would need next"), after.stdout)

        try sandbox.write("p/.caselint.yml", "disable: [disclaimer.clinical-use]\nseverity:\n  section.next-steps: off\n")
        XCTAssertEqual(try CLI.run(["lint", sandbox.path("p")]).status, 0)
    }

    /// Disabling a rule silences it, but the facts it records (sections, keywords) stay in the JSON.
    func testDisabledRulesKeepTheirFacts() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", draft)
        try sandbox.write("p/.caselint.yml", "disable: [section.data, keywords.coverage, privacy.phi-identifiers]\n")
        try sandbox.write("p/data/sample.csv", "name,dob\nMary Jones,1956-03-02\n")
        let result = try CLI.run(["lint", sandbox.path("p"), "--format", "json"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let project = try XCTUnwrap((json["projects"] as? [[String: Any]])?.first)
        let facts = try XCTUnwrap(project["facts"] as? [String: Any])
        let data = try XCTUnwrap((facts["sections"] as? [String: Any])?["data"] as? [String: Any])
        XCTAssertEqual(data["heading"] as? String, "Data")
        XCTAssertFalse((facts["keywords"] as? [String: Any] ?? [:]).isEmpty)
        let rules = (project["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        XCTAssertFalse(rules.contains { ["section.data", "keywords.coverage", "privacy.phi-identifiers"].contains($0) }, "\(rules)")
    }

    func testUnknownRuleIdsAreReportedWithTheirLine() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", draft)
        try sandbox.write("p/.caselint.yml", "# team settings\ndisable:\n  - disclaimer.clinical-uses\n")
        let result = try CLI.run(["lint", sandbox.path("p")])
        XCTAssertTrue(result.stdout.contains(".caselint.yml:3:"), result.stdout)
        XCTAssertTrue(result.stdout.contains("disclaimer.clinical-uses") && result.stdout.contains("[config.unknown-rule]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("disclaimer.clinical-use'") || result.stdout.contains("did you mean"), result.stdout)
    }

    func testMalformedConfigIsAnInputErrorWithALine() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", draft)
        try sandbox.write("p/.caselint.yml", "disable: [a, b\nseverity: {}\n")
        let result = try CLI.run(["lint", sandbox.path("p")])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains(".caselint.yml:"), result.stderr)
        XCTAssertTrue(result.stdout.isEmpty, "no lint result on bad input")
    }

    func testAliasBombInConfigIsRefusedQuickly() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", draft)
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { bomb += "l\(level): &l\(level) [" + Array(repeating: level == 1 ? "*a" : "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        try sandbox.write("p/.caselint.yml", bomb)
        let start = Date()
        let result = try CLI.run(["lint", sandbox.path("p")])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("alias"), result.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "refused before expanding anything")
    }

    func testExplicitConfigAndPortfolioConfigWithIgnore() throws {
        let sandbox = try Sandbox()
        try sandbox.write("folio/ward/README.md", draft)
        try sandbox.write("folio/scratch/README.md", "# Scratch\n")
        try sandbox.write("folio/.caselint.yml", "ignore: [scratch]\ndisable: [disclaimer.clinical-use]\n")
        let portfolio = try CLI.run(["lint", "--format", "json", sandbox.path("folio")])
        XCTAssertEqual(portfolio.status, 0, portfolio.stdout + portfolio.stderr)
        let projects = try XCTUnwrap(portfolio.json?["projects"] as? [[String: Any]])
        XCTAssertEqual(projects.count, 1, "scratch is ignored by the portfolio configuration")

        try sandbox.write("strict.yml", "severity: {section.next-steps: error}\n")
        let explicit = try CLI.run(["lint", "--config", sandbox.path("strict.yml"), sandbox.path("folio/ward")])
        XCTAssertEqual(explicit.status, 1)
        XCTAssertTrue(explicit.stdout.contains("[disclaimer.clinical-use]"), "--config replaces the portfolio's settings")
    }

    func testInlineSuppressions() throws {
        let sandbox = try Sandbox()
        let text = draft.replacingOccurrences(of: "## Problem", with: "<!-- caselint-disable disclaimer.clinical-use section.next-steps -->\n\n## Problem")
            + "<!-- caselint-disable-next-line content.placeholder -->\nTODO: add a changelog.\n"
        try sandbox.write("p/README.md", text)
        let result = try CLI.run(["lint", sandbox.path("p")])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("0 errors, 0 warnings"), result.stdout)
    }

    func testCustomRulePackFromDisk() throws {
        let sandbox = try Sandbox()
        try sandbox.write("p/README.md", draft)
        try sandbox.write("packs/team.yml", """
        pack: team
        description: House rules
        rules:
          - id: team.owner
            kind: phrase
            category: reproducibility
            severity: error
            title: Owner named
            message: Name the owner of the model.
            match:
              patterns: ['\\bowner:']
            examples:
              pass: ["Owner: the data team"]
              fail: ["Nobody"]
        """)
        let result = try CLI.run(["lint", "--rules", sandbox.path("packs"), sandbox.path("p")])
        XCTAssertTrue(result.stdout.contains("Name the owner of the model. [team.owner]"), result.stdout)

        try sandbox.write("packs/team.yml", "pack: team\nrules:\n  - id: team.owner\n    kind: nonsense\n")
        let broken = try CLI.run(["lint", "--rules", sandbox.path("packs"), sandbox.path("p")])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("team.yml:4:") && broken.stderr.contains("nonsense"), broken.stderr)
    }
}
