import Foundation

/// `kind: fence` — every code fence the README opens is closed. One that is not runs to the end of
/// the file (CommonMark; GitHub shows the rest of the page as one code block), so every heading after
/// it is gone and caselint, like a reader, finds no part there. Points at the opening fence and says
/// how much it swallowed. No `match:` parameters.
public struct UnclosedFenceCheck: Check {
    let rule: RuleDefinition

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
    }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let document = context.document, let opener = document.runawayFence else { return [] }
        // The empty "line" after a final newline is no line a reader sees.
        var end = document.lineCount
        if end > opener, document.lineRanges[end - 1].isEmpty { end -= 1 }
        let swallowed = end - opener
        let headings = (opener..<end).filter { Self.looksLikeHeading(document.bytes[document.lineRanges[$0]]) }.count
        let lines = swallowed == 1 ? "1 line" : "\(swallowed) lines"
        let headingText = headings == 0 ? "" : headings == 1 ? ", 1 of them a heading," : ", \(headings) of them headings,"
        return [Finding(message: "\(rule.message) Opened on line \(opener): the \(lines) after it\(headingText) show as code.",
                        file: context.readmeFile, line: opener)]
    }

    /// `## Results` as written: up to three spaces, one to six `#`, then a space.
    static func looksLikeHeading(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex, index - line.startIndex < 3, line[index] == 0x20 { index += 1 }
        let hashes = line[index...].prefix { $0 == UInt8(ascii: "#") }.count
        let after = index + hashes
        return (1...6).contains(hashes) && after < line.endIndex && line[after] == 0x20
    }
}
