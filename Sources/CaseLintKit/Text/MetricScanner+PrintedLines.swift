import Foundation

/// The shapes of a printed line whose name and value are not simply next to each other: a label of
/// the reader's own before the name ("Referable DR (grade >= 2) AUC: 0.921"), pairs after a label or
/// after a pair, a logger's glued "name=value" pairs, and whole blocks a script printed as "name =
/// value" lines (`codeValues` in `MetricScanner+Code` asks these).
extension MetricScanner {
    /// "Referable DR (grade >= 2) AUC: 0.921": words of the reader's own before the name, when the line
    /// is that name, a colon and one value, and none of the words makes the value a cut-off or a wish.
    /// A parenthesis may close the line after the value: "mean liver Dice : 0.947 (sd 0.012)".
    /// A bracket may stand between the name and the colon: "reconstruction acc (val, char-level): 0.913".
    func isLabelLine(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Bool {
        guard let value = valuePosition(after: match, in: tokens), value > match.lastToken,
              index.lower[Int(tokens[value - 1].end)..<Int(tokens[value].start)].contains(UInt8(ascii: ":")) else { return false }
        if value + 1 < tokens.count, !closesWithParenthesis(after: tokens[value]) { return false }
        return !tokens[..<match.firstToken].contains { Self.bounds.contains($0.hash) || cues.labels.contains($0.hash) }
    }

    /// Whether the rest of the value's line is one parenthesis: spaces, "(", anything, ")", spaces; an
    /// interval in square brackets may stand before it, or alone.
    func closesWithParenthesis(after value: Token) -> Bool {
        var rest = index.lower[Int(value.end)..<index.document.lineRanges[Int(value.line) - 1].upperBound]
        // An interval in square brackets may come first: "AUROC: 0.982 [0.974–0.989]   (bootstrap 2,000)".
        if let open = rest.firstIndex(where: { $0 != 0x20 }), rest[open] == UInt8(ascii: "["),
           let close = rest[open...].firstIndex(of: UInt8(ascii: "]")) {
            rest = rest[(close + 1)...]
            if !rest.contains(where: { $0 != 0x20 && $0 != 0x0D }) { return true }
        }
        guard let open = rest.firstIndex(where: { $0 != 0x20 }), rest[open] == UInt8(ascii: "("),
              let close = rest.lastIndex(where: { $0 != 0x20 && $0 != 0x0D }) else { return false }
        return rest[close] == UInt8(ascii: ")") && !rest[(open + 1)..<close].contains(UInt8(ascii: "("))
    }

    /// "hypo event detection @30 min: sensitivity 0.78  precision 0.61": a label of the reader's own,
    /// ended by a colon right before the name, with no word that makes the values cut-offs or wishes.
    func isAfterLabel(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Bool {
        guard match.firstToken >= 1,
              index.lower[Int(tokens[match.firstToken - 1].end)..<Int(tokens[match.firstToken].start)].contains(UInt8(ascii: ":")) else { return false }
        return !tokens[..<match.firstToken].contains { Self.bounds.contains($0.hash) || cues.labels.contains($0.hash) || cues.expectation.contains($0.hash) }
    }

    /// "Test set: loss 0.221, acc 0.934": a pair of the line's own before the name, its number closed by
    /// a comma, on a line that opens with a label and a colon, with no word that makes the values
    /// cut-offs or wishes.
    func isAfterPair(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Bool {
        guard match.firstToken >= 3, tokens[match.firstToken - 1].isNumber,
              index.lower[Int(tokens[match.firstToken - 1].end)..<Int(tokens[match.firstToken].start)].contains(UInt8(ascii: ",")) else { return false }
        let lineStart = index.document.lineRanges[Int(tokens[match.firstToken].line) - 1].lowerBound
        guard index.lower[lineStart..<Int(tokens[match.firstToken - 1].start)].contains(UInt8(ascii: ":")) else { return false }
        return !tokens[..<match.firstToken].contains { Self.bounds.contains($0.hash) || cues.labels.contains($0.hash) || cues.expectation.contains($0.hash) }
    }

    /// "[test] micro-F1=0.912  macro-F1=0.743": a logger's pairs, glued by "=" without spaces, on a line
    /// that opens with a bracketed tag or holds two such pairs; `accuracy = 0.95` stays an assignment.
    func isLogPair(_ between: ArraySlice<UInt8>, line: Int) -> Bool {
        guard !between.contains(0x20) else { return false }
        let text = index.lower[index.document.lineRanges[line - 1]]
        guard let first = text.firstIndex(where: { $0 != 0x20 }) else { return false }
        if text[first] == UInt8(ascii: "[") { return true }
        // "mean    auc=0.726", "fold 1  auc=0.74": words of a printed line before the pair, no call's brackets.
        if between.startIndex > first, !text.contains(UInt8(ascii: "(")) { return true }
        return gluedPairs(line: line) >= 2
    }

    /// How many "name=value" pairs, glued without spaces, the line holds: "Ridge  RMSE=0.712  R2=0.886"
    /// is a printed row, its first word the row's label.
    func gluedPairs(line: Int) -> Int {
        let text = index.lower[index.document.lineRanges[line - 1]]
        var glued = 0
        for offset in text.indices.dropFirst().dropLast() where text[offset] == UInt8(ascii: "=") {
            if text[offset - 1] != 0x20, text[offset + 1] != 0x20 { glued += 1 }
        }
        return glued
    }

    /// "sensitivity = 0.958" printed by a script: an equals sign between a name and its value is output,
    /// not an assignment, in a block that prints at least two such lines and none that reads as code
    /// (a statement's keyword, an equals sign before a word, a list or a call, a comparison, a trailing
    /// semicolon); one `accuracy = 0.95` alone stays an assignment. Only blocks of output reach here:
    /// without a language, or a console's printed lines.
    func isPrintedBlock(around line: Int) -> Bool {
        let document = index.document
        var first = line, last = line
        while first > 1, document.kinds[first - 2] == .code { first -= 1 }
        while last < document.lineCount, document.kinds[last] == .code { last += 1 }
        var printed = 0
        for current in first...last {
            let text = index.lower[document.lineRanges[current - 1]]
            guard let start = text.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            let trimmed = text[start...]
            if trimmed.starts(with: Array("```".utf8)) || trimmed.starts(with: Array("~~~".utf8)) { continue }
            if Self.statementOpeners.contains(where: { trimmed.starts(with: $0) }) { return false }
            if trimmed.last == UInt8(ascii: ";") { return false }
            for offset in trimmed.indices where trimmed[offset] == UInt8(ascii: "=") {
                let before = offset > trimmed.startIndex ? trimmed[offset - 1] : 0x20
                var after = offset + 1
                let equalsAfter = after < trimmed.endIndex && trimmed[after] == UInt8(ascii: "=")
                // "==" alone compares; a run of three or more is a printed banner ("==== Results ====").
                if equalsAfter, before != UInt8(ascii: "="), after + 1 >= trimmed.endIndex || trimmed[after + 1] != UInt8(ascii: "=") {
                    return false
                }
                if equalsAfter || before == UInt8(ascii: "=") || before == UInt8(ascii: "<") || before == UInt8(ascii: ">")
                    || before == UInt8(ascii: "!") {
                    continue
                }
                while after < trimmed.endIndex, trimmed[after] == 0x20 { after += 1 }
                guard after < trimmed.endIndex else { continue }
                let next = trimmed[after]
                if TextIndex.isWordByte(next) && !(next >= 0x30 && next <= 0x39) || next == UInt8(ascii: "[") || next == UInt8(ascii: "{")
                    || next == UInt8(ascii: "(") || next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") {
                    return false
                }
                printed += 1
            }
        }
        return printed >= 2
    }

    static let statementOpeners: [[UInt8]] = ["import ", "from ", "def ", "class ", "for ", "if ", "while ", "return", "print(",
                                              "with ", "#include", "library(", "const ", "let ", "var ", "$ ", ">>> "].map { Array($0.utf8) }
}
