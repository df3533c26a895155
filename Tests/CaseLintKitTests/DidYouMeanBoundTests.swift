@testable import CaseLintKit
import XCTest

/// Suggestions must not change when a bound turns far names away before their distance is worked out.
final class DidYouMeanBoundTests: XCTestCase {
    /// The closest name by the exact distance, as `DidYouMean.closest` defines it.
    func reference(_ word: String, _ candidates: [String]) -> String? {
        let letters = Array(word.lowercased().utf8)
        let allowed = max(2, letters.count / 3)
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            let distance = DidYouMean.editDistance(letters, Array(candidate.lowercased().utf8), limit: 1_000)
            guard distance <= allowed, distance < candidate.count else { continue }
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (distance, candidate)
            }
        }
        return best?.name
    }

    func testSuggestionsMatchTheExactDistance() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdeilnorstu_".utf8)
        let lists = [Manifest.knownKeys, Manifest.DataSource.knownKeys, Manifest.Metric.knownKeys]
        for _ in 0..<3_000 {
            let known = lists.randomElement(using: &generator)!
            var word = Array(known.randomElement(using: &generator)!.utf8)
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                let position = Int.random(in: 0...word.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: word.insert(alphabet.randomElement(using: &generator)!, at: position)
                case 1 where position < word.count: word.remove(at: position)
                default: if position + 1 < word.count { word.swapAt(position, position + 1) }
                }
            }
            let text = String(decoding: word, as: UTF8.self)
            XCTAssertEqual(DidYouMean.closest(to: text, in: known), reference(text, known), text)
        }
    }
}
