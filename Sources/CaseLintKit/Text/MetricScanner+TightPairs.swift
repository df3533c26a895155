import Foundation

/// A printed line of several results, each name right before its value, whatever words stand first:
/// "test: loss 0.2871 - acc 0.9135 - precision 0.8981 - recall 0.9718", "sisfall test  acc 0.987  f1
/// 0.962", "split=scaffold  model=RF  R2=0.62  RMSE=0.81", "AF sensitivity 0.88 [0.83–0.93]
/// specificity 0.985". Two such pairs make the line output, not prose or code: a name and a value
/// with only spaces or a colon between them, or an equals sign glued to both ("sens = 0.68" is an
/// assignment); no target or cut-off word on the line ("target auc 0.80  acc 0.75" is a wish; "n=200" is
/// a sample size, no top-n bound). A
/// call's brackets ("fit(x, auc=0.5, acc=0.4)") make it code, and a name glued to a word by an
/// underscore is an identifier.
extension MetricScanner {
    func tightPairs(_ matches: [PhraseMatcher.Match], _ tokens: [Token], line: Int) -> [(String, Token)] {
        // "Epoch: 010, Loss: 0.39, Train AUC: 0.88": a training step's progress, not a result.
        guard matches.count >= 2, !hasCall(line: line), let opening = tokens.first, !Self.trainingSteps.contains(opening.hash),
              !tokens.contains(where: { Self.bounds.contains($0.hash) && !isSampleSize($0) || cues.expectation.contains($0.hash)
                                        || cues.labels.contains($0.hash) }) else { return [] }
        let bytes = index.lower
        var pairs: [(String, Token)] = []
        for match in matches {
            let value = match.lastToken + 1
            guard value < tokens.count, tokens[value].isNumber, index.isScoreShaped(tokens[value]), !isBoundOrSpread(tokens[value]) else { continue }
            let gap = bytes[Int(tokens[match.lastToken].end)..<Int(tokens[value].start)]
            // An equals sign only glued to both ("R2=0.62"): "sens = 0.68" is an assignment.
            let glued = gap.elementsEqual([UInt8(ascii: "=")])
            guard glued || gap.allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: ":") }) && gap.filter({ $0 != 0x20 }).count <= 1
            else { continue }
            let start = Int(tokens[match.firstToken].start)
            if start > 0, bytes[start - 1] == UInt8(ascii: "_") || bytes[start - 1] == UInt8(ascii: ".") { continue }
            pairs.append((match.label, tokens[value]))
        }
        return pairs.count >= 2 ? pairs : []
    }

    /// "(n=1,904 lists)", "n = 200": a sample size, not the n of a top-n bound.
    private func isSampleSize(_ token: Token) -> Bool {
        guard token.hash == Self.sampleSizeN else { return false }
        let rest = index.lower[Int(token.end)...].prefix(3).drop { $0 == 0x20 }
        return rest.first == UInt8(ascii: "=")
    }

    static let sampleSizeN = TextIndex.hash("n".utf8)

    /// A word right before an opening bracket: "model.fit(", "print(".
    private func hasCall(line: Int) -> Bool {
        let text = index.lower[index.document.lineRanges[line - 1]]
        return text.indices.dropFirst().contains { text[$0] == UInt8(ascii: "(") && TextIndex.isWordByte(text[$0 - 1]) }
    }
}
