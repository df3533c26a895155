@testable import CaseLintKit
import XCTest
import Yams

/// The fast scalar typing must agree with Yams' default resolver, which it replaces for speed.
final class YAMLFastTagsTests: XCTestCase {
    let scalars = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "FALSE", "on", "On", "OFF", "y", "n", "t", "f",
                   "yesterday", "nope", "trueish", "off-site", "null", "Null", "NULL", "nullable", "~", "", "0", "-0", "+12",
                   "1_000", "0x1F", "0o17", "017", "0b101", "1:30", "190:20:30", "0.91", "-1.5e3", "1e3", "6.", ".5",
                   ".inf", "-.Inf", ".NaN", "2024-03-02", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
                   "<<", "=", "91%", "v1.0", "AUROC", "O'Brien", "Émile", "ON-call", "1.2.3", "-", "+", ".", "12abc",
                   "80% prediction interval coverage", "1,234", "12 (95% CI)", "3/4", "0.9 [0.8, 1.0]", "12\n", "12\r\n",
                   "1.5\u{2028}", "~\n", "=\n", "<<\u{85}", "2024-03-02\n", "12 ", "+1e3", "1:30\t", "12#", "1!", "1'", "1\"",
                   "1@", "1$", "1^", "1&", "1*", "1;", "1?", "1`", "1|", "1\\", "1{", "1}", "1[", "1]", "1>", "1,5",
                   "30-Day Readmission Risk Prediction", "3-Day", "2024-3-02", "2024-03-2", "12024-03-02", "2024-03-02 ",
                   "2024/03/02", "2024-03-02T10:00:00Z", "0x1G", "1eZ", "12 PM", "+.inf", "-.nan", "1_0b"]

    func testScalarTypesMatchTheDefaultResolver() {
        for string in scalars {
            XCTAssertEqual(YAMLFastTags.tagName(of: string), Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(string))),
                           "'\(string)'")
        }
    }

    /// Every printable ASCII byte around and inside numbers and words: the punctuation short-cut
    /// (`cannotBeTyped`) answers as the resolver does.
    func testEveryPrintableByteAgreesWithTheDefaultResolver() {
        for byte in UInt8(0x20)...UInt8(0x7E) {
            let mark = String(UnicodeScalar(byte))
            for string in ["1" + mark, mark + "1", "12" + mark + "3", "1" + mark + "\n", "0.5" + mark + "e3", mark, "no" + mark, "2024-03-02" + mark,
                           "2024" + mark + "03-02", "2024-03" + mark + "02", "0x1" + mark, "1e" + mark + "3"] {
                XCTAssertEqual(YAMLFastTags.tagName(of: string), Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(string))),
                               string.debugDescription)
            }
        }
    }

    func testComposedTreesMatchTheDefaultCompose() throws {
        let document = """
            title: Chest X-ray triage
            domain: imaging
            clinical_use: false
            year: 2024
            released: 2024-03-02
            metrics:
              - {name: AUROC, value: 0.832, ci: [0.825, 0.839], n: 21904}
              - {name: "0.91", value: '12', note: !!str 5}
            empty:
            tilde: ~
            flags: [yes, No, on, off, y]
            """
        let fast = try XCTUnwrap(YAMLFastTags.compose(document))
        let reference = try XCTUnwrap(Yams.compose(yaml: document, .default, .default, .utf8))
        XCTAssertEqual(fast["metrics"]?[1]?["note"], reference["metrics"]?[1]?["note"])
        XCTAssertEqual(fast["metrics"]?[1]?["note"]?.tag.description, Tag.Name.str.rawValue)
        XCTAssertEqual(fast["title"], reference["title"])
        for key in ["domain", "clinical_use", "year", "released", "empty", "tilde", "flags"] {
            XCTAssertEqual(fast[key], reference[key], key)
        }
        XCTAssertEqual(fast["metrics"]?[0], reference["metrics"]?[0])
        XCTAssertEqual(fast["metrics"]?[1]?["name"], reference["metrics"]?[1]?["name"])
        XCTAssertEqual(fast["metrics"]?[1]?["value"], reference["metrics"]?[1]?["value"])
        XCTAssertEqual(fast["year"]?.int, 2024)
        XCTAssertEqual(fast["clinical_use"]?.bool, false)
        XCTAssertEqual(fast["metrics"]?[0]?["value"]?.float, 0.832)
    }
}
