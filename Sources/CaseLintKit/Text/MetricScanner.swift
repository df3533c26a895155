import Foundation

/// Finds metrics reported with values in one README: in the same sentence a few words on ("AUROC of
/// 0.87", "accuracy: 92%"), just before the name ("92% accuracy"), or in a table column whose header
/// names it. Longest alias first, so "average precision" is AUPRC and not precision. Numbers that
/// are bounds (`> 0.9`), spreads (`±3`), confidence levels (`95% CI`), units (`mg/dL`) or inside a
/// `[[TODO]]` marker are not values, and neither are expectations or reference rows (`MetricContext`).
/// Tables are read by column and by row (`MetricScanner+Tables`), code blocks of printed output too
/// (`MetricScanner+Code`).
struct MetricScanner {
    let index: TextIndex
    /// Metric names found in the text (aliases and the README's own short forms), in token order.
    let names: [PhraseMatcher.Match]
    let window: Int
    let file: String
    let cues: MetricCues
    /// The run of wrapped prose each line belongs to (`WrappedLines`): a name and its value may sit on
    /// two lines of one sentence.
    let runs: [Int32]

    /// The cells of the README's HTML tables on their grid (`HTMLTableGrid`), read from the file as
    /// written: the reading view has blanked their tags.
    let htmlCells: [HTMLTableCell]

    /// `defined`: short forms the README defines for a metric ("integrated Brier score (IBS)"): a
    /// labelled-only alias the README defines names its metric wherever it stands.
    init(index: TextIndex, names: [PhraseMatcher.Match], window: Int, file: String, cues: MetricCues, htmlCells: [HTMLTableCell] = [],
         defined: Set<UInt64> = []) {
        self.index = index
        // "3-axis ACC", "| ACC | 32 Hz |", "MAP, 6h min": such an alias names the metric only when a colon,
        // an equals sign or a cut-off ("mAP@0.5") follows, or a share right after it ("acc 0.893", "acc 91%"),
        // or as a table's column header ("| Model | Acc | F1 |").
        self.names = cues.labelledOnly.isEmpty ? names : names.filter { match in
            let token = index.tokens[match.firstToken]
            guard match.firstToken == match.lastToken, cues.labelledOnly.contains(token.hash), !defined.contains(token.hash) else { return true }
            let kinds = index.document.kinds
            let line = Int(token.line)
            // "mAP@0.5": a cut-off written onto the name labels it as plainly as a colon.
            let end = Int(token.end)
            if kinds[line - 1] == .table && (line == 1 || kinds[line - 2] != .table) || Self.isLabel(index.lower, after: end)
                || end < index.lower.count && index.lower[end] == UInt8(ascii: "@") {
                return true
            }
            if Self.labelsAfterQualifiers(index, from: match.lastToken) { return true }
            let next = match.lastToken + 1
            guard next < index.tokens.count, index.tokens[next].line == token.line,
                  index.lower[Int(token.end)..<Int(index.tokens[next].start)].allSatisfy({ $0 == 0x20 }) else { return false }
            return index.isPercent(index.tokens[next]) || (index.numberValue(index.tokens[next]).map { $0 <= 1 } ?? false)
        }
        self.window = window
        self.file = file
        self.cues = cues
        self.htmlCells = htmlCells
        runs = WrappedLines.runs(of: index.document)
    }

    /// "an AUROC of\n0.81", "the error was\n0.048": a value that opens the next line of a wrapped sentence,
    /// when nothing but the given joining words, spaces and emphasis stand between it and the token at
    /// `position`. Only that tight a join crosses a line break: a comma or a full stop before the break
    /// ends the clause, and a value followed by a name of its own ("**0.9585 weighted F1**") is that
    /// name's; further on, a value on the next line is as often another figure's.
    func wrappedValue(after position: Int, _ tokens: [Token], joinedBy joiners: Set<UInt64>, names starts: [Int: Int]) -> Int? {
        let line = tokens[position].line
        var next = position + 1
        while next < tokens.count, tokens[next].line == line {
            guard joiners.contains(tokens[next].hash) else { return nil }
            next += 1
        }
        guard next < tokens.count, tokens[next].line == line + 1, runs[Int(line)] == runs[Int(line) + 1] else { return nil }
        let lineEnd = index.document.lineRanges[Int(line) - 1].upperBound
        let tail = index.lower[Int(tokens[next - 1].end)..<lineEnd]
        // The joining words may open the next line instead: "specificity\nis only 0.58".
        var lead = 0
        while lead < 3, next < tokens.count - 1, tokens[next].line == line + 1, joiners.contains(tokens[next].hash),
              index.lower[Int(tokens[next].end)..<Int(tokens[next + 1].start)].allSatisfy({ $0 == 0x20 }) {
            next += 1
            lead += 1
        }
        guard tokens[next].line == line + 1, index.isScoreShaped(tokens[next]) else { return nil }
        guard tail.allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }) else { return nil }
        for following in (next + 1)..<min(next + 3, tokens.count) where starts[following] != nil { return nil }
        return next
    }

    /// "acc on test = 98.7 %": up to three words of the name's own qualifier, then a colon or an equals
    /// sign and a number, on the name's line.
    static func labelsAfterQualifiers(_ index: TextIndex, from last: Int) -> Bool {
        let tokens = index.tokens
        var position = last + 1
        while position < tokens.count, position - last <= 4, tokens[position].line == tokens[last].line {
            let gap = index.lower[Int(tokens[position - 1].end)..<Int(tokens[position].start)]
            if tokens[position].isNumber {
                return position > last + 1 && (gap.contains(UInt8(ascii: "=")) || gap.contains(UInt8(ascii: ":")))
            }
            guard gap.allSatisfy({ $0 == 0x20 }) else { return false }
            position += 1
        }
        return false
    }

    /// A colon or an equals sign after the name, spaces and emphasis allowed: "acc: 0.93", "**Acc** = 0.91".
    static func isLabel(_ bytes: [UInt8], after end: Int) -> Bool {
        var offset = end
        while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == UInt8(ascii: "*") || bytes[offset] == UInt8(ascii: "_") { offset += 1 }
        return offset < bytes.count && (bytes[offset] == UInt8(ascii: ":") || bytes[offset] == UInt8(ascii: "="))
    }

    /// Words that may join a name to its value across a line break.
    static let linkers: Set<UInt64> = Set(["of", "was", "is", "were", "are", "reached", "reaches", "achieved", "achieves",
                                          "scored", "equals", "equalled", "equaled", "about", "around", "approximately",
                                          "roughly", "nearly", "only", "just"].map { TextIndex.hash($0.utf8) })

    static let learningRate = TextIndex.hash("lr".utf8)
    static let notValuesAfter: Set<UInt64> = Set(["figure", "fig", "table", "tab", "section", "step", "steps", "epoch", "epochs",
                                                 "version", "v", "top", "k", "n", "seed", "batch", "iteration", "iterations",
                                                 "fold", "folds", "day", "days", "hour", "hours", "year", "years", "model", "models",
                                                 "than", "over", "under", "above", "below", "past", "beyond", "threshold", "nominal", "across",
                                                 // "at least 0.9", "at most 5%": a bound, like "> 0.9"; "within 20% of the dose" too.
                                                 "least", "most", "within"].map { TextIndex.hash($0.utf8) })
    /// Metrics whose value may fall below zero: a minus sign before their number is part of it ("calibration
    /// intercept -0.41"). Before other metrics' numbers it marks a difference, and other readers leave those out.
    static let signedMetrics: Set<String> = ["calibration_intercept", "r2", "mcc", "kappa", "net_benefit", "pearson", "spearman"]

    /// "-0.41", "−0.41", "(-0.41": a minus sign glued to the number and not to a word or number before it
    /// ("0.82-0.91" is a range).
    func hasMinusSign(_ token: Token) -> Bool {
        guard let sign = gluedSign(before: token), sign.minus else { return false }
        return sign.start == 0 || !TextIndex.isWordByte(index.lower[sign.start - 1])
    }

    /// Where a sign glued to the token starts and whether it is a minus: "+0.043", "-0.01", "−0.01" (U+2212).
    func gluedSign(before token: Token) -> (start: Int, minus: Bool)? {
        let start = Int(token.start), bytes = index.lower
        if start >= 1, bytes[start - 1] == UInt8(ascii: "+") { return (start - 1, false) }
        if start >= 1, bytes[start - 1] == UInt8(ascii: "-") { return (start - 1, true) }
        if start >= 3, bytes[start - 3] == 0xE2, bytes[start - 2] == 0x88, bytes[start - 1] == 0x92 { return (start - 3, true) }
        return nil
    }

    /// Words of `notValuesAfter` that make a bound or a cut-off even across a colon ("threshold: 0.5").
    static let bounds: Set<UInt64> = Set(["than", "over", "under", "above", "below", "past", "beyond", "threshold", "nominal", "least", "most",
                                         "top", "k", "n", "seed", "batch", "v", "version"].map { TextIndex.hash($0.utf8) })
    static let notValuesBefore: Set<UInt64> = Set(["ci", "confidence", "fold", "folds", "epochs", "epoch", "th", "patients",
                                                  "images", "samples", "cases", "classes", "features",
                                                  "percentile", "gb", "mb", "target", "targets", "goal"].map { TextIndex.hash($0.utf8) })
    /// A unit after a number usually marks a measurement ("glucose above 180 mg/dL"), but right after
    /// the metric's name it is the metric's own unit: "RMSE 19.8 mg/dL", "latency 12 seconds".
    static let units: Set<UInt64> = Set(["ms", "s", "seconds", "minutes", "mg", "dl", "mmol", "kg", "cm", "mm", "bpm",
                                         "mmhg", "hours", "days", "weeks", "years"].map { TextIndex.hash($0.utf8) })
    /// "9.8 patients" close after an error's name is the error's unit: a count is never a decimal.
    static let countNouns: Set<UInt64> = Set(["patients", "images", "samples", "cases"].map { TextIndex.hash($0.utf8) })
    static let periods: Set<UInt64> = Set(["day", "hour", "week", "year"].map { TextIndex.hash($0.utf8) })
    static let per = TextIndex.hash("per".utf8)
    static let measuredBy: Set<UInt64> = Set(["by", "with", "using", "via", "from", "per", "of", "on", "in", "at", "for", "to",
                                             "against", "than", "vs", "versus"].map { TextIndex.hash($0.utf8) })
    static let contrasts: Set<UInt64> = Set(["but", "whereas", "although", "though"].map { TextIndex.hash($0.utf8) })
    /// A duration after a whole number is a horizon or a span ("AUC at 5 years", "30 days"); after a
    /// decimal, right after the name, it is an error's unit ("MAE 1.9 days").
    static let horizonUnits: Set<UInt64> = Set(["y", "yr", "yrs", "year", "years", "mo", "month", "months", "d", "day", "days",
                                               "h", "hr", "hrs", "hour", "hours", "wk", "week", "weeks"].map { TextIndex.hash($0.utf8) })
    static let durations: Set<UInt64> = Set(["hours", "days", "weeks", "years"].map { TextIndex.hash($0.utf8) })

    func scan() -> [MetricFact] {
        let tokens = index.tokens
        let context = MetricContext(index: index, names: names, expectationCues: cues.expectation, labelCues: cues.labels,
                                    referenceCues: cues.reference, literatureCues: cues.literature)
        let matchStarts = Dictionary(names.map { ($0.firstToken, $0.lastToken) }, uniquingKeysWith: { first, _ in first })
        var facts: [MetricFact] = []
        var seen: Set<String> = []
        // "| Parameter | Value | Source |": a model's inputs, taken from elsewhere, are not its results.
        let inputRows = inputTableRows()
        // `worked`: a share worked out from counts ("171 of 180 falls"), in place of the token's own number.
        func add(_ name: String, _ token: Token, at position: Int?, worked: Double? = nil) {
            guard !context.isExpectation(line: Int(token.line)), position.map({ !context.isReference($0) && !context.isLiterature($0) }) ?? true,
                  !isTableHeader(line: Int(token.line)), !inputRows.contains(Int(token.line)), position == nil || !isInQuestion(token),
                  var value = worked ?? index.numberValue(token) else { return }
            if worked == nil, Self.signedMetrics.contains(name), hasMinusSign(token) { value = -value }
            let key = "\(name)|\(value)|\(token.line)"
            if facts.count < 200, seen.insert(key).inserted {
                let written = index.lower[Int(token.start)..<Int(token.end)]
                let decimals = worked != nil ? 3 : index.hasDecimalComma(token)
                    ? written.count - 1 - (written.lastIndex(of: UInt8(ascii: ",")).map { $0 - written.startIndex } ?? written.count - 1)
                    : ValueAgreement.decimals(written: written)
                facts.append(MetricFact(name: name, value: value, percent: index.isPercent(token), line: Int(token.line), file: file,
                                        decimals: decimals))
            }
        }
        let paired = slashPairs(tokens).merging(respectivelyPairs(tokens)) { slash, _ in slash }
        var unresolved: [PhraseMatcher.Match] = []
        for match in names {
            // A difference of the metric gives none of its values, but the levels it went between do.
            if namesDifference(match, tokens) {
                if let value = valueBefore(match, tokens) ?? valueAfter(match, tokens, matchStarts) ?? valueFurtherOn(match, tokens, matchStarts),
                   isLevelOfChange(value, tokens) {
                    add(match.label, tokens[value], at: value)
                }
                continue
            }
            if let value = paired[match.firstToken] ?? namedAfter(match, tokens) {
                add(match.label, tokens[value], at: value)
            } else if match.firstToken >= 2, isOperatingPoint(match.firstToken - 1, tokens),
                      tokens[match.firstToken - 1].line == tokens[match.firstToken].line {
                // "at 95% specificity", "@ 90% specificity": the operating point is this name's value.
                add(match.label, tokens[match.firstToken - 1], at: match.firstToken - 1)
            } else if let value = valueAfter(match, tokens, matchStarts) ?? valueBefore(match, tokens)
                        ?? valueFurtherOn(match, tokens, matchStarts) {
                add(match.label, tokens[value], at: value)
            } else if let value = valueInNextSentence(match, tokens, matchStarts, context: context) {
                add(match.label, tokens[value], at: value)
            } else if !context.isExpectation(line: Int(tokens[match.firstToken].line)) {
                unresolved.append(match)
            }
        }
        for (name, position) in leadInListValues(unresolved, tokens, context: context) { add(name, tokens[position], at: position) }
        let shares = shareValues(tokens)
        for position in shares.percents { add("sensitivity", tokens[position], at: position) }
        for (position, value) in shares.fractions { add("sensitivity", tokens[position], at: position, worked: value) }
        for position in accuracyValues(tokens) + correctShareValues(tokens) { add("accuracy", tokens[position], at: position) }
        for position in alertPrecisionValues(tokens) { add("ppv", tokens[position], at: position) }
        for (name, position) in tableValues() { add(name, tokens[position], at: position) }
        for (name, position) in calibrationPartValues(tokens) { add(name, tokens[position], at: position) }
        for position in concordanceValues(tokens) { add("c_index", tokens[position], at: position) }
        for position in calibrationRateValues(tokens, context: context) { add("calibration", tokens[position], at: position) }
        for (name, position) in htmlTableValues(htmlCells) { add(name, tokens[position], at: position) }
        for (name, token) in codeValues(matcher: cues.matcher) { add(name, token, at: nil) }
        return facts.sorted { ($0.line, $0.name) < ($1.line, $1.name) }
    }

    func isPlausible(_ token: Token, at position: Int, _ tokens: [Token], distance: Int) -> Bool {
        guard token.isNumber, !isBoundOrSpread(token), !isInsideMarker(token), !isMasked(token), !isPartOfName(token),
              !isRoundTheClock(token) else { return false }
        // Neighbours count only within the same line and, in a table, the same cell.
        func neighbour(_ other: Int) -> Token? {
            guard other >= 0, other < tokens.count, tokens[other].line == token.line, tokens[other].cell == token.cell else { return nil }
            return tokens[other]
        }
        let isDecimal = index.lower[Int(token.start)..<Int(token.end)].contains(UInt8(ascii: "."))
        if let next = neighbour(position + 1),
           Self.notValuesBefore.contains(next.hash) && !(distance <= 4 && isDecimal && Self.countNouns.contains(next.hash))
            || distance > 2 && Self.units.contains(next.hash) || Self.durations.contains(next.hash) && !isDecimal {
            return false
        }
        // "Integrated Brier score (0–5 y)": whole numbers spanning a time are a horizon, not a value
        // (either end of the span, joined by a hyphen or an en dash).
        func spans(_ first: Token, _ second: Token) -> Bool {
            let gap = index.lower[Int(first.end)..<Int(second.start)]
            return gap.contains(UInt8(ascii: "-"))
                || gap.indices.dropLast(2).contains { gap[$0] == 0xE2 && gap[$0 + 1] == 0x80 && gap[$0 + 2] == 0x93 }
        }
        if !isDecimal, let next = neighbour(position + 1), next.isNumber, let unit = neighbour(position + 2),
           Self.horizonUnits.contains(unit.hash), spans(token, next) {
            return false
        }
        if !isDecimal, let previous = neighbour(position - 1), previous.isNumber, let unit = neighbour(position + 1),
           Self.horizonUnits.contains(unit.hash), spans(previous, token) {
            return false
        }
        // "MAE per day = 9.8": "per" makes the period a rate's unit, not a horizon before the value.
        // "... of the correct section: 0.84": after a colon the word before is a label, not a number's noun.
        // "(lr = 0.001)": a learning rate's own value ("LR 0.91" is logistic regression's score).
        if let previous = neighbour(position - 1), previous.hash == Self.learningRate,
           index.lower[Int(previous.end)..<Int(token.start)].contains(UInt8(ascii: "=")) { return false }
        if let previous = neighbour(position - 1), Self.notValuesAfter.contains(previous.hash),
           neighbour(position - 2)?.hash != Self.per || !Self.durations.contains(previous.hash) && !Self.periods.contains(previous.hash),
           Self.bounds.contains(previous.hash) || !index.lower[Int(previous.end)..<Int(token.start)].contains(UInt8(ascii: ":")) {
            return false
        }
        // "mAP@0.5", "Recall@10", "Sensitivity @ 90% specificity": a cut-off or operating point, not the value.
        if followsAt(token) { return false }
        // "precision at 15 reached 0.39": a whole number just after the name and "at" is the cut-off too.
        if distance == 2, neighbour(position - 1)?.hash == Self.at, !isDecimal, !index.isPercent(token) { return false }
        if index.isScoreShaped(token) { return true }
        // A bare whole number counts only right after the name ("MAE 4", "RMSE = 12"), never a year, and
        // never a count of a count or its total ("Sensitivity: Standard (3 of 4 windows)" is a setting).
        guard distance <= 2, let value = index.numberValue(token), !isCountOfCount(position, tokens),
              !(1...2).contains(where: { position >= $0 && countOfCountTotal(position - $0, tokens) == position }) else { return false }
        return value < 1900
    }

    /// The value within the window after the name; `starts` maps each name's first token to its last.
    func valueAfter(_ match: PhraseMatcher.Match, _ tokens: [Token], _ starts: [Int: Int]) -> Int? {
        let line = tokens[match.lastToken].line
        var position = match.lastToken + 1
        var distance = 1
        if let wrapped = wrappedValue(after: match.lastToken, tokens, joinedBy: Self.linkers, names: starts), isPlausible(tokens[wrapped], at: wrapped, tokens, distance: wrapped - match.lastToken) {
            return wrapped
        }
        while position < tokens.count, distance <= window, tokens[position].line == line {
            if let last = starts[position] {
                // "Sensitivity @ 90% specificity: 0.61", "sensitivity at 95% specificity of 0.48": the other
                // name fixes the operating point, the value after it is this name's.
                guard position >= 2, isOperatingPoint(position - 1, tokens) else { return nil }
                distance += last - position + 1
                position = last + 1
                continue
            }
            // "0.873 ROC-AUC and 0.41 PR-AUC": a value right before the next name is that name's.
            if starts[position + 1] != nil, tokens[position + 1].line == line, index.isScoreShaped(tokens[position]),
               index.lower[Int(tokens[position].end)..<Int(tokens[position + 1].start)].allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "%") }) {
                // "Sensitivity 0.41 specificity 0.88": pairs written name first, since the next name has
                // a value of its own right after it; the value right after this name is this name's.
                if distance == 1, let nextLast = starts[position + 1], hasValueRightAfter(nextLast, tokens) { return position }
                guard isOperatingPoint(position, tokens) else { return nil }
                position += 1
                distance += 1
                continue
            }
            // "We did not compute the AUROC. This is 0.5 for a random model.": a new sentence is not the name's.
            if !tokens[position].isNumber, endsSentence(after: position - 1) { return nil }
            // "Novelty is 100% by exact match, but 6.2% of generated molecules ...": a contrast opens a clause of its own.
            if Self.contrasts.contains(tokens[position].hash) { return nil }
            // "Sensitivity: 22 of 23 participants with AF (95.7%)": a count of a count; its share, if bracketed, is the value.
            if let total = countOfCountTotal(position, tokens) {
                return distance == 1 ? bracketedShare(after: total, tokens) ?? equalsShare(after: total, tokens) : nil
            }
            if isPlausible(tokens[position], at: position, tokens, distance: distance) { return position }
            position += 1
            distance += 1
        }
        return nil
    }

    /// A full stop, question or exclamation mark and a space after the token, before a word that opens
    /// with a capital in the file ("AUROC. This", not "vs. 0.80" or "approx. 0.9").
    func endsSentence(after position: Int) -> Bool {
        let tokens = index.tokens
        guard position + 1 < tokens.count else { return false }
        let start = Int(tokens[position].end), next = Int(tokens[position + 1].start)
        let gap = index.lower[start..<next]
        guard let first = gap.first, first == UInt8(ascii: ".") || first == UInt8(ascii: "?") || first == UInt8(ascii: "!"),
              gap.dropFirst().first == 0x20 else { return false }
        let opening = index.document.bytes[next]
        return opening >= UInt8(ascii: "A") && opening <= UInt8(ascii: "Z")
    }

    /// Whether a score-shaped number follows the name ending at `last` on its line, with nothing but
    /// spaces, a colon or an equals sign between them.
    func hasValueRightAfter(_ last: Int, _ tokens: [Token]) -> Bool {
        let next = last + 1
        guard next < tokens.count, tokens[next].line == tokens[last].line, tokens[next].cell == tokens[last].cell,
              index.isScoreShaped(tokens[next]) else { return false }
        return index.lower[Int(tokens[last].end)..<Int(tokens[next].start)]
            .allSatisfy { $0 == 0x20 || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "=") }
    }

    /// "92% accuracy", "0.87 AUROC", "0.72 frame accuracy": a decimal or a percentage right before the
    /// name, or before one word that qualifies it, in its cell.
    func valueBefore(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Int? {
        var position = match.firstToken - 1
        guard position >= 0 else { return nil }
        if !tokens[position].isNumber, position > 0, tokens[position - 1].isNumber, tokens[position].line == tokens[match.firstToken].line {
            // "0.72 frame accuracy" qualifies the name; "Novelty is 100% by exact match" measures something else by it.
            if Self.measuredBy.contains(tokens[position].hash) { return nil }
            position -= 1
        }
        let token = tokens[position]
        let name = tokens[match.firstToken]
        // "... gets 94%\naccuracy": a value that ends a wrapped line right before the name opening the next.
        let wrapped = token.line + 1 == name.line && position + 1 == match.firstToken && runs[Int(token.line)] == runs[Int(name.line)]
        guard token.line == name.line && token.cell == name.cell || wrapped else { return nil }
        guard index.isScoreShaped(token) else { return nil }
        // "### 6.1 Accuracy of drafts": the number opening a heading is the section's.
        if index.document.kinds[Int(token.line) - 1] == .heading, position == index.tokenRange(line: Int(token.line)).lowerBound { return nil }
        // "3-axis acc", "5-fold accuracy": a number hyphenated to the word after it modifies that word.
        let end = Int(token.end)
        if end + 1 < index.lower.count, index.lower[end] == UInt8(ascii: "-"), TextIndex.isWordByte(index.lower[end + 1]),
           !(index.lower[end + 1] >= 0x30 && index.lower[end + 1] <= 0x39) {
            return nil
        }
        // "kappa = 0.72. MCC: 0.66": a value that ends a sentence or a clause belongs before it.
        let gap = index.lower[Int(token.end)..<Int(name.start)]
        guard !gap.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") }) else { return nil }
        return isPlausible(token, at: position, tokens, distance: 1) ? position : nil
    }
}
