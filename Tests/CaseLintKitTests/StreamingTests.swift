@testable import CaseLintKit
import Foundation
import XCTest

/// Reports are written as projects finish: the bytes must be the ones a report held whole would
/// give, in input order, with only a window of results waiting at any time.
final class StreamingTests: XCTestCase {
    func testAStreamedReportIsTheReportHeldWhole() throws {
        let examples = CLI.packageRoot.appendingPathComponent("Examples").path
        let ruleSet = try RuleSet.load()
        let projects = try ProjectScanner.projects(at: [examples])
        XCTAssertGreaterThan(projects.count, 2, "the examples make a portfolio, so its findings and score are streamed too")
        let whole = try Linter(ruleSet: ruleSet).lint(projects)
        for format in OutputFormat.allCases {
            for scoreCard in [false, true] {
                var streamed = ""
                var session = BaselineSession()
                let summary = try ReportStream.run(Linter(ruleSet: ruleSet), projects: projects,
                                                   reporter: format.reporter(scoreCard: scoreCard), baseline: &session) { streamed += $0 }
                XCTAssertEqual(streamed, format.reporter(scoreCard: scoreCard).render(whole), "\(format), score card \(scoreCard)")
                XCTAssertEqual(summary.errors, whole.errors)
                XCTAssertEqual(summary.projects.map(\.total), whole.scores.map(\.total))
            }
        }
    }

    func testJSONWrittenInPiecesIsTheSerializedDocument() {
        let item: (Int) -> JSONValue = { .object([("n", .number(Double($0))), ("list", .array([.string("a\u{0}b"), .null]))]) }
        for count in [0, 1, 3] {
            let stream = JSONStream(.object([("head", .bool(true)), ("items", JSONStream.hole("items")), ("tail", JSONStream.hole("tail")),
                                             ("empty", .array([]))]), array: "items", level: 1)
            var text = stream.opening
            for index in 0..<count { text += stream.item(item(index), index: index) }
            let tail: JSONValue = .object([("count", .number(Double(count))), ("nested", .array((0..<count).map(item)))])
            let nested = JSONStream.array(Array(0..<count), level: 1) { index, level in item(index).serialized(indent: level) }
            text += stream.closing(count: count, filling: [("tail", JSONStream.text(tail, level: 1))])
            let whole: JSONValue = .object([("head", .bool(true)), ("items", .array((0..<count).map(item))), ("tail", tail),
                                            ("empty", .array([]))])
            XCTAssertEqual(text, whole.serialized(), "\(count) items")
            XCTAssertEqual(nested, JSONValue.array((0..<count).map(item)).serialized(indent: 1))
        }
    }

    func testResultsArriveInOrderWithABoundedWindow() throws {
        let window = 8
        let tracker = Tracker()
        var seen: [Int] = []
        try OrderedParallel.run(count: 300, window: window, workers: 4, produce: { index in
            tracker.started()
            // Later indices finish first now and then, so order must be restored.
            if index % 7 == 0 { usleep(300) }
            return index * 2
        }, consume: { index, product in
            XCTAssertEqual(product, index * 2)
            seen.append(index)
            // Workers never run more than the window ahead of what has been consumed.
            XCTAssertLessThanOrEqual(tracker.count, index + 1 + window)
        })
        XCTAssertEqual(seen, Array(0..<300))
    }

    func testAFailedWriteStopsTheWorkers() {
        struct Stop: Error {}
        let tracker = Tracker()
        XCTAssertThrowsError(try OrderedParallel.run(count: 10_000, window: 16, workers: 2, produce: { index in
            tracker.started()
            return index
        }, consume: { index, _ in
            if index == 20 { throw Stop() }
        })) { XCTAssertTrue($0 is Stop) }
        XCTAssertLessThan(tracker.count, 100, "no project is linted long after the report failed")
    }

    func testRecordingABaselineHidesWhatItWrites() throws {
        let examples = CLI.packageRoot.appendingPathComponent("Examples").path
        let report = try Linter(ruleSet: try RuleSet.load()).lint(try ProjectScanner.projects(at: [examples]))
        XCTAssertGreaterThan(report.errors + report.warnings + report.infos, 0)
        let folder = URL(fileURLWithPath: NSTemporaryDirectory())
        var session = BaselineSession(recordingTo: folder.appendingPathComponent("baseline.json"))
        let shown = try report.projects.map { try session.filter($0) }
        let portfolios = try report.portfolios.map { try session.filter($0) }
        XCTAssertTrue(shown.allSatisfy(\.diagnostics.isEmpty) && portfolios.allSatisfy(\.diagnostics.isEmpty))
        XCTAssertEqual(session.baseline, Baseline(report: report, folder: folder), "recorded as the file written from the whole report")
        XCTAssertEqual(session.outcomes.map(\.hidden), [report.errors + report.warnings + report.infos])
        XCTAssertEqual(session.outcomes.first?.gone.count, 0)
    }
}

/// Counts produced items across worker threads.
private final class Tracker: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func started() {
        lock.lock()
        value += 1
        lock.unlock()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
