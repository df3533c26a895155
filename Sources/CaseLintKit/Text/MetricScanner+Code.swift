import Foundation

/// Results printed as text inside a code block: a fixed-width table or a console log whose lines
/// start with a metric's name and then its number ("Specificity   0.8700   0.7889", "Test AUROC: 0.83").
/// Only blocks without a programming language qualify (JSON counts as output: a saved results file,
/// `{"auroc": 0.842}`), and never an assignment or an identifier: `accuracy = 0.5` and
/// `hallucination_rate: 0.04` are code, not results.
extension MetricScanner {
    static let outputFences: Set<String> = ["", "text", "txt", "plaintext", "plain", "output", "out", "log", "console", "stdout",
                                            "none", "results", "result", "json"]
    /// Words that may stand before the name on such a line, a logger's level among them ("[INFO] Test accuracy: 0.80").
    static let qualifiers: Set<UInt64> = Set(["test", "val", "validation", "valid", "final", "mean", "overall", "train", "training",
                                              "best", "macro", "micro", "weighted", "avg", "average", "holdout", "held", "out",
                                              "external", "internal", "cv", "info", "debug", "log", "fold", "seed", "repeat",
                                              "split"].map { TextIndex.hash($0.utf8) })

    func codeValues(matcher: PhraseMatcher) -> [(String, Token)] {
        let document = index.document
        var result: [(String, Token)] = []
        var tokens: [Token] = []
        var fenceLanguage: [Int: String] = [:]
        var report = PrintedReport()
        var aligned = AlignedReport()
        var long = LongReport()
        var titled = TitledReport()
        // The line numbering the printed reports read continuity by: an indented code block's blank lines are
        // no code lines to the scanner, but they part no report ("precision  recall ...", a blank line, its rows).
        var reportLine = 0
        var lastCodeLine = 0
        for line in 1...max(document.lineCount, 1) where line <= document.lineCount && document.kinds[line - 1] == .code {
            let bridgesBlanks = lastCodeLine > 0 && !ByteText.isFence(index.lower, document.lineRanges[lastCodeLine - 1])
                && ((lastCodeLine + 1)..<line).allSatisfy { document.kinds[$0 - 1] == .blank }
            reportLine += bridgesBlanks ? 1 : 2
            lastCodeLine = line
            // The opening fence is the block's first code line or the line before it, as the scanner keeps it.
            if line == 1 || document.kinds[line - 2] != .code {
                let fenceBefore = line >= 2 && ByteText.isFence(index.lower, document.lineRanges[line - 2])
                if let title = captionName(above: fenceBefore ? line - 1 : line) {
                    titled.expect(title, blockStart: line, fenced: !fenceBefore && ByteText.isFence(index.lower, document.lineRanges[line - 1]))
                }
            }
            tokens.removeAll(keepingCapacity: true)
            TextIndex.tokenize(index.lower, document.lineRanges[line - 1], line: Int32(line), isTable: false, into: &tokens)
            // R prints "Concordance= 0.712" in an output block or in R's own ("concordance = 0.7" in
            // Python is an assignment).
            for position in tokens.indices where tokens[position].hash == Self.concordance {
                guard let value = concordanceValue(after: position, tokens) else { continue }
                let language = fenceLanguage[line] ?? openingFence(before: line, cache: &fenceLanguage)
                if Self.outputFences.contains(language) || Self.rFences.contains(language) || isConsoleOutput(line, language: language) {
                    result.append(("c_index", tokens[value]))
                }
            }
            let matches = matcher.matches(in: tokens, range: 0..<tokens.count)
            if report.read(line: reportLine, tokens: tokens, matches: matches) {
                let language = fenceLanguage[line] ?? openingFence(before: line, cache: &fenceLanguage)
                if Self.outputFences.contains(language) || isConsoleOutput(line, language: language) { result += report.values(tokens) }
                continue
            }
            let lineStart = document.lineRanges[line - 1].lowerBound
            if aligned.read(line: reportLine, lineStart: lineStart, bytes: index.lower, tokens: tokens, matches: matches) {
                let language = fenceLanguage[line] ?? openingFence(before: line, cache: &fenceLanguage)
                // "reference: GPT-4o (no RAG, API)  0.874": a row the README names a reference is not its result.
                if aligned.isRow, !cues.reference.matches(in: tokens, range: 0..<tokens.count).contains(where: { $0.firstToken == 0 }),
                   Self.outputFences.contains(language) || isConsoleOutput(line, language: language) {
                    result += aligned.values(tokens, lineStart: lineStart, bytes: index.lower) { !isBoundOrSpread($0) }
                        .filter { index.isScoreShaped($0.1) }
                }
                continue
            }
            if let rows = long.read(line: line, lineStart: lineStart, tokens: tokens, matches: matches,
                                    isValue: { index.isScoreShaped($0) && !isBoundOrSpread($0) }) {
                let language = fenceLanguage[line] ?? openingFence(before: line, cache: &fenceLanguage)
                if Self.outputFences.contains(language) || isConsoleOutput(line, language: language) {
                    result += rows.map { ($0.label, tokens[$0.position]) }
                }
                continue
            }
            if let rows = titled.read(line: line, tokens: tokens, bytes: index.lower, matches: matches,
                                      isValue: { index.isScoreShaped($0) && !isBoundOrSpread($0) }) {
                let language = fenceLanguage[line] ?? openingFence(before: line, cache: &fenceLanguage)
                if Self.outputFences.contains(language) || isConsoleOutput(line, language: language) {
                    result += rows.map { ($0.label, tokens[$0.position]) }
                }
                continue
            }
            guard tokens.count >= 2 else { continue }
            // "test_auc 0.79 | test_sens 0.68 | test_spec 0.75": each pair after the first starts where
            // the previous value ended, with only qualifiers before its name. A quoted key stands on its
            // own ({"model": "xgb", "test_auroc": 0.84}): only the words inside its quotes must qualify it.
            var from = loggerTagCount(tokens, line: line)
            let opening = from
            var found: [(String, Token)] = []
            for match in matches where match.firstToken >= from {
                // "share of no-shows captured  : 21.3%   (recall)": the name in brackets after its value.
                if let value = valueBeforeBracketedName(match, tokens) ?? valueAfterBracketedLabel(match, tokens) {
                    found.append((match.label, tokens[value]))
                    from = match.lastToken + 1
                    continue
                }
                let keyStart = quotedKeyStart(match, tokens)
                let outsideKey = { (token: Token) in keyStart.map { Int(token.start) < $0 } ?? false }
                // "fold 3  auc=0.77": a whole number may follow a qualifier (a fold's or a seed's number).
                let prefix = tokens[from..<match.firstToken]
                guard prefix.indices.allSatisfy({ outsideKey(tokens[$0]) || Self.qualifiers.contains(tokens[$0].hash)
                                                   || $0 > from && Self.qualifiers.contains(tokens[$0 - 1].hash) && tokens[$0].isNumber
                                                      && !index.isScoreShaped(tokens[$0]) })
                        || from == opening && (isLabelLine(match, tokens) || isAfterLabel(match, tokens) || isAfterPair(match, tokens)
                                               || isAfterArrow(match, tokens) || isBracketedPair(match, tokens)
                                               || match.firstToken - opening <= 2 && gluedPairs(line: line) >= 2
                                               || isGluedInPrintedRecords(match, tokens, line: line)),
                      var position = valuePosition(after: match, in: tokens) else {
                    if keyStart != nil { continue } else { break }
                }
                if keyStart != nil, tokens[position].hash == Self.score, position + 1 < tokens.count { position += 1 }
                let value = tokens[position]
                // `accuracy = 0.95` and `hallucination_rate: 0.04` are code: an assignment or an identifier;
                // a quoted key is data ("test_auroc": 0.84 in a results file, or a printed dictionary).
                let between = index.lower[Int(tokens[match.firstToken].start)..<Int(value.start)]
                guard !between.contains(UInt8(ascii: "=")) || isLogPair(between, line: line) || isPrintedBlock(around: line),
                      keyStart != nil || !between.contains(UInt8(ascii: "_")),
                      value.isNumber, index.isScoreShaped(value), !isBoundOrSpread(value) else {
                    if keyStart != nil { continue } else { break }
                }
                found.append((match.label, value))
                from = position + 1
            }
            // Pairs after words no qualifier list holds ("sisfall test  acc 0.987  f1 0.962").
            for pair in tightPairs(matches, tokens, line: line) where !found.contains(where: { $0.1.start == pair.1.start }) {
                found.append(pair)
            }
            guard !found.isEmpty else { continue }
            let language = fenceLanguage[line] ?? openingFence(before: line, cache: &fenceLanguage)
            guard Self.outputFences.contains(language) || isConsoleOutput(line, language: language) else { continue }
            result += found
        }
        return result
    }

    /// "[admetbench] seed 0: test AUROC 0.803": the tokens of a logger's tag in square brackets opening
    /// the line (at most three words), passed over like "[INFO]".
    private func loggerTagCount(_ tokens: [Token], line: Int) -> Int {
        let bytes = index.lower
        var offset = index.document.lineRanges[line - 1].lowerBound
        while offset < bytes.count, bytes[offset] == 0x20 { offset += 1 }
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "["),
              let close = bytes[offset..<index.document.lineRanges[line - 1].upperBound].firstIndex(of: UInt8(ascii: "]")) else { return 0 }
        let count = tokens.prefix { Int($0.end) <= close }.count
        // "[epoch 010] train_mse=0.3857": a training step's progress, not a result.
        guard count <= 3, !tokens.prefix(count).contains(where: { Self.trainingSteps.contains($0.hash) }) else { return 0 }
        return count
    }

    static let trainingWords: Set<UInt64> = Set(["train", "training"].map { TextIndex.hash($0.utf8) })
    static let trainingSteps: Set<UInt64> = Set(["epoch", "step", "iter", "iteration", "batch"].map { TextIndex.hash($0.utf8) })

    static let scoreSuffix = Array("_score".utf8)
    static let score = TextIndex.hash("score".utf8)

    /// `"test_auroc": 0.84`, `'auprc': 0.37`: when the name closes a quoted key followed by a colon, the
    /// offset of the key's opening quote on its line.
    private func quotedKeyStart(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Int? {
        var end = Int(tokens[match.lastToken].end)
        let bytes = index.lower
        // scikit-learn's names end in "_score": {'mean-roc_auc_score': 0.6893}.
        if bytes[end..<min(bytes.count, end + Self.scoreSuffix.count)].elementsEqual(Self.scoreSuffix) { end += Self.scoreSuffix.count }
        guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "\"") || bytes[end] == UInt8(ascii: "'") else { return nil }
        let quote = bytes[end]
        var position = end + 1
        while position < bytes.count, bytes[position] == 0x20 { position += 1 }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
        let lineStart = index.document.lineRanges[Int(tokens[match.firstToken].line) - 1].lowerBound
        var opening = Int(tokens[match.firstToken].start) - 1
        while opening >= lineStart, bytes[opening] != quote { opening -= 1 }
        return opening >= lineStart ? opening : nil
    }

    /// The token right after the name, or after a parenthesis that follows it ("PR-AUC (Avg Prec)  0.916",
    /// "Accuracy (5 classes): 0.781").
    func valuePosition(after match: PhraseMatcher.Match, in tokens: [Token]) -> Int? {
        var position = match.lastToken + 1
        guard position < tokens.count else { return nil }
        let bytes = index.lower
        var gap = Int(tokens[match.lastToken].end)
        while gap < Int(tokens[position].start), bytes[gap] == 0x20 { gap += 1 }
        if bytes[gap] == UInt8(ascii: "(") {
            let lineEnd = index.document.lineRanges[Int(tokens[position].line) - 1].upperBound
            guard let close = bytes[gap..<lineEnd].firstIndex(of: UInt8(ascii: ")")) else { return nil }
            while position < tokens.count, Int(tokens[position].start) < close { position += 1 }
        } else if Self.labelPrepositions.contains(tokens[position].hash) {
            // "positive predictive value of an alert: 0.814": a few words of what it is of, up to the colon.
            let first = position
            while position < tokens.count, position - first < 4, tokens[position].line == tokens[first].line, !tokens[position].isNumber {
                position += 1
                if position < tokens.count, bytes[Int(tokens[position - 1].end)..<Int(tokens[position].start)].contains(UInt8(ascii: ":")) {
                    return position
                }
            }
            return nil
        }
        return position < tokens.count ? position : nil
    }

    static let labelPrepositions: Set<UInt64> = Set(["of", "per", "for", "on"].map { TextIndex.hash($0.utf8) })
    static let rFences: Set<String> = ["r", "rout", "rconsole", "rout.save"]
    static let consoleFences: Set<String> = ["python", "py", "pycon", "python3", "ipython", "r", "julia"]

    /// A line a console printed in a session pasted into a code block: in a block of the language's
    /// console, a line without a prompt after a line with one (">>> scores" then "{'rouge1': 0.45}").
    private func isConsoleOutput(_ line: Int, language: String) -> Bool {
        guard Self.consoleFences.contains(language), !startsWithPrompt(line) else { return false }
        var current = line - 1
        while current >= 1, index.document.kinds[current - 1] == .code, line - current <= 40 {
            if startsWithPrompt(current) { return true }
            current -= 1
        }
        return false
    }

    /// "[medqa_us_test]  n=1273  correct=765  acc=0.6009  ci95=[0.5740, 0.6275]": a name glued to its value
    /// by "=" on a printed record, a line of two or more such pairs or one beside such a line ("[calibration]
    /// medqa ECE=0.142" under them), wherever on the line it stands.
    private func isGluedInPrintedRecords(_ match: PhraseMatcher.Match, _ tokens: [Token], line: Int) -> Bool {
        let end = Int(tokens[match.lastToken].end)
        let bytes = index.lower
        guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "="), TextIndex.isDigit(bytes[end + 1]) else { return false }
        // "Epoch 14/15  train_loss=0.211  val_acc=0.887", "[epoch 010] train_mse=0.3857": training progress.
        if tokens.prefix(3).contains(where: { Self.trainingSteps.contains($0.hash) }) { return false }
        if match.firstToken > 0, Self.trainingWords.contains(tokens[match.firstToken - 1].hash) { return false }
        if gluedPairs(line: line) >= 2 { return true }
        let document = index.document
        return [line - 1, line + 1].contains { $0 >= 1 && $0 <= document.lineCount && document.kinds[$0 - 1] == .code && gluedPairs(line: $0) >= 2 }
    }

    /// ">>> ", "... ", "In [3]:" or R's "> ".
    private func startsWithPrompt(_ line: Int) -> Bool {
        let bytes = index.document.bytes
        let range = index.document.lineRanges[line - 1]
        var offset = range.lowerBound
        while offset < range.upperBound, bytes[offset] == 0x20 { offset += 1 }
        let rest = bytes[offset..<range.upperBound]
        return rest.starts(with: Array(">>>".utf8)) || rest.starts(with: Array("...".utf8)) || rest.starts(with: Array("In [".utf8))
            || rest.starts(with: Array("> ".utf8))
    }

    /// The info string of the fence that opens the code block holding `line` ("" for indented code).
    private func openingFence(before line: Int, cache: inout [Int: String]) -> String {
        let document = index.document
        var current = line
        while current >= 1, document.kinds[current - 1] == .code {
            let range = document.lineRanges[current - 1]
            var offset = range.lowerBound
            while offset < range.upperBound, document.bytes[offset] == 0x20 { offset += 1 }
            if offset + 3 <= range.upperBound, document.bytes[offset] == UInt8(ascii: "`") || document.bytes[offset] == UInt8(ascii: "~"),
               document.bytes[offset + 1] == document.bytes[offset], document.bytes[offset + 2] == document.bytes[offset] {
                let marker = document.bytes[offset]
                while offset < range.upperBound, document.bytes[offset] == marker { offset += 1 }
                var end = offset
                while end < range.upperBound, document.bytes[end] != 0x20, document.bytes[end] != UInt8(ascii: "{") { end += 1 }
                let language = String(decoding: index.lower[offset..<end], as: UTF8.self)
                for covered in current...line { cache[covered] = language }
                return language
            }
            current -= 1
        }
        return ""
    }
}
