@testable import CaseLintKit
import Foundation
import XCTest
import Yams

final class PreparsedRulesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The committed file is what the generator writes now: a pack edited without running the
    /// script, or a change to how rules are written, fails here.
    func testGeneratedRulesAreCurrent() throws {
        let file = Self.root.appendingPathComponent("Sources/CaseLintKit/Generated/PreparsedRules.swift")
        let committed = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(committed == (try PreparsedRuleSource.generate()), "PreparsedRules.swift is stale: run Scripts/embed-resources.sh")
        XCTAssertEqual(PreparsedRules.packs.map(\.path), EmbeddedResources.rulePacks.map(\.0))
    }

    /// Each generated pack and rule holds the values its YAML tree gives, readings of numbers and
    /// yes/no values included, and the same `examples:` trees.
    func testGeneratedValuesAreTheTreesValues() throws {
        var count = 0
        for (index, (name, text)) in EmbeddedResources.rulePacks.enumerated() {
            let tree = try XCTUnwrap(try YAMLFastTags.compose(text))
            let generated = try XCTUnwrap(RuleSet.preparsedPack(index), "\(name): run Scripts/embed-resources.sh")
            XCTAssertEqual(generated.root, RuleValue(tree, deferring: ["rules"]), name)
            let nodes = tree.mapping?[text: "rules"]?.sequence.map(Array.init)
            XCTAssertEqual(generated.rules?.count, nodes?.count, name)
            for (rule, node) in zip(generated.rules ?? [], nodes ?? []) {
                let source = RuleSource(node)
                XCTAssertEqual(rule.value, source.value, name)
                XCTAssertEqual(yamlDump(rule.examples()), yamlDump(source.examples()), name)
                count += 1
            }
        }
        XCTAssertGreaterThan(count, 30)
    }

    /// The checks compiled from the generated rules are the ones compiled from the packs' YAML, field
    /// for field (lazily made parts, such as a pattern's filter, unmade in both), and so is the
    /// vocabulary the generated packs fill.
    func testGeneratedRulesCompileToTheSameChecks() throws {
        let generated = try RuleSet.loadBuiltIn()
        let vocabulary = SharedVocabulary()
        var parsed: [RulePack] = []
        for (name, text) in EmbeddedResources.rulePacks {
            parsed.append(try RulePackLoader.load(text: text, file: name, vocabulary: vocabulary, builtIn: true))
            vocabulary.startSectionMatchers()
        }
        XCTAssertEqual(generated.packs.count, parsed.count)
        var compared = 0
        for (fromTables, fromYAML) in zip(generated.packs, parsed) {
            XCTAssertEqual(fromTables.name, fromYAML.name)
            XCTAssertEqual(fromTables.rules.map(\.id), fromYAML.rules.map(\.id), fromTables.name)
            for (left, right) in zip(fromTables.rules, fromYAML.rules) {
                assertSameDump(left.check, right.check, left.id)
                assertSameDump(left.definition, right.definition, left.id)
                assertSameDump(left.definition.examples, right.definition.examples, left.id)
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 30)
        for (left, right) in zip(generated.packs, parsed) {
            assertSameDump(left.categories, right.categories, left.name)
            assertSameDump(left.notJudged, right.notJudged, left.name)
            XCTAssertEqual(left.description, right.description)
            XCTAssertEqual(left.domains, right.domains)
        }
        generated.vocabulary.freeze()
        vocabulary.freeze()
        assertSameDump(SharedVocabularyMirror(generated.vocabulary), SharedVocabularyMirror(vocabulary), "vocabulary")
    }

    /// Names the first line where two dumps differ (whole dumps run to thousands of lines).
    func assertSameDump(_ left: Any, _ right: Any, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let lines = (valueDump(left).split(separator: "\n"), valueDump(right).split(separator: "\n"))
        guard let index = zip(lines.0, lines.1).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
            XCTAssertEqual(lines.0.count, lines.1.count, name, file: file, line: line)
            return
        }
        XCTFail("\(name): line \(index + 1): '\(lines.0[index])' against '\(lines.1[index])'", file: file, line: line)
    }

    /// A pack's rules are read from its tree when the generated ones do not match its text.
    func testStaleGeneratedRulesAreNotRead() throws {
        XCTAssertTrue(EmbeddedResources.rulePacks.indices.allSatisfy(RuleSet.hasPreparsedPack), "every built-in pack has current generated values")
        XCTAssertNil(RuleSet.treeAhead(0), "a helper decodes no tree the loader will not read")
        let tree = try XCTUnwrap(RuleSet.preparsedTree(0))
        XCTAssertEqual(tree.mapping?[text: "rules"]?.scalar?.tag.description, PreparsedYAML.deferredTag.rawValue, "the tree leaves its rules unread")
        let pack = try RulePackLoader.load(root: tree, file: EmbeddedResources.rulePacks[0].0, vocabulary: SharedVocabulary(), builtIn: true)
        XCTAssertEqual(pack.rules.map(\.id), try RuleSet.loadBuiltIn().packs[0].rules.map(\.id))
    }
}

/// The shared vocabulary's fields, which `valueDump` otherwise names without following.
struct SharedVocabularyMirror: CustomReflectable {
    let vocabulary: SharedVocabulary

    init(_ vocabulary: SharedVocabulary) { self.vocabulary = vocabulary }

    var customMirror: Mirror {
        Mirror(self, children: Mirror(reflecting: vocabulary).children)
    }
}

/// Everything a value holds, one line per stored field, objects followed into (each once); the
/// shared vocabulary and locks are named, not followed; a set's or dictionary's elements in sorted
/// order, as their own order depends on how the table grew. For comparing values two loaders made.
func valueDump(_ value: Any) -> String {
    var seen: [ObjectIdentifier: Int] = [:]
    func walk(_ value: Any, _ label: String, _ depth: Int) -> String {
        let indent = String(repeating: " ", count: depth)
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .class {
            let object = value as AnyObject
            if object is SharedVocabulary || object is NSLock || object is NSCondition {
                return "\(indent)\(label): \(type(of: value))\n"
            }
            if let number = seen[ObjectIdentifier(object)] { return "\(indent)\(label): object #\(number)\n" }
            seen[ObjectIdentifier(object)] = seen.count
        }
        if mirror.children.isEmpty || depth > 40 { return "\(indent)\(label): \(String(describing: value))\n" }
        var children = mirror.children.map { walk($0.value, $0.label ?? "element", depth + 1) }
        if mirror.displayStyle == .set || mirror.displayStyle == .dictionary { children.sort() }
        var superclass = mirror.superclassMirror
        while let parent = superclass {
            children += parent.children.map { walk($0.value, $0.label ?? "super", depth + 1) }
            superclass = parent.superclassMirror
        }
        return "\(indent)\(label): \(type(of: value))\n" + children.joined()
    }
    return walk(value, "value", 0)
}
