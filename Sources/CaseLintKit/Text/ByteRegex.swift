/// A rule's regular expression matched over ASCII bytes, case-insensitively, without ICU. The
/// first NSRegularExpression a process compiles sets up ICU's tables (about a tenth of a one-README
/// run), and each match bridges the sentence into an NSString; the rule packs' patterns use a small
/// part of ICU's syntax, which this reads (`ByteRegexParser`) and runs (`ByteRegexMatcher`) with
/// ICU's results on ASCII text. A pattern it cannot read, non-ASCII text and a search that runs
/// out of steps stay with NSRegularExpression.
struct ByteRegex: Sendable {
    /// Steps one search may take before it is handed to ICU: far beyond what a rule pattern needs
    /// on a sentence, far below a pathological pattern's backtracking.
    static let defaultBudget = 400_000

    let program: ByteRegexProgram
    /// Bytes every match starts with, or nil when a match may be empty.
    let firstBytes: ByteRegexSet?

    init?(_ pattern: String) {
        guard let node = ByteRegexParser.parse(pattern), let program = ByteRegexProgram(node) else { return nil }
        self.program = program
        firstBytes = node.minLength > 0 ? node.firstBytes : nil
    }

    /// The matches in `range` of `bytes` (all ASCII), which is read as the whole text (nothing before
    /// or after it is seen), as offsets from its start, in the order and with the ranges that
    /// NSRegularExpression's `matches(in:)` gives; only the first if `firstOnly`. Nil when the search
    /// took more than `budget` steps.
    func matches(in bytes: [UInt8], _ range: Range<Int>, firstOnly: Bool = false, budget: Int = defaultBudget) -> [Range<Int>]? {
        bytes.withUnsafeBufferPointer { whole in
            program.instructions.withUnsafeBufferPointer { code in
                let text = UnsafeBufferPointer(rebasing: whole[range])
                var matcher = ByteRegexMatcher(code: code, text: text, steps: budget)
                var found: [Range<Int>] = []
                var start = 0
                search: while start <= text.count {
                    var position = start
                    while position <= text.count {
                        if let firstBytes, position == text.count || !firstBytes.contains(text[position]) {
                            position += 1
                            continue
                        }
                        let end = matcher.run(from: 0, at: position, limit: text.count)
                        if end == ByteRegexMatcher.exhausted { return nil }
                        if end >= 0 {
                            found.append(position..<end)
                            if firstOnly { break search }
                            // After an empty match the next search starts one further on, as in ICU.
                            start = end > position ? end : end + 1
                            continue search
                        }
                        position += 1
                    }
                    break
                }
                return found
            }
        }
    }
}
