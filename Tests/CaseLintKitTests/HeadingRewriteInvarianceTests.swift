import CaseLintKit
import XCTest

/// Rewrites of a heading that keep its meaning must keep its verdict: section numbering ("## 3. Data"),
/// a leading emoji, upper case and a deeper level. Checked on every example of the six section rules
/// (their pass examples read as found, their fail examples as missing), so a synonym added with an
/// example is checked in every form at once. A numbered "6. Things to keep in mind" was once missed
/// where the plain heading was found.
final class HeadingRewriteInvarianceTests: XCTestCase {
    enum Rewrite: String, CaseIterable {
        case numbered, emoji, upperCase, deeper

        func apply(_ readme: String) -> String {
            var inFence = false
            var number = 0
            let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
                let hashes = line.prefix { $0 == "#" }.count
                guard !inFence, hashes >= 2, hashes < 6, line.dropFirst(hashes).first == " " else { return String(line) }
                let text = line.dropFirst(hashes + 1)
                number += 1
                switch self {
                case .numbered: return "\(String(repeating: "#", count: hashes)) \(number). \(text)"
                case .emoji: return "\(String(repeating: "#", count: hashes)) 📌 \(text)"
                case .upperCase: return "\(String(repeating: "#", count: hashes)) \(text.uppercased())"
                case .deeper: return "\(String(repeating: "#", count: hashes + 1)) \(text)"
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    func testSectionVerdictsSurviveHeadingRewrites() throws {
        let ruleSet = try RuleSet.load()
        let sectionRules = ruleSet.rules.filter { $0.definition.kind == "section" }
        XCTAssertEqual(sectionRules.count, 6)
        var checked = 0
        for rule in sectionRules {
            for (expectedPass, examples) in [(true, rule.definition.examples.pass), (false, rule.definition.examples.fail)] {
                for example in examples {
                    guard let readme = example.readme else { continue }
                    for rewrite in Rewrite.allCases {
                        let rewritten = rewrite.apply(readme)
                        guard rewritten != readme else { continue }
                        var changed = example
                        changed.readme = rewritten
                        let found = RuleExampleRunner.findings(for: rule, example: changed, vocabulary: ruleSet.vocabulary)
                        checked += 1
                        XCTAssertEqual(found.isEmpty, expectedPass,
                                       "\(rule.id), example at line \(example.line), \(rewrite.rawValue):\n\(rewritten)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 300)
    }
}
