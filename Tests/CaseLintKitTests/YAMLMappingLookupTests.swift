@testable import CaseLintKit
import XCTest
import Yams

/// `mapping[text:]` passes keys that are not text (a list is a valid YAML key) and must release
/// each pair it looks at. Matching `.scalar` straight on the subscript's temporary left the pair's
/// value unreleased: the manifest fuzz target reported it as a leak (48 bytes for an empty value,
/// the value's text besides for a longer one) on `? - a` with a value after it
/// (Fixtures/fuzz/manifest/list-as-mapping-key.yaml).
final class YAMLMappingLookupTests: XCTestCase {
    func testLookupPastAListKeyReleasesThePair() {
        weak var watched: Tag?
        do {
            let tag = Tag(.str, .basic, YAMLFastTags.constructor)
            watched = tag
            let listKey = Node.sequence(Node.Sequence([Node("a")]))
            let value = Node.scalar(Node.Scalar("a value longer than fifteen bytes", tag))
            let mapping = Node.Mapping([(listKey, value), (Node("title"), Node("Sepsis"))])
            XCTAssertEqual(mapping[text: "title"]?.string, "Sepsis")
            XCTAssertNil(mapping[text: "domain"])
        }
        XCTAssertNil(watched, "the value's tag outlived its mapping: the lookup kept the pair it passed")
    }
}
