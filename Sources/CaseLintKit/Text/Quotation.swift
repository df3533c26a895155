import Foundation

/// Whether a phrase is quoted rather than used: inside quotation marks ("avoid claims such as
/// 'clinically validated'"), inside an inline code span, or in a block quote that cites someone else.
/// A README may discuss over-claims without making them.
public enum Quotation {
    static let reach = 200   // UTF-16 units searched on either side for the matching mark

    /// Whether `range` of the paragraph text sits between quotation marks or backticks.
    public static func encloses(_ text: NSString, _ range: NSRange) -> Bool {
        let start = range.location
        let end = range.location + range.length
        let low = max(0, start - reach)
        let high = min(text.length, end + reach)
        func unit(_ index: Int) -> unichar { text.character(at: index) }
        func count(_ mark: unichar, from: Int, to: Int) -> Int { (from..<to).reduce(0) { $0 + (unit($1) == mark ? 1 : 0) } }

        // Backticks and straight double quotes pair up in order: an odd count before means "inside".
        for mark in [0x60, 0x22] as [unichar] where count(mark, from: 0, to: start) % 2 == 1 && count(mark, from: end, to: high) > 0 {
            return true
        }
        // Curly and angle quotes open and close with different marks.
        for (open, close) in [(0x201C, 0x201D), (0x00AB, 0x00BB), (0x2018, 0x2019)] as [(unichar, unichar)] {
            guard let opened = (low..<start).last(where: { unit($0) == open }) else { continue }
            if !(opened..<start).contains(where: { unit($0) == close && closesQuote(text, $0) }),
               (end..<high).contains(where: { unit($0) == close && closesQuote(text, $0) }) { return true }
        }
        // Straight single quotes double as apostrophes: an opener follows a non-letter, a closer
        // precedes one ("it's" and "patients' data" are neither).
        if let opened = (low..<start).last(where: { unit($0) == 0x27 && opensQuote(text, $0) }),
           !(opened + 1..<start).contains(where: { unit($0) == 0x27 && closesQuote(text, $0) }),
           (end..<high).contains(where: { unit($0) == 0x27 && closesQuote(text, $0) }) {
            return true
        }
        return false
    }

    static func isLetter(_ text: NSString, _ index: Int) -> Bool {
        guard index >= 0, index < text.length, let scalar = Unicode.Scalar(text.character(at: index)) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func opensQuote(_ text: NSString, _ index: Int) -> Bool {
        !isLetter(text, index - 1) && index + 1 < text.length && text.character(at: index + 1) != 0x20
    }

    static func closesQuote(_ text: NSString, _ index: Int) -> Bool {
        !isLetter(text, index + 1) && index > 0 && text.character(at: index - 1) != 0x20
    }

    /// Reporting words that, in the line leading into a block quote, say the quote is someone else's.
    static let reportingCues = ["said", "says", "wrote", "writes", "states", "stated", "claims", "claimed", "according",
                                "quote", "quoted", "reads", "put it", "advertis", "announce", "headline", "marketing",
                                "press release", "tweet", "posted"]

    /// Whether `line` belongs to a block quote that cites someone else: it carries an attribution line
    /// ("— Dr. A. Author") or follows a lead-in such as "A vendor's brochure reads:".
    public static func isCitedBlockQuote(_ document: MarkdownDocument, line: Int) -> Bool {
        guard quoteBody(document.line(line)) != nil else { return false }
        var first = line
        var last = line
        while first > 1, quoteBody(document.line(first - 1)) != nil { first -= 1 }
        while last < document.lineCount, quoteBody(document.line(last + 1)) != nil { last += 1 }
        for number in first...last {
            let body = quoteBody(document.line(number)) ?? ""
            if ["—", "–", "―", "--", "~"].contains(where: { body.hasPrefix($0) }) { return true }
        }
        var lead = first - 1
        while lead >= 1, document.line(lead).trimmingCharacters(in: .whitespaces).isEmpty { lead -= 1 }
        guard lead >= 1, first - lead <= 2 else { return false }
        let text = document.line(lead).trimmingCharacters(in: .whitespaces).lowercased()
        return text.hasSuffix(":") && reportingCues.contains { text.contains($0) }
    }

    /// The text of a block-quote line after its `>` markers, or nil for other lines.
    static func quoteBody(_ line: String) -> Substring? {
        let trimmed = line.drop { $0 == " " }
        guard trimmed.first == ">" else { return nil }
        return trimmed.drop { $0 == ">" || $0 == " " }
    }
}
