import Foundation
import XCTest
@testable import CaseLintKit

/// The portfolio checks read members one at a time and keep one finding per group of projects with
/// the same problem; a group of one reads as the finding per project did.
final class PortfolioTallyTests: XCTestCase {
    func check(_ id: String) throws -> any PortfolioCheck {
        try XCTUnwrap(try RuleSet.load().rule(id)?.portfolioCheck)
    }

    func member(_ folder: String, title: String, domain: String? = "imaging", lane: String? = nil, manifest: Bool = true,
                score: Int? = nil) -> PortfolioMember {
        PortfolioMember(folder: folder, identity: ProjectIdentity(title: title, domain: domain, lane: lane, laneLine: lane == nil ? nil : 3,
                                                                  manifest: manifest ? "case-study.yaml" : nil),
                        score: score)
    }

    func testDuplicatesOfOneProjectAreOneFindingNamingTheFirstFiveAndTheRest() throws {
        let members = (1...8).map { member("copy-\($0)", title: "Chest X-ray triage") } + [member("other", title: "Sepsis alerts")]
        let findings = try check("portfolio.duplicates").evaluate(PortfolioContext(members: members))
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings[0].file, "copy-2/README.md", "at the first project that repeats")
        XCTAssertTrue(findings[0].message.hasPrefix("copy-2, copy-3, copy-4, copy-5, copy-6 and 2 more repeat copy-1: the same domain "
                                                    + "(imaging) and task (“Chest X-ray triage”). 8 projects"), findings[0].message)
    }

    func testOneRepeatReadsAsBefore() throws {
        let members = [member("a", title: "Chest X-ray triage"), member("b", title: "Sepsis alerts"), member("c", title: "Chest X-ray triage")]
        let findings = try check("portfolio.duplicates").evaluate(PortfolioContext(members: members))
        XCTAssertEqual(findings.map(\.message), ["c repeats a: the same domain (imaging) and task (“Chest X-ray triage”). Two projects "
                                                 + "that answer one question show less than two that answer different ones: keep the "
                                                 + "stronger, or give this one another task, data or domain."])
        XCTAssertEqual(findings.map(\.file), ["c/README.md"])
    }

    func testTwoGroupsAreTwoFindings() throws {
        let members = ["Chest X-ray triage", "Sepsis alerts", "Chest X-ray triage", "Sepsis alerts", "Sepsis alerts"].enumerated()
            .map { member("p\($0.offset + 1)", title: $0.element) }
        let findings = try check("portfolio.duplicates").evaluate(PortfolioContext(members: members))
        XCTAssertEqual(findings.map(\.file), ["p3/README.md", "p4/README.md"])
        XCTAssertTrue(findings[1].message.hasPrefix("p4 and p5 repeat p2: "), findings[1].message)
    }

    func testManifestsWithoutLanesAreOneFinding() throws {
        let members = (1...3).map { member("p\($0)", title: "Project \($0)") } + [member("p4", title: "Four", manifest: false)]
        let findings = try check("portfolio.lane").evaluate(PortfolioContext(members: members))
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings[0].file, "p1/case-study.yaml")
        XCTAssertTrue(findings[0].message.hasPrefix("None of the 3 manifests here names a role lane (p1/case-study.yaml, "
                                                    + "p2/case-study.yaml and p3/case-study.yaml): add lane:"), findings[0].message)
        let alone = try check("portfolio.lane").evaluate(PortfolioContext(members: [members[0], members[3]]))
        XCTAssertTrue(alone.first?.message.hasPrefix("case-study.yaml names no role lane, and neither does any other project here") == true)
    }

    func testOtherLanesAreOneFindingPerLane() throws {
        let lanes = ["ml-engineering", "ml-engineering", "ml-engineering", "data-science", "Data Scientist", "governance", nil, nil]
        let members = lanes.enumerated().map { member("p\($0.offset + 1)", title: "Project \($0.offset)", lane: $0.element) }
        let findings = try check("portfolio.lane").evaluate(PortfolioContext(members: members))
        XCTAssertEqual(findings.map(\.file), ["p7/case-study.yaml", "p4/case-study.yaml", "p6/case-study.yaml"])
        XCTAssertTrue(findings[0].message.hasPrefix("2 manifests name no role lane (p7/case-study.yaml and p8/case-study.yaml) while 3 of 8"),
                      findings[0].message)
        XCTAssertTrue(findings[1].message.hasPrefix("lane: data-science in 2 manifests (p4/case-study.yaml and p5/case-study.yaml), while 3 "
                                                    + "of the 8 projects name ml-engineering"), findings[1].message)
        XCTAssertTrue(findings[2].message.hasPrefix("lane: governance here, while 3 of the 8 projects name ml-engineering"))
        XCTAssertEqual(findings[1].line, 3, "at the first one's lane: line")
    }

    func testSizeNamesTheWeakestWithoutHoldingEveryMember() throws {
        let scores = [90, 40, 70, 40, 95, 30, 88, 60, 20]
        let members = scores.enumerated().map { member("p\($0.offset + 1)", title: "P\($0.offset)", score: $0.element) }
        let finding = try XCTUnwrap(try check("portfolio.size").evaluate(PortfolioContext(members: members)).first)
        XCTAssertTrue(finding.message.hasSuffix("The weakest by score: p9 (20), p6 (30), p2 (40), p4 (40)."), finding.message)
        let many = (1...12).map { (index: Int) in member("q\(index)", title: "Q\(index)", score: index) }
        let more = try XCTUnwrap(try check("portfolio.size").evaluate(PortfolioContext(members: many)).first)
        XCTAssertTrue(more.message.hasSuffix("The weakest by score: q1 (1), q2 (2), q3 (3), q4 (4), q5 (5) and 2 more."), more.message)
    }
}

/// Paths and names packed in blocks read back as they went in, across blocks and past a block's size.
final class PackedStringsTests: XCTestCase {
    func testStringsReadBackInOrderAcrossBlocks() {
        let strings = (0..<5000).map { "corpus/p\($0)-\(String(repeating: "x", count: $0 % 40))" } + ["", "ünïcödé/päth",
                      String(repeating: "long", count: PackedStrings.blockSize / 2), "after"]
        let packed = PackedStrings(strings)
        XCTAssertEqual(packed.count, strings.count)
        XCTAssertEqual(Array(packed), strings)
    }
}

/// A member's folder name read from the end of its path is the last component `split` gives.
final class PortfolioFolderNameTests: XCTestCase {
    func testFolderNameIsThePathsLastComponent() {
        for path in ["", "/", "//", "a", "a/b", "/a/b/", "a//b//", "./x", "/tmp/benchc/corpus-10000/p00001-x", "é/ü/", "a/é"] {
            XCTAssertEqual(PortfolioMembers.folderName(path), path.split(separator: "/").last.map(String.init) ?? "/", path)
        }
    }
}
