@testable import CaseLintKit
import Foundation
import XCTest

/// `ByteRegex` against NSRegularExpression on real READMEs: every built-in pattern on every ASCII
/// sentence and paragraph, cut as `TextPattern.hits` and `PhraseCheck`'s reject patterns cut them.
/// The corpus is outside the repository: Scripts/check-byte-regex.sh names it in BYTE_REGEX_CORPUS
/// (folders, `:`-separated, searched for README.md); without it the test is skipped.
final class ByteRegexCorpusTests: XCTestCase {
    func testBuiltInPatternsOnCorpusSentences() throws {
        guard let folders = ProcessInfo.processInfo.environment["BYTE_REGEX_CORPUS"], !folders.isEmpty else {
            throw XCTSkip("set BYTE_REGEX_CORPUS (Scripts/check-byte-regex.sh)")
        }
        var readmes: [URL] = []
        for folder in folders.split(separator: ":") {
            let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: String(folder)), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.lastPathComponent == "README.md" { readmes.append(url) }
            }
        }
        XCTAssertFalse(readmes.isEmpty, "no README.md under \(folders)")
        var texts: [String] = []
        var nonASCII = 0
        for readme in readmes {
            let document = MarkdownScanner.scan(try Array(Data(contentsOf: readme)))
            let paragraphs = ParagraphIndex(document)
            for number in paragraphs.paragraphs.indices {
                let text = paragraphs.text(number)
                for range in [0..<text.bytes.count] + text.sentences {
                    let bytes = text.bytes[range]
                    if bytes.contains(where: { $0 >= 0x80 }) { nonASCII += 1 } else { texts.append(String(decoding: bytes, as: UTF8.self)) }
                }
            }
        }
        let patterns = ByteRegexDifferentialTests.builtInPatterns
        var compared = 0
        var matches = 0
        for pattern in patterns {
            compared += ByteRegexOracle.assertSame(pattern, texts)
            if let regex = ByteRegexOracle.compile(pattern) { matches += texts.reduce(0) { $0 + ByteRegexOracle.icu(regex, $1).count } }
        }
        print("byte regex corpus: \(readmes.count) READMEs, \(texts.count) ASCII sentences and paragraphs (\(nonASCII) non-ASCII left to ICU),",
              "\(patterns.count) patterns, \(compared) comparisons, \(matches) matches, all identical unless reported above")
    }
}
