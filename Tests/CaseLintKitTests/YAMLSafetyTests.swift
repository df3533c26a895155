import Foundation
import XCTest
import Yams
@testable import CaseLintKit

final class YAMLSafetyTests: XCTestCase {
    /// The error `SafeYAML.load` throws, which the manifests' `loadValue` must throw alike.
    private func loadError(_ text: String, limits: SafeYAML.Limits = .default, file: StaticString = #filePath,
                           line: UInt = #line) -> InputError? {
        func error(_ load: () throws -> Void) -> InputError? {
            do {
                try load()
                return nil
            } catch {
                return error as? InputError
            }
        }
        let found = error { _ = try SafeYAML.load(text, file: "case-study.yaml", limits: limits) }
        let value = error { _ = try SafeYAML.loadValue(text, file: "case-study.yaml", limits: limits) }
        XCTAssertEqual(found.map { "\($0)" }, value.map { "\($0)" }, text, file: file, line: line)
        return found
    }

    private func elapsed(_ body: () -> Void) -> TimeInterval {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }

    func testMalformedYAMLNamesFileAndLine() throws {
        let error = try XCTUnwrap(loadError("title: ok\nsummary: [unclosed, list\nlane: x\n"))
        XCTAssertEqual(error.file, "case-study.yaml")
        XCTAssertEqual(error.line, 3)
        XCTAssertTrue(error.message.contains("not closed"), error.message)

        let colon = try XCTUnwrap(loadError("title: ok\nsummary: Risk: low\n"))
        XCTAssertEqual(colon.line, 2)
        XCTAssertTrue(colon.message.contains("must be quoted"), colon.message)

        let tab = try XCTUnwrap(loadError("title: ok\nmetrics:\n\t- auroc\n"))
        XCTAssertEqual(tab.line, 3)
        XCTAssertTrue(tab.message.contains("tabs"), tab.message)
    }

    func testDuplicateKeysAndSecondDocumentsAreErrors() throws {
        let duplicate = try XCTUnwrap(loadError("title: a\nlane: b\ntitle: c\n"))
        XCTAssertEqual(duplicate.line, 1)
        XCTAssertTrue(duplicate.message.contains("'title' appears more than once"), duplicate.message)
        let twoDocuments = try XCTUnwrap(loadError("title: a\n---\ntitle: b\n"))
        XCTAssertEqual(twoDocuments.line, 2)
        XCTAssertTrue(twoDocuments.message.contains("single YAML document"), twoDocuments.message)
    }

    func testEmptyDocumentsAreNil() throws {
        XCTAssertNil(try SafeYAML.load("", file: "f"))
        XCTAssertNil(try SafeYAML.load("# only a comment\n\n", file: "f"))
    }

    func testMarksAreOneBasedLines() throws {
        let root = try XCTUnwrap(SafeYAML.load("# comment\ntitle: T\nlimitations:\n  - small\n", file: "f"))
        let pairs = Array(try XCTUnwrap(root.mapping))
        XCTAssertEqual(pairs.map(\.key.line), [2, 3])
        XCTAssertEqual(pairs[1].value.sequence?.first?.line, 4)
        let windows = try XCTUnwrap(SafeYAML.load("\u{FEFF}title: T\r\nlimitations:\r\n  - it's *not* an alias\r\n", file: "f"))
        XCTAssertEqual(windows.mapping?["limitations"]?.sequence?.first?.line, 3)
        XCTAssertEqual(loadError("\u{FEFF}a: 1\r\nb: [1, *x]\r\n")?.line, 2)
    }

    func testBillionLaughsIsRefusedQuickly() throws {
        var bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        let names = Array("abcdefghi").map(String.init)
        for (previous, name) in zip(names, names.dropFirst()) {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        var error: InputError?
        let seconds = elapsed { error = loadError(bomb) }
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.message.hasPrefix("YAML aliases (*a) are not supported"), true, error?.message ?? "")
        XCTAssertLessThan(seconds, 0.5)

        // As a mapping key the alias would be hashed, and so expanded, inside Yams.compose itself.
        let keyBomb = bomb + "? *i\n: boom\n"
        let keySeconds = elapsed { error = loadError(keyBomb) }
        XCTAssertNotNil(error)
        XCTAssertLessThan(keySeconds, 0.5)
    }

    func testEveryAliasIsRefusedButLookalikesAreText() throws {
        let merge = try XCTUnwrap(loadError("base: &base {kind: open}\nsource:\n  <<: *base\n"))
        XCTAssertEqual(merge.line, 3)
        XCTAssertTrue(merge.message.contains("*base"))
        XCTAssertEqual(loadError("a: &x 1\nb: [1, *x]\n")?.line, 2)
        XCTAssertTrue(loadError("- *emphasis* at the start\n")?.message.contains("quote text that starts with *") == true)
        let text = """
        summary: Uses *attention* maps & [bracketed] notes, it's fine # a comment *x
        quoted: '*not an alias [ {'
        escaped: "a \\" *b [ c"
        url: https://example.org/#*frag
        block: |
          *still text*
          [[[ not nesting
        folded: >-
          - not a list
        list: [a*b, c'd, "e*"]
        """
        let root = try XCTUnwrap(SafeYAML.load(text, file: "f"))
        XCTAssertEqual(root.mapping?["summary"]?.string, "Uses *attention* maps & [bracketed] notes, it's fine")
        XCTAssertEqual(root.mapping?["block"]?.string, "*still text*\n[[[ not nesting\n")
        XCTAssertEqual(root.mapping?["list"]?.sequence?.count, 3)
    }

    func testDeepNestingIsRefusedQuicklyWithItsLine() throws {
        var error: InputError?
        let flow = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let flowSeconds = elapsed { error = loadError(flow) }
        XCTAssertEqual(error?.line, 1)
        XCTAssertEqual(error?.message.contains("deeper than 64 levels"), true)
        XCTAssertLessThan(flowSeconds, 0.5)

        let compact = String(repeating: "- ", count: 100_000) + "x\n"
        XCTAssertNotNil(loadError(compact))

        let indented = (0..<100).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        XCTAssertEqual(loadError(indented)?.line, 65)
        // Block YAML the manifests' reader reads itself: under the limit, and over it.
        let readable = (0..<64).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n"
        XCTAssertNil(loadError(readable))
        XCTAssertEqual(loadError((0..<70).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n")?.line, 65)
        // Too deep for the reader to recurse into: it declines, and the pre-pass refuses the document.
        XCTAssertEqual(loadError((0..<1_200).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n")?.line, 65)
        let indentless = (0..<40).map { String(repeating: " ", count: 2 * $0) + "k:\n" + String(repeating: " ", count: 2 * $0) + "- a\n"
            + String(repeating: " ", count: 2 * $0) + "j:" }.joined(separator: "\n") + " v\n"
        XCTAssertNotNil(loadError(indentless), "a list at its key's column stays counted after it ends")
        let pairs = String(repeating: "[a: ", count: 40) + String(repeating: "]", count: 40)
        XCTAssertNotNil(loadError(pairs), "each [a: ...] is a sequence holding a mapping: two levels")
    }

    func testDepthLimitAllowsExactlyTheLimit() throws {
        let limits = SafeYAML.Limits(maxDepth: 8)
        XCTAssertNil(loadError(String(repeating: "[", count: 8) + String(repeating: "]", count: 8), limits: limits))
        XCTAssertNotNil(loadError(String(repeating: "[", count: 9) + String(repeating: "]", count: 9), limits: limits))
        let block = { (depth: Int) in (0..<depth).map { String(repeating: "  ", count: $0) + "k:" }.joined(separator: "\n") + " v\n" }
        XCTAssertNil(loadError(block(8), limits: limits))
        XCTAssertEqual(loadError(block(9), limits: limits)?.line, 9)
    }

    func testSizeAndNodeBudgets() throws {
        let big = String(repeating: "# padding\n", count: 110_000)
        let size = try XCTUnwrap(loadError(big))
        XCTAssertNil(size.line)
        XCTAssertTrue(size.message.contains("at most 1048576 bytes"), size.message)
        let many = "[" + Array(repeating: "1", count: 50).joined(separator: ", ") + "]"
        XCTAssertNotNil(loadError(many, limits: SafeYAML.Limits(maxNodes: 20)))
        XCTAssertNil(loadError(many, limits: SafeYAML.Limits(maxNodes: 51)))
    }

    /// The pre-pass must see every alias libyaml sees, and never measure a document as much
    /// shallower than Yams builds it. Checked on generated documents, valid and broken.
    func testPrecheckAgreesWithYamsOnGeneratedDocuments() throws {
        var generator = DocumentGenerator(random: SplitMix(seed: 42))
        var composed = 0, aliased = 0, nested = 0
        for _ in 0..<3_000 {
            let text = generator.document()
            var reportsAlias = false
            if case .alias? = YAMLPrecheck.run(text, maxDepth: 1_000) { reportsAlias = true }
            let root: Yams.Node?
            do {
                root = try Yams.compose(yaml: text, .default, .default, .utf8)
            } catch {
                let undefinedAlias = "\(error)".contains("undefined alias")
                XCTAssertTrue(!undefinedAlias || reportsAlias, "alias missed in \(text.debugDescription)")
                continue
            }
            var usesAlias = false  // renaming the anchor leaves any alias to it undefined
            do { _ = try Yams.compose(yaml: text.replacingOccurrences(of: "&x", with: "&z")) } catch { usesAlias = true }
            composed += 1
            if usesAlias { aliased += 1 }
            XCTAssertEqual(reportsAlias, usesAlias, "alias \(usesAlias ? "missed" : "reported") in \(text.debugDescription)")
            let depth = root.map(Self.depth) ?? 0
            guard depth >= 2, !reportsAlias else { continue }  // the pre-pass stops at an alias
            nested += 1
            var flagged = false
            if case .tooDeep? = YAMLPrecheck.run(text, maxDepth: (depth - 2) / 2) { flagged = true }
            XCTAssertTrue(flagged, "depth \(depth) under-measured in \(text.debugDescription)")
        }
        XCTAssertGreaterThan(composed, 1_000)
        XCTAssertGreaterThan(aliased, 100)
        XCTAssertGreaterThan(nested, 500)
    }

    private static func depth(_ node: Yams.Node) -> Int {
        switch node {
        case let .mapping(mapping): return 1 + (mapping.map { max(depth($0.key), depth($0.value)) }.max() ?? 0)
        case let .sequence(sequence): return 1 + (sequence.map(depth).max() ?? 0)
        default: return 0
        }
    }
}

/// Random YAML in the shapes people write (block and flow collections, compact `- - `, block
/// scalars, quoted and plain text holding `*`, `[` and `#`), with anchors and aliases; then, half
/// of the time, one character is replaced so that broken documents are covered as well.
private struct DocumentGenerator {
    var random: SplitMix
    private var anchored = false

    init(random: SplitMix) { self.random = random }

    mutating func document() -> String {
        anchored = false
        var text = Bool.random(using: &random) ? block(Int.random(in: 1...5, using: &random), 0) : flow(4)
        if Bool.random(using: &random), let at = text.indices.randomElement(using: &random) {
            text.replaceSubrange(at...at, with: String(Array("[]{}:-'\"#*&\n ?|>,\t").randomElement(using: &random)!))
        }
        return text
    }

    private mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }

    private mutating func scalar(flow: Bool) -> String {
        let words = flow ? ["a", "x*y", "'q *x'", "\"d [\"", "it's"] : ["a b", "x*y # c *x", "'it''s *x'", "\"q: [\"", "t#1"]
        if anchored && chance(0.2) { return "*x" }
        let word = words.randomElement(using: &random)!
        if !anchored && chance(0.2) { anchored = true; return "&x " + word }
        return word
    }

    private mutating func flow(_ depth: Int) -> String {
        if depth == 0 || chance(0.3) { return scalar(flow: true) }
        let count = Int.random(in: 0...3, using: &random)
        if Bool.random(using: &random) {
            return "{" + (0..<count).map { _ in flow(depth - 1) + ": " + flow(depth - 1) }.joined(separator: ", ") + "}"
        }
        return "[" + (0..<count).map { _ in chance(0.3) ? flow(depth - 1) + ": " + flow(depth - 1) : flow(depth - 1) }
            .joined(separator: chance(0.2) ? ",\n " : ", ") + "]"
    }

    private mutating func value(_ depth: Int, _ indent: Int) -> String {
        switch depth == 0 ? 0 : Int.random(in: 0...4, using: &random) {
        case 0: return " " + scalar(flow: false) + "\n"
        case 1: return " " + flow(depth) + "\n"
        case 2: return " |\n" + String(repeating: " ", count: indent + 2) + "*text [ - k: v\n"
        case 3: return " -" + value(depth - 1, indent + 2)
        default: return "\n" + block(depth - 1, indent + 2)
        }
    }

    private mutating func block(_ depth: Int, _ indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let sequence = Bool.random(using: &random)
        return (0..<Int.random(in: 1...3, using: &random)).map { index in
            pad + (sequence ? "-" : "k\(index):") + value(depth, indent)
        }.joined()
    }
}

/// A small seeded generator (SplitMix64), so generated inputs are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
