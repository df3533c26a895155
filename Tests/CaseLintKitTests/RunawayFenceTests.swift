import XCTest
@testable import CaseLintKit

/// A fence never closed runs to the end of the README; one that closes, or a longer fence that only
/// a longer bare line closes, does not run away.
final class RunawayFenceTests: XCTestCase {
    private func document(_ text: String) -> MarkdownDocument { MarkdownScanner.scan(Array(text.utf8)) }

    func testAFenceNeverClosedRunsToTheEnd() {
        let readme = document("# P\n\n```bash\npip install x\n\n## Disclaimer\n\nResearch only.\n")
        XCTAssertEqual(readme.runawayFence, 3)
        let prose = readme.runawayFenceAsProse
        XCTAssertEqual(prose?.kinds[7], .prose)
        XCTAssertEqual(prose?.kinds[6], .blank)
        XCTAssertEqual(prose?.kinds[2], .code, "the fence line itself stays code")
    }

    func testAClosedFenceAtTheEndDoesNotRunAway() {
        XCTAssertNil(document("# P\n\n```bash\npip install x\n```\n").runawayFence)
        XCTAssertNil(document("# P\n\n```bash\npip install x\n```\n").runawayFenceAsProse)
    }

    func testOnlyABareFenceAsLongAsTheOpenerClosesIt() {
        // "```" does not close a four-backtick fence, and "```` text" does not close anything.
        XCTAssertEqual(document("# P\n\n````\na\n```\nb\n```` text\n").runawayFence, 3)
        XCTAssertNil(document("# P\n\n````\na\n```\nb\n`````\n").runawayFence)
    }

    func testAClosedBlockThenAnOpenOneReportsTheOpenOne() {
        XCTAssertEqual(document("# P\n\n~~~\na\n~~~\n```\nb\n").runawayFence, 6)
    }

    func testIndentedCodeAtTheEndIsNoFence() {
        XCTAssertNil(document("# P\n\nText.\n\n    let x = 1\n").runawayFence)
    }
}
