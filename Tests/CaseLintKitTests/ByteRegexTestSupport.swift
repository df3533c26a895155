@testable import CaseLintKit
import Foundation
import XCTest

/// The two matchers side by side: `ByteRegex` and NSRegularExpression (case-insensitive, as the
/// rule packs compile), each giving UTF-16 (= byte, on ASCII) ranges of every match.
enum ByteRegexOracle {
    static func icu(_ regex: NSRegularExpression, _ text: String) -> [Range<Int>] {
        regex.matches(in: text, range: NSRange(location: 0, length: text.utf16.count))
            .map { $0.range.location..<($0.range.location + $0.range.length) }
    }

    static func compile(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// Checks `texts` (ASCII) with both; returns how many were compared. Stops after a few failures.
    @discardableResult
    static func assertSame(_ pattern: String, _ texts: [String], file: StaticString = #filePath, line: UInt = #line) -> Int {
        guard let regex = compile(pattern) else { XCTFail("ICU refuses \(pattern)", file: file, line: line); return 0 }
        guard let bytes = ByteRegex(pattern) else { XCTFail("ByteRegex refuses \(pattern)", file: file, line: line); return 0 }
        var failures = 0
        for text in texts where failures < 5 {
            let utf8 = Array(text.utf8)
            let mine = bytes.matches(in: utf8, 0..<utf8.count)
            let theirs = icu(regex, text)
            if mine != theirs {
                failures += 1
                XCTFail("\(pattern) on \(text.debugDescription): ByteRegex \(String(describing: mine)), ICU \(theirs)", file: file, line: line)
            }
            if let first = bytes.matches(in: utf8, 0..<utf8.count, firstOnly: true), first != Array(theirs.prefix(1)) {
                failures += 1
                XCTFail("\(pattern) on \(text.debugDescription): first match \(first), ICU \(theirs.prefix(1))", file: file, line: line)
            }
        }
        return texts.count
    }
}

/// Sentences made from a pattern's own words and the characters around which matching is subtle
/// (hyphens, digits, underscores, punctuation next to word boundaries), reproducible from a seed.
struct PatternSentenceGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(_ bound: Int) -> Int {
        // xorshift64*: enough for test data, and the same on every platform.
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return Int((state &* 2_685_821_657_736_338_717) >> 33) % bound
    }

    /// The letter runs of a pattern ("approved", "fda", "authori"), as its matches would spell them.
    static func words(of pattern: String) -> [String] {
        var words: [String] = []
        var current = ""
        var escaped = false
        for character in pattern {
            if escaped { escaped = false; if !current.isEmpty { words.append(current); current = "" }; continue }
            if character == "\\" { escaped = true; continue }
            if character.isASCII, character.isLetter || character.isNumber { current.append(character) } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return Array(Set(words.filter { $0.count > 1 })).sorted()
    }

    static let separators = [" ", " ", " ", "  ", "-", "_", ".", ",", ";", ":", " (", ") ", "/", "'", "\"", "%", " 1 ", "2", "\t", " - "]
    static let fillers = ["the", "a", "model", "is", "we", "our", "not", "data", "s", "x1", "US", "U.S.", "100", "0.95", "near", "almost"]

    /// A sentence of words from `words` and fillers, with mixed case and separators.
    mutating func sentence(from words: [String]) -> String {
        var text = ""
        for _ in 0..<(1 + next(9)) {
            var word = next(4) == 0 || words.isEmpty ? Self.fillers[next(Self.fillers.count)] : words[next(words.count)]
            switch next(5) {
            case 0: word = word.uppercased()
            case 1: word = word.prefix(1).uppercased() + word.dropFirst()
            case 2: if word.count > 2 { word = String(word.dropLast(next(2) + 1)) }
            default: break
            }
            text += word
            text += next(3) == 0 ? Self.separators[next(Self.separators.count)] : " "
        }
        // Sometimes no separator at the end (a match running into the text's end), sometimes a stop.
        switch next(3) {
        case 0: text.removeLast()
        case 1: text += "."
        default: break
        }
        return text
    }
}
