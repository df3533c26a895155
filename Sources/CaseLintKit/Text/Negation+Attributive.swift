/// "What evidence a CE-marked version would require", "an FDA-cleared device would need a trial": a
/// status put before a noun that a modal then makes hypothetical names a thing that does not exist yet.
/// It counts only with an article before the status and the modal within the next few words, so "it is
/// FDA cleared and would help" stays a claim.
extension Negation {
    static let articles: Set<String> = ["a", "an", "any", "such"]
    static let modals: Set<String> = ["would", "could", "might"]

    /// Whether the clause before the phrase ends in an article and the words after it reach a modal
    /// (within five words, before any "and", "or", relative pronoun or punctuation that ends the noun
    /// phrase: "an FDA-cleared tool that would help" is a claim about the tool).
    public static func isHypotheticalThing(before: String, after: String) -> Bool {
        guard let last = clauseWords(before).last, articles.contains(last) else { return false }
        let phrase = after.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != " " }).first ?? ""
        for word in phrase.split(separator: " ").prefix(5) {
            let lower = word.lowercased()
            if modals.contains(lower) { return true }
            if ["and", "or", "that", "which", "who"].contains(lower) { return false }
        }
        return false
    }
}
