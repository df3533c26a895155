import Foundation

/// A printed list under a title that names its one metric, each line a label and its value:
///
///     scaffold split, negative class PR-AUC (mean over 5 seeds)
///     RF          0.612
///     XGBoost     0.655
///
/// The title names exactly one metric and reports no score, on the block's first line or in the prose
/// just above it (`expect`); each row after it opens with a word that names no metric and holds one score. The list ends at the first line that is not such a row. A title
/// or row about training ("train AUROC", "epoch 3  0.61") is progress, not a result.
struct TitledReport {
    static let trainingWords: Set<UInt64> = Set(["train", "training", "epoch", "epochs", "step", "iter", "iteration", "batch", "loss"]
        .map { TextIndex.hash($0.utf8) })

    /// The metric the current title names, while the lines read follow it.
    private var label: String?
    private var lastLine = 0

    /// A title in the prose just above the block ("PR-AUC for the minority class, scaffold split:"): the
    /// block's rows follow it from its first line (`first`), past its opening fence.
    mutating func expect(_ title: String, blockStart first: Int, fenced: Bool) {
        label = title
        lastLine = fenced ? first : first - 1
    }

    /// Reads one code line. Returns the row's value position (none for the title), or nil when the line
    /// is not part of such a list.
    mutating func read(line: Int, tokens: [Token], bytes: [UInt8], matches: [PhraseMatcher.Match],
                       isValue: (Token) -> Bool) -> [(label: String, position: Int)]? {
        // The opening fence after a title in the prose above (`expect`): passed over.
        if line == lastLine, label != nil { return [] }
        if line != lastLine + 1 { label = nil }
        lastLine = line
        if let title = Self.title(tokens, matches: matches, isValue: isValue) {
            label = title
            return []
        }
        guard let label else { return nil }
        // "grade 0 : 0.97": a whole number right after the row's first word numbers the row, it is no value.
        let values = tokens.indices.filter { tokens[$0].isNumber && isValue(tokens[$0]) && !($0 == 1 && Self.isRowNumber(tokens[$0], in: bytes)) }
        guard matches.isEmpty, values.count == 1, let first = tokens.first, !first.isNumber,
              !tokens.contains(where: { Self.trainingWords.contains($0.hash) }) else {
            self.label = nil
            return nil
        }
        return [(label, values[0])]
    }

    static func isRowNumber(_ token: Token, in bytes: [UInt8]) -> Bool {
        !bytes[Int(token.start)..<Int(token.end)].contains(UInt8(ascii: ".")) && !token.percent
    }

    /// The metric a title line names: one name, no score on the line, no training word.
    private static func title(_ tokens: [Token], matches: [PhraseMatcher.Match], isValue: (Token) -> Bool) -> String? {
        guard matches.count == 1, !tokens.contains(where: { $0.isNumber && isValue($0) }),
              !tokens.contains(where: { trainingWords.contains($0.hash) }) else { return nil }
        return matches[0].label
    }
}
