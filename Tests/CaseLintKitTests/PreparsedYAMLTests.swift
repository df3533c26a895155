@testable import CaseLintKit
import XCTest
import Yams

final class PreparsedYAMLTests: XCTestCase {
    func dump(_ node: Node?) -> String { yamlDump(node) }

    /// The generated trees are the built-in packs' own: a pack edited without running the script
    /// fails here (and `RuleSet` would parse its YAML instead of using a stale tree).
    func testBuiltInTreesAreThePacksComposed() throws {
        XCTAssertEqual(PreparsedRulePacks.trees.map(\.path), EmbeddedResources.rulePacks.map(\.0), "run Scripts/embed-resources.sh")
        for ((name, text), preparsed) in zip(EmbeddedResources.rulePacks, PreparsedRulePacks.trees) {
            XCTAssertEqual(preparsed.bytes, text.utf8.count, "\(name) changed: run Scripts/embed-resources.sh")
            let decoded = PreparsedYAML.decode(preparsed.tree)
            XCTAssertNotNil(decoded, name)
            XCTAssertEqual(dump(decoded), dump(try YAMLFastTags.compose(text)), "\(name) changed: run Scripts/embed-resources.sh")
            XCTAssertEqual(preparsed.tree, try PreparsedYAML.encode(yaml: text, deferring: PreparsedYAML.rulePackDeferredKeys,
                                                                   deferringRoot: PreparsedYAML.rulePackDeferredRootKeys), name)
        }
    }

    func testEveryScalarTypeStyleAndPositionSurvives() throws {
        let yaml = """
        plain: text
        numbers: [1, -2, 0x1F, 3.5, .inf, 1e3]
        flags: {a: yes, b: off, c: true, d: null, e: ~}
        quoted: ["1", 'single', "tab\\there\\r\\nand é ☃"]
        when: 2024-01-02
        block: |
          line one
            indented
        folded: >
          one
          two
        empty:
        nested:
          - - deep
            - {k: v}
          - ""
        """
        let encoded = try PreparsedYAML.encode(yaml: yaml)
        XCTAssertEqual(dump(PreparsedYAML.decode(encoded)), dump(try YAMLFastTags.compose(yaml)))
        XCTAssertEqual(PreparsedYAML.decode(encoded)?.mapping?[text: "numbers"]?.sequence?.map { $0.int }, [1, -2, 31, nil, nil, nil])
    }

    func testADeferredValueReadsWhenResolved() throws {
        let yaml = "rules:\n  - id: a\n    examples:\n      pass: [x, 'y']\n      fail: {k: 1}\n    after: [examples]\nexamples: top\n"
        let tree = PreparsedYAML.decode(try PreparsedYAML.encode(yaml: yaml, deferring: ["examples"]))
        let rule = { (root: Node?) in root?.mapping?[text: "rules"]?.sequence?.first?.mapping }
        let deferred = rule(tree)?[text: "examples"]
        XCTAssertEqual(deferred?.scalar?.tag.description, PreparsedYAML.deferredTag.rawValue, "left unread")
        XCTAssertEqual(dump(PreparsedYAML.resolve(deferred)), dump(rule(try YAMLFastTags.compose(yaml))?[text: "examples"]))
        XCTAssertEqual(dump(tree), dump(try YAMLFastTags.compose(yaml)), "read, the whole tree is the composed one")
        XCTAssertEqual(tree?.mapping?[text: "examples"]?.scalar?.string, "top", "only a rule's own keys are deferred")
        XCTAssertEqual(rule(tree)?[text: "after"]?.sequence?.first?.scalar?.string, "examples")
        // A root value deferred whole keeps its rules' keys deferred inside it.
        let rootDeferred = PreparsedYAML.decode(try PreparsedYAML.encode(yaml: yaml, deferring: ["examples"], deferringRoot: ["rules"]))
        let rules = rootDeferred?.mapping?[text: "rules"]
        XCTAssertEqual(rules?.scalar?.tag.description, PreparsedYAML.deferredTag.rawValue, "left unread")
        XCTAssertEqual(PreparsedYAML.resolve(rules)?.sequence?.first?.mapping?[text: "examples"]?.scalar?.tag.description,
                       PreparsedYAML.deferredTag.rawValue)
        XCTAssertEqual(dump(rootDeferred), dump(try YAMLFastTags.compose(yaml)))
        XCTAssertEqual(rootDeferred?.mapping?[text: "examples"]?.scalar?.string, "top")
    }

    func testTextItDidNotWriteIsRefused() {
        XCTAssertNil(PreparsedYAML.decode(""))
        XCTAssertNil(PreparsedYAML.decode("M0m1,1,1:S1s1,1,1:a"), "a mapping short of a value")
        XCTAssertNil(PreparsedYAML.decode("S1s1,1,9:short"), "a scalar longer than the text")
        XCTAssertNil(PreparsedYAML.decode("S1s1,1,1:ab"), "text after the tree")
        XCTAssertNil(PreparsedYAML.decode("S1x1,1,1:a"), "an unknown tag")
        XCTAssertNil(PreparsedYAML.decode("S1s1,z,1:a"), "a position that is not a number")
        XCTAssertNil(PreparsedYAML.decode("D0s1,1,9:S1s"), "a deferred value longer than the text")
    }

    func testAnAliasReadsAsItsValueAndACustomTagIsRefused() throws {
        let encoded = try PreparsedYAML.encode(yaml: "a: &x 1\nb: *x\n")
        XCTAssertEqual(PreparsedYAML.decode(encoded)?.mapping?[text: "b"]?.int, 1)
        XCTAssertThrowsError(try PreparsedYAML.encode(yaml: "a: !custom x\n"))
    }
}
