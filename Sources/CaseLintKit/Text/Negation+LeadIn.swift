import Foundation

/// A negation that reaches a list through its lead-in: "It is **not** designed to:" over "- replace the
/// radiologist's density category", "Two things were explicitly out of scope: predicting anything about
/// individual patients, and replacing the clinical judgement of the nurse in charge". The lead-in must
/// say what the project is not for (a word of design or scope, or the negator right before the colon):
/// "No PHI leaves the device: it is HIPAA compliant" is a reason given for a claim, not a list denied.
extension Negation {
    static let scopeWords: Set<String> = ["designed", "intended", "meant", "built", "supposed", "scope", "used", "allowed",
                                          "permitted", "aims", "aim", "goals", "goal", "purpose"]

    /// Whether the text before a colon (the colon itself left off) denies the list it opens.
    public static func leadInDenies(_ leadIn: String) -> Bool {
        let words = clauseWords(leadIn + " ")
        guard let last = words.last else { return false }
        let denies = words.contains { negators.contains($0) || $0.hasSuffix("n't") }
            || zip(words, words.dropFirst()).contains { ($0 == "of" || $0 == "outside" || $0 == "beyond") && $1 == "scope" }
        guard denies else { return false }
        return negators.contains(last) || last.hasSuffix("n't") || words.contains { scopeWords.contains($0) }
    }

    /// The lead-in line of the list holding `line`: the nearest line above the list's items (blank lines,
    /// items and their indented continuations passed over) when it ends with a colon, without the colon.
    public static func listLeadIn(of line: Int, in document: MarkdownDocument) -> String? {
        func isItem(_ line: Int) -> Bool { LineText(document.bytes, document.lineRanges[line - 1]).listMarker != nil }
        guard isItem(line) else { return nil }
        var above = line - 1
        while above >= 1, line - above <= 40 {
            let text = document.line(above)
            let trimmed = text.drop { $0 == " " }
            if trimmed.isEmpty || isItem(above) || text.hasPrefix(" ") {
                above -= 1
                continue
            }
            let end = trimmed.trimmingCharacters(in: .whitespaces)
            return end.hasSuffix(":") ? String(end.dropLast()) : nil
        }
        return nil
    }
}
