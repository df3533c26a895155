import Foundation

/// Whether the words before a forbidden phrase take it back: "has not been clinically validated",
/// "we do not claim it replaces radiologists", "avoid claims such as ...", "would need FDA clearance".
/// Only the clause that holds the phrase counts: a negation in an earlier sentence, or before a
/// "but", says nothing about it.
public enum Negation {
    /// Words that deny what follows ("n't" endings count too).
    static let negators: Set<String> = [
        "not", "no", "never", "without", "nor", "neither", "none", "nothing", "cannot", "non", "avoid", "avoids", "avoided",
        "avoiding", "refrain", "lack", "lacks", "lacking", "neglect", "disclaim", "disclaims",
        // "too many to show patients without a doctor checking": too much for it to be so.
        "too",
    ]
    /// Words that make what follows hypothetical or a goal rather than a claim.
    static let hypothetical: Set<String> = [
        "would", "could", "should", "must", "might", "if", "unless", "until", "whether", "pending", "require", "requires",
        "required", "requiring", "need", "needs", "needed", "seek", "seeks", "seeking", "pursue", "pursuing", "toward",
        "towards", "future", "eventually", "hope", "hopes", "aim", "aims", "goal", "before", "once", "plan", "plans",
        "planned", "intend", "intends",
    ]
    /// "not only", "not just": emphasis, not negation.
    static let emphasis: Set<String> = ["only", "just", "merely", "simply", "least"]
    /// Words that end a clause: what comes after them is asserted on its own.
    static let clauseBreaks: Set<String> = ["but", "however", "although", "though", "whereas", "yet", "nevertheless"]
    /// After a comma, words that open a consequence asserted on its own: "no audio leaves the device,
    /// which makes it HIPAA compliant", "nothing is stored, so it is HIPAA compliant".
    static let consequences: Set<String> = ["which", "so", "therefore", "thus", "hence", "making"]
    /// Nouns that, with "like" or "such as", introduce wording being talked about, not used.
    static let mentionNouns: Set<String> = [
        "claim", "claims", "phrase", "phrases", "wording", "words", "word", "term", "terms", "statement", "statements",
        "language", "buzzwords", "label", "labels",
    ]
    /// How far back a negation reaches, in words.
    static let window = 24

    /// Whether `before` (the text from the paragraph's start, or a list item's, up to the phrase)
    /// ends in a clause that negates, hedges or merely mentions the phrase.
    /// Hedges a `hedged: true` pattern does not accept as an excuse.
    static let weakHedges: Set<String> = ["could", "might", "would"]

    public static func excuses(before: String, acceptingHedges: Bool = true) -> Bool {
        let words = clauseWords(before)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            if word == "not", emphasis.contains(next) { continue }
            if !acceptingHedges, weakHedges.contains(word) { continue }
            // "eliminates the need for whiteboards": the noun names no hypothetical.
            if word == "need" || word == "needs", index > 0, words[index - 1] == "the" { continue }
            if negators.contains(word) || word.hasSuffix("n't") || hypothetical.contains(word) { return true }
            if (word == "rather" || word == "far") && (next == "than" || next == "from") { return true }
            if word == "instead", next == "of" { return true }
            if mentionNouns.contains(word), next == "like" || (next == "such" && words.dropFirst(index + 2).first == "as") { return true }
        }
        return false
    }

    /// The lowercased words of the last clause of `text`, at most `window` of them.
    static func clauseWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previous: Unicode.Scalar = " "
        var afterComma = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current).lowercased()
            current = String.UnicodeScalarView()
            defer { afterComma = false }
            if afterComma, consequences.contains(word) {
                words.removeAll()
                return
            }
            // "yet" ends a clause ("..., yet it is cleared") unless it is "not yet", "isn't yet".
            if clauseBreaks.contains(word), !(word == "yet" && (words.last == "not" || words.last?.hasSuffix("n't") == true)) {
                words.removeAll()
                return
            }
            words.append(word)
        }
        // Scalars, not Characters: grapheme breaking is slow and nothing here needs it.
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ((scalar == "'" || scalar == "\u{2019}") && previous.properties.isAlphabetic) {
                current.append(scalar == "\u{2019}" ? "'" : scalar)
            } else {
                flush()
                if Self.endsClause(scalar, after: previous) { words.removeAll() }
                if scalar == "," { afterComma = true }
            }
            previous = scalar
        }
        flush()
        return Array(words.suffix(window))
    }

    /// Sentence and clause punctuation, the end of a parenthesis, a table cell border, a dash; a
    /// hyphen only after a space (" - ", a list item joined into the paragraph), not in "CE-marked".
    static func endsClause(_ character: Unicode.Scalar, after previous: Unicode.Scalar) -> Bool {
        switch character {
        case ".", "!", "?", ";", ":", "|", ")", "—", "–", "―": return true
        case "-", "*": return previous == " "
        default: return false
        }
    }

    /// In a table row, a cell that only says "no", "not yet", "❌" ... negates the rest of the row:
    /// "| FDA cleared | No |"; so does a first cell naming what the project is not for.
    public static func rowDenies(_ row: String) -> Bool {
        let cells = row.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.filter { !"*_`~ ".contains($0) }.lowercased()
        }
        let markers: Set<String> = ["no", "no.", "notyet", "none", "n/a", "false", "pending", "planned", "❌", "✗", "✘", "✖", "🚫", "⛔",
                                    "❌no", "✗no", "notdone", "notapplicable", "notassessed", "notsought", "notclaimed"]
        // A model card's row labelled with what the project is not for: "| Out of scope | ... |", "| Not intended for | ... |".
        let deniedLabels = ["outofscope", "notintended", "notfor", "notdesigned", "outsidethescope", "outsidescope", "prohibited",
                            "excluded"]
        if let label = cells.first(where: { !$0.isEmpty }), deniedLabels.contains(where: { label.hasPrefix($0) }) { return true }
        return cells.contains { markers.contains($0) }
    }
}
