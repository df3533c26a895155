import Foundation

extension MarkdownDocument {
    /// Which lines (0-based) lie in a section whose heading holds one of `cues` (lowercase words, as
    /// `ByteText.cues` makes them): a Contact section, a Changelog, "Red flags this project avoids".
    func lines(underHeadingsWith cues: [[UInt8]]) -> [Bool] {
        var marked = [Bool](repeating: false, count: lineCount)
        for (order, section) in sections().enumerated() {
            // The title names the project, never a licence or a list of pitfalls: "Grounded discharge-summary
            // drafting with retrieval and citation checking" holds "citation".
            if order == 0, section.heading.level == 1 { continue }
            let heading = Array(section.heading.text.utf8)
            guard ByteText.containsCue(heading, in: 0..<heading.count, cues) else { continue }
            let last = section.bodyLines?.upperBound ?? section.heading.lastLine
            for line in section.heading.line...last { marked[line - 1] = true }
        }
        return marked
    }
}
