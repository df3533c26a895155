import Foundation

/// A figure the README quotes from other work is not the project's result: "Rajpurkar et al.
/// reported an AUC of 0.76", "In the literature, models reach a sensitivity of 0.92", "0.89 in the
/// original paper". The cue must share the value's sentence; a first-person word between them
/// ("Compared with prior work, our model reached 0.85") hands the value back to the project.
extension MetricContext {
    static let firstPerson: Set<UInt64> = Set(["we", "our", "ours", "us", "my", "this"].map { TextIndex.hash($0.utf8) })
    /// Words whose full stop does not end a sentence ("et al.", "e.g.", "vs.").
    static let abbreviations: Set<UInt64> = Set(["al", "e", "g", "i", "vs", "fig", "cf", "approx", "ca"].map { TextIndex.hash($0.utf8) })

    func isLiterature(_ position: Int) -> Bool {
        let tokens = index.tokens
        guard index.document.kinds[Int(tokens[position].line) - 1] != .table else { return false }
        var start = position
        while start > 0, position - start < 30, !endsSentence(between: start - 1, and: start) { start -= 1 }
        var end = position + 1
        // A citation closes the sentence a few words on: "about 0.85 on this task (Lee et al.)".
        while end < tokens.count, end - position <= 8, !endsSentence(between: end - 1, and: end) { end += 1 }
        for match in literatureCues.matches(in: tokens, range: start..<end) {
            if match.lastToken < position {
                let between = (match.lastToken + 1)..<position
                if !between.contains(where: { Self.firstPerson.contains(tokens[$0].hash) }) { return true }
            } else if match.firstToken > position {
                // Another value between keeps the citation to it; a number glued to a word by a hyphen names
                // a setting ("0.61 in the top-50 setting (Mullenbach et al., 2018)").
                let between = (position + 1)..<match.firstToken
                if !between.contains(where: { tokens[$0].isNumber && !isHyphenatedToWord($0) }) { return true }
            }
        }
        return false
    }

    private func isHyphenatedToWord(_ position: Int) -> Bool {
        let tokens = index.tokens
        guard position > 0, !tokens[position - 1].isNumber, tokens[position - 1].line == tokens[position].line else { return false }
        let gap = index.lower[Int(tokens[position - 1].end)..<Int(tokens[position].start)]
        return gap.count == 1 && gap.first == UInt8(ascii: "-")
    }

    /// A full stop, question or exclamation mark or semicolon between two tokens, a paragraph break,
    /// or a new bullet or table row ends the sentence (an ordered item's "2." is a full stop already).
    func endsSentence(between first: Int, and second: Int) -> Bool {
        let tokens = index.tokens
        if tokens[second].line - tokens[first].line > 1 { return true }
        let gap = index.lower[Int(tokens[first].end)..<Int(tokens[second].start)]
        if let newline = gap.firstIndex(of: UInt8(ascii: "\n")) {
            let rest = gap[(newline + 1)...].drop { $0 == 0x20 || $0 == 0x3E }
            if let marker = rest.first, marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "+")
                || marker == UInt8(ascii: "|") { return true }
        }
        let stops = gap.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: ";") }
        return stops && !Self.abbreviations.contains(tokens[first].hash)
    }
}
