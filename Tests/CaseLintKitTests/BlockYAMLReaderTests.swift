@testable import CaseLintKit
import Foundation
import XCTest
import Yams

/// The block reader must give Yams' own tree (strings, tags, styles, marks, node count) for what
/// it reads, and decline the rest, so that manifests read the same either way; and a tree Yams
/// composed must become the very `YAMLValue` the reader makes.
final class BlockYAMLReaderTests: XCTestCase {
    func dump(_ node: Node?) -> String { yamlDump(node) }

    /// Whether the reader read `text`; fails when what it read differs from Yams' tree or count.
    @discardableResult
    func agrees(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        var fastCount = 0
        guard let fast = BlockYAMLReader.compose(text, counting: &fastCount) else { return false }
        var count = 0
        let reference: Node?
        do { reference = try YAMLFastTags.compose(text, counting: &count) } catch {
            XCTFail("read what Yams refuses (\(error)):\n\(text)", file: file, line: line)
            return true
        }
        XCTAssertEqual(dump(fast), dump(reference), text, file: file, line: line)
        XCTAssertEqual(fastCount, count, text, file: file, line: line)
        var valueCount = 0
        XCTAssertEqual(yamlDump(BlockYAMLReader.read(text, counting: &valueCount)), yamlDump(reference.map(YAMLValue.init)), text,
                       file: file, line: line)
        assertPrecheckPasses(text, file: file, line: line)
        return true
    }

    /// `SafeYAML.loadValue` skips the pre-pass for what the reader read with no `*` in it, under any
    /// limit of at least twice its nesting and 2: the pass must find nothing there. It finds depth
    /// at any limit or none above one, so the smallest such limit is the one to try.
    func assertPrecheckPasses(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let reading = BlockYAMLReader.reading(text) else { return }
        XCTAssertEqual(reading.hasStar, text.utf8.contains(UInt8(ascii: "*")), text, file: file, line: line)
        guard !reading.hasStar else { return }
        XCTAssertNil(YAMLPrecheck.run(text, maxDepth: 2 * reading.nesting + 2), text, file: file, line: line)
    }

    func testSkippedPrecheckOnDeepAndIndentlessNesting() {
        var generator = SystemRandomNumberGenerator()
        var read = 0
        for _ in 0..<3000 {
            var text = "", indent = 0
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                let pad = String(repeating: " ", count: indent)
                switch Int.random(in: 0..<6, using: &generator) {
                case 0: text += pad + "k\(indent):\n"; indent += Int.random(in: 1...3, using: &generator)
                case 1: text += pad + "k\(indent):\n" + pad + "- a\n" + pad + "j\(indent):\n"; indent += 2
                case 2: text += pad + "- m\(indent): x\n" + pad + "  n\(indent):\n"; indent += 4
                case 3: text += pad + "l\(indent): [a, b]\n" + pad + "s\(indent):\n"; indent += 1
                case 4: text += pad + "f\(indent): >\n" + pad + "  folded - x: [y]\n" + pad + "g\(indent):\n"; indent += 2
                default: text += pad + "- q\(indent):\n"; indent += 4
                }
            }
            text += String(repeating: " ", count: indent) + "end: 1\n"
            if let reading = BlockYAMLReader.reading(text) {
                read += 1
                XCTAssertNil(YAMLPrecheck.run(text, maxDepth: 2 * reading.nesting + 2), text)
            }
        }
        XCTAssertGreaterThan(read, 100)
    }

    func testReadsTheManifestSubsetAsYamsDoes() {
        let documents = [
            "name: Chest X-ray triage\ndomain: imaging\n",
            "# case-study manifest\n---\nname: A\nmetrics:\n  accuracy: 0.96\n  brier: 0.143\ntarget_roles:\n  - ML Engineer\n  - Research Engineer\n",
            "name: \"Early Warning for Sjögren'S Syndrome\"\ndata_sources: [TCGA, EyePACS, eICU-CRD]\ndisclaimer: >\n  This project is not intended for clinical use.\n",
            "data_sources:\n  - name: ISIC 2019\n    url: https://challenge.isic-archive.com/\n    access: internal\n  - name: CheXpert\n    access: public\n",
            "metrics:\n- name: npv\n  value: 0.737\n- name: auroc   # comment\n  value: 0.63\nyear: 2024\n",
            "a: yes\nb: No\nc: ~\nd: 017\ne: 089\nf: 1.5e3\ng: 2024-03-02\nh: -5\ni: 'single'\nj: \"dq  \"  # c\nk: []\nl: [ a ,b]  \n",
            "disclaimer: >\n  Not for clinical use.\n  Research only.\n\n\nname: x\n",
            "text: >\n    deep\n    # kept as text\nnext: 1\n",
            "  indented: 1\n  root: 2\n",
            "key: Émile — naïve [x] {y}, z\nlist: [Émile, naïve, 日本]\n",
            "nested:\n  inner:\n    deeper: 1\n  other: 2\nlast: 3\n",
            "seq:\n  - a\n  - [b, c]\n  - \"d\"\n  - >\n    folded\n  - x: 1\n    y: 2\n",
            "on: 1\nyes: no\n1: one\nkey with spaces: v\nsnake_key-2.x: v\n",
            "url: https://a.b/c?d=e#frag\nc: C# and F#\nq: a?b\n",
            "a: >\n  text  \n  more\nb: 1   \n", "l: [a\"b, c'd, e&f]\nq: say \"hi\" now\n",
            "k:\n- >\n  folded item\n- x: >\n    deep fold\n  y: 2\n", "a: 'x'   # c\nb: \"\"\nc: ''\n",
            "summary: >-\n  stripped, no line break\n  at the end\n\nnext: 1\n", "k:\n  - >-\n    item\n  - x: >-\n      deep\n",
        ]
        for document in documents { XCTAssertTrue(agrees(document), document) }
    }

    func testDeclinesWhatItDoesNotRead() {
        let documents = [
            "", "# only a comment\n", "- a\n- b\n", "plain\n", "a: 1\nb: 2\n---\nc: 3\n", "a: 1\n...\n",
            "a:\tb\n", "a: b\r\n", "\u{FEFF}a: b\n", "a: b\u{2028}c\n", "a: \u{85}\n",
            "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: {b: 1}\n", "a: \"esc\\n\"\n", "a: 'it''s'\n", "a: \"open\n  close\"\n",
            "a: one\n  two\n", "a:\nb: 1\n", "a: 1\na: 2\n", "a: b: c\n", "a: - b\n", "a: [b, c\n", "a: [b: c]\n", "a: [b,, c]\n",
            "a: >+\n  x\n", "a: >-2\n  x\n", "a: >2\n  x\n", "a: >- # c\n  x\n", "a: >-\n  x", "a: |\n  x\n", "a: >\n  x\n\n  y\n", "a: >\n  x\n    y\n", "a: >\n  x", "a: >\n   \n  x\n",
            "\"a\": 1\n", "? a\n: 1\n", "a : 1\n", "a:1\n", "%YAML 1.1\n---\na: 1\n", "a:\n  - - b\n", "a:\n  -\n",
            "a: 1\n b: 2\n", "a:\n    b: 1\n  c: 2\n", "a:\n  - b\n c: 1\n", "a: @b\n", "a: `b`\n", "a: 'b' c\n", "é: 1\n",
        ]
        for document in documents {
            var nodes = 0
            XCTAssertNil(BlockYAMLReader.compose(document, counting: &nodes), document.debugDescription)
        }
    }

    /// Every manifest, configuration and front matter the repository and the shared corpus hold:
    /// what the reader takes it must read as Yams does.
    func testAgreesOnTheCorpusFiles() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var folders = ["Examples", "templates", "Tests", "rules", "Fuzz"].map { root.appendingPathComponent($0) }
        folders.append(root.deletingLastPathComponent().appendingPathComponent("shared/corpus-dev"))
        var read = 0
        for folder in folders {
            guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in files where ["yaml", "yml"].contains(url.pathExtension) || url.path.contains("Seeds/manifest") {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                if agrees(text) { read += 1 }
            }
        }
        XCTAssertGreaterThan(read, 3)
    }

    /// Manifests put together from lines that are each near the subset's edges, compared with Yams
    /// whenever the reader takes one.
    func testAgreesOnGeneratedManifests() {
        let pieces = ["name: A", "name: \"Q\"", "key: 'v w'", "metrics:", "  auroc: 0.9", "  - name: x", "    value: 1", "- a", "  - b",
                      "  -  c: d", "list: [a, b]", "list: []", "text: >", "  folded line", "  second", "", "# note", "  # indented note",
                      "---", "x: y # c", "k: v:w", "on: off", "n: 12", "  deep: [x]", "    v: 2", "tail:", "   odd: 1", "é: ü",
                      "  - >", "    in item", "q: \"a #b\"", "k: a #b", "k: [a b, c-d] # c", "- name: q", "  value: 2", "k: >",
                      " one space", "k: 'x'#c", "k: x#y", "  k2: -1", "k: [ ]", "    - deep", "  - k: [a]", "k: ?x", "k: :x", "k: >-", "  - >-"]
        var generator = SystemRandomNumberGenerator()
        var read = 0
        for _ in 0..<20000 {
            let count = Int.random(in: 1...8, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "\n") + "\n"
            if agrees(text) { read += 1 }
        }
        XCTAssertGreaterThan(read, 100)
    }
}
