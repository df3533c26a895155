import Foundation

/// `DidYouMean.suggestions` for unknown manifest keys, with the end of their message, kept for the
/// run. Projects made from one template misspell the same key in every manifest (and in every item
/// of a list), and measuring it against the known keys each time was most of the cost of an unknown key.
final class SuggestionMemo: @unchecked Sendable {
    static let shared = SuggestionMemo()
    /// Enough for every misspelling a portfolio repeats; past it, suggestions are worked out each time.
    private static let capacity = 4096
    private let lock = NSLock()
    /// By word, then by the known names asked against: callers pass static lists, which compare
    /// equal by their shared storage at once (a key joined from the names cost more than the rest).
    private var kept: [String: [(known: [String], suggestions: Suggestions)]] = [:]
    private var count = 0

    struct Suggestions {
        var closest: String?
        var unambiguous: String?
        /// What the message says after naming the key: the closest known key, or else all of them.
        var note: String
    }

    func suggestions(for word: String, in known: [String]) -> Suggestions {
        // The known names belong to the key: the top level, a data source and a metric know different ones.
        lock.lock()
        let found = kept[word]?.first { $0.known == known }?.suggestions
        lock.unlock()
        if let found { return found }
        let (closest, unambiguous) = DidYouMean.suggestions(for: word, in: known)
        let note = DidYouMean.suffix(closest: closest) + (closest == nil ? " (known: \(known.joined(separator: ", ")))" : "")
        let measured = Suggestions(closest: closest, unambiguous: unambiguous, note: note)
        lock.lock()
        if count < Self.capacity, kept[word]?.contains(where: { $0.known == known }) != true {
            kept[word, default: []].append((known, measured))
            count += 1
        }
        lock.unlock()
        return measured
    }
}
