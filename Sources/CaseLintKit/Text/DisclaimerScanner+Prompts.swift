import Foundation

/// What a README tells a language model to do is the model's instruction, not the project's rule of
/// use: "a prompt that tells it to:" over a list with "- not give treatment advice", "with a prompt
/// that says: explain each finding and do not give a diagnosis". No labelled README has its
/// disclaimer in such an instruction; two had false ones there.
extension DisclaimerScanner {
    func isPromptInstruction(_ sentence: Range<Int>) -> Bool {
        let tokens = index.tokens
        let bytes = index.lower
        // A prompt word, then a colon within four words, in the sentence itself.
        for position in sentence where cues.classes(of: tokens[position].hash).contains(.prompt) {
            var next = position
            while next + 1 < sentence.upperBound, next - position < 4 {
                if bytes[Int(tokens[next].end)..<Int(tokens[next + 1].start)].contains(UInt8(ascii: ":")) { return true }
                next += 1
            }
        }
        return listLeadInNamesPrompt(line: Int(tokens[sentence.lowerBound].line))
    }

    /// Whether the line is a list item whose lead-in (the nearest line above it that is less indented,
    /// at most one blank line between) ends with a colon and names a prompt.
    private func listLeadInNamesPrompt(line: Int) -> Bool {
        let document = index.document
        let bytes = index.lower
        func indent(_ line: Int) -> Int {
            let range = document.lineRanges[line - 1]
            return bytes[range].prefix { $0 == 0x20 }.count
        }
        func isBlank(_ line: Int) -> Bool { bytes[document.lineRanges[line - 1]].allSatisfy { $0 == 0x20 || $0 == 0x0D } }
        // A list item at any depth: the Markdown scanner's own marker reader, on the line less its indent.
        guard LineText(slice: bytes[document.lineRanges[line - 1]].drop { $0 == 0x20 }).listMarker != nil else { return false }
        let own = indent(line)
        var above = line - 1
        while above >= 1, !isBlank(above), indent(above) >= own { above -= 1 }
        // "The system prompt says, in short:", a blank line, then the list: one blank line parts them.
        if above >= 2, isBlank(above), !isBlank(above - 1) { above -= 1 }
        guard above >= 1, !isBlank(above) else { return false }
        let lead = bytes[document.lineRanges[above - 1]]
        guard lead.last(where: { $0 != 0x20 && $0 != 0x0D }) == UInt8(ascii: ":") else { return false }
        return index.tokenRange(line: above).contains { cues.classes(of: index.tokens[$0].hash).contains(.prompt) }
    }
}
