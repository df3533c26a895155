import Foundation

/// Printed result lines whose name and value are tied by punctuation rather than by order alone, for
/// `codeValues` (MetricScanner+Code): after an arrow, in brackets after the value or with it, and a
/// label whose bracket opens with the name.
extension MetricScanner {
    /// "septic patients alerted: 158 / 225  -> sensitivity 0.70": a share worked out on the line and
    /// named after an arrow ("->", "=>", "→"), with no word that makes the value a cut-off or a wish.
    func isAfterArrow(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Bool {
        guard match.firstToken >= 1 else { return false }
        let gap = index.lower[Int(tokens[match.firstToken - 1].end)..<Int(tokens[match.firstToken].start)]
        let arrow = gap.indices.contains { position in
            let byte = gap[position]
            if byte == UInt8(ascii: ">") {
                return position > gap.startIndex && (gap[position - 1] == UInt8(ascii: "-") || gap[position - 1] == UInt8(ascii: "="))
            }
            return byte == 0xE2 && position + 2 < gap.endIndex && gap[position + 1] == 0x86 && gap[position + 2] == 0x92
        }
        return arrow && !tokens[..<match.firstToken].contains {
            Self.bounds.contains($0.hash) || cues.labels.contains($0.hash) || cues.expectation.contains($0.hash)
        }
    }

    /// "of which no-shows : 1,423   (precision 43.0%)": a name and its value closing the line in brackets.
    func isBracketedPair(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Bool {
        guard byteBefore(tokens[match.firstToken]) == UInt8(ascii: "("), match.lastToken + 1 < tokens.count else { return false }
        let value = tokens[match.lastToken + 1]
        return value.line == tokens[match.lastToken].line && closesLine(after: Int(value.end), line: Int(value.line))
    }

    /// The value right before "(name)" closing the line: "21.3%   (recall)", "0.74 (kappa)".
    func valueBeforeBracketedName(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Int? {
        let value = match.firstToken - 1
        guard value >= 0, tokens[value].line == tokens[match.firstToken].line, tokens[value].isNumber, index.isScoreShaped(tokens[value]),
              !isBoundOrSpread(tokens[value]), byteBefore(tokens[match.firstToken]) == UInt8(ascii: "("),
              closesLine(after: Int(tokens[match.lastToken].end), line: Int(tokens[value].line)) else { return nil }
        let gap = index.lower[Int(tokens[value].end)..<Int(tokens[match.firstToken].start)]
        return gap.allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "(") }) ? value : nil
    }

    /// "Inter-reviewer agreement (kappa, hallucination yes/no) : 0.74": the name opening the bracket of
    /// a label, the bracket closed before the colon, and one score closing the line after it.
    func valueAfterBracketedLabel(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Int? {
        guard byteBefore(tokens[match.firstToken]) == UInt8(ascii: "(") else { return nil }
        let line = Int(tokens[match.firstToken].line)
        let lineEnd = index.document.lineRanges[line - 1].upperBound
        let bytes = index.lower
        guard let close = bytes[Int(tokens[match.lastToken].end)..<lineEnd].firstIndex(of: UInt8(ascii: ")")) else { return nil }
        var colon = close + 1
        while colon < lineEnd, bytes[colon] == 0x20 { colon += 1 }
        guard colon < lineEnd, bytes[colon] == UInt8(ascii: ":"),
              let value = tokens[(match.lastToken + 1)...].firstIndex(where: { Int($0.start) > colon }),
              Int(tokens[value].line) == line, tokens[value].isNumber, index.isScoreShaped(tokens[value]), !isBoundOrSpread(tokens[value]),
              value + 1 == tokens.count || Int(tokens[value + 1].line) != line else { return nil }
        return value
    }

    /// The byte before a token, past spaces, on its line (0 at the line's start).
    func byteBefore(_ token: Token) -> UInt8 {
        let lineStart = index.document.lineRanges[Int(token.line) - 1].lowerBound
        var position = Int(token.start) - 1
        while position >= lineStart, index.lower[position] == 0x20 { position -= 1 }
        return position >= lineStart ? index.lower[position] : 0
    }

    /// Whether the rest of the line after `offset` is a closing bracket (a "%" before it), spaces around.
    func closesLine(after offset: Int, line: Int) -> Bool {
        let rest = index.lower[offset..<index.document.lineRanges[line - 1].upperBound].filter { $0 != 0x20 && $0 != 0x0D }
        return rest.elementsEqual(")".utf8) || rest.elementsEqual("%)".utf8)
    }
}
