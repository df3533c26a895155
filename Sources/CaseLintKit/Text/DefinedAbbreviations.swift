import Foundation

/// Abbreviations a README defines for a metric: "Concordance Index (CI)" makes "CI" mean the
/// concordance index in that README, so a results table headed "| CI |" reports it. Authors coin
/// such short forms freely, and a fixed alias list cannot hold them all (nor should it: "CI" is a
/// confidence interval in most READMEs).
struct DefinedAbbreviations {
    /// Token hash of the abbreviation -> metric id.
    let meanings: [UInt64: String]
    /// Metric short forms the README defines as something else: "AUC (Area Under the Dose-Response
    /// Curve)" is a drug-response measure there, not the ROC curve's area.
    let redefined: Set<UInt64>

    /// Reads definitions of the form `<metric name> (<ABBR>)` or `<metric name> (<ABBR>, ...)`: the
    /// abbreviation 2 to 8 characters long and shaped like one (`isAbbreviation`), right after the name
    /// in parentheses on the same line; and `<ABBR> = <metric name>` where the name's initials spell it.
    /// The short forms defined for a metric, as token hashes.
    var definedShortForms: Set<UInt64> { Set(meanings.keys) }

    init(index: TextIndex, matches: [PhraseMatcher.Match]) {
        let tokens = index.tokens
        let bytes = index.document.bytes
        var meanings: [UInt64: String] = [:]
        for match in matches where match.lastToken + 1 < tokens.count {
            let name = tokens[match.lastToken], short = tokens[match.lastToken + 1]
            guard short.line == name.line, !short.isNumber else { continue }
            let (start, end) = (Int(short.start), Int(short.end))
            // "(CI)", or "(CI, the standard metric ...)" where the parenthesis goes on to explain it.
            guard (2...8).contains(end - start), end < bytes.count,
                  bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: ";"),
                  bytes[Int(name.end)..<start].elementsEqual(" (".utf8) || bytes[Int(name.end)..<start].elementsEqual("(".utf8),
                  Self.isAbbreviation(bytes[start..<end]) else { continue }
            // The short form's letters come from the name, in order and from its first: "Concordance Index
            // (CI)", "Accuracy (Acc)"; "AUROC (PTX)" names the finding the AUROC is of, not a short form.
            let letters = bytes[start..<end].filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.map { $0 | 0x20 }
            let spelled = index.lower[Int(tokens[match.firstToken].start)..<Int(name.end)].filter { $0 >= 0x61 && $0 <= 0x7A }
            guard letters.first == spelled.first, Self.isSubsequence(letters, of: Array(spelled)) else { continue }
            meanings[short.hash] = match.label
        }
        // "CI = concordance index": the short form first, an equals sign, then the name whose words'
        // initials spell it (`initials`), on one line.
        let initials = Self.initials(index: index, matches: matches)
        for match in matches where match.firstToken >= 1 {
            let short = tokens[match.firstToken - 1], name = tokens[match.firstToken]
            guard short.line == name.line, !short.isNumber, meanings[short.hash] == nil, initials[short.hash] == match.label else { continue }
            let (start, end) = (Int(short.start), Int(short.end))
            guard bytes[end..<Int(name.start)].filter({ $0 != 0x20 }) == [UInt8(ascii: "=")],
                  Self.isAbbreviation(bytes[start..<end]) else { continue }
            meanings[short.hash] = match.label
        }
        self.meanings = meanings
        redefined = Self.redefinitions(index: index, matches: matches)
        headerInitials = initials
    }

    /// "CI", "IBS", "Acc": two capitals or more, or a capital in four characters at most. "R²(Ligand)"
    /// is a function of a capitalised word, not its short form.
    static func isAbbreviation(_ text: ArraySlice<UInt8>) -> Bool {
        let capitals = text.filter { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }.count
        return capitals >= 2 || capitals == 1 && text.count <= 4
    }

    /// Initials of the multi-word metric names the README writes out: "concordance index" anywhere
    /// lets a results table head a column "CI" (drug-target affinity tables do, with no definition).
    /// Read only in a table's header row, and only where the cell is not "95% CI" and no other cell
    /// of that row names the metric: there "CI" is the interval beside it.
    let headerInitials: [UInt64: String]

    static func initials(index: TextIndex, matches: [PhraseMatcher.Match]) -> [UInt64: String] {
        var result: [UInt64: String] = [:]
        for match in matches where (2...4).contains(match.lastToken - match.firstToken + 1) {
            let letters = (match.firstToken...match.lastToken).map { index.lower[Int(index.tokens[$0].start)] }
            guard letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            let hash = TextIndex.hash(letters)
            if result[hash] == nil { result[hash] = match.label }
        }
        return result
    }

    /// Header-row uses of `headerInitials`, as matches of their metric.
    func headerMatches(in index: TextIndex, covered: Set<Int>, named: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        guard !headerInitials.isEmpty else { return [] }
        let document = index.document, tokens = index.tokens
        var extra: [PhraseMatcher.Match] = []
        for line in stride(from: 1, through: document.lineCount, by: 1)
        where document.kinds[line - 1] == .table && (line == 1 || document.kinds[line - 2] != .table) {
            let range = index.tokenRange(line: line)
            for position in range where !covered.contains(position) {
                guard let label = headerInitials[tokens[position].hash] else { continue }
                let cell = tokens[position].cell
                let numberBefore = (range.lowerBound..<position).contains { tokens[$0].cell == cell && tokens[$0].isNumber }
                let namedBeside = named.contains { range.contains($0.firstToken) && $0.label == label }
                if !numberBefore && !namedBeside { extra.append(PhraseMatcher.Match(label: label, firstToken: position, lastToken: position)) }
            }
        }
        return extra
    }

    /// `<SHORT> (<words whose initials spell it>)` where the words name no alias of the same metric.
    static func redefinitions(index: TextIndex, matches: [PhraseMatcher.Match]) -> Set<UInt64> {
        let tokens = index.tokens
        let bytes = index.document.bytes
        var result: Set<UInt64> = []
        for match in matches where match.firstToken == match.lastToken && match.lastToken + 1 < tokens.count {
            let short = tokens[match.firstToken]
            let (start, end) = (Int(short.start), Int(short.end))
            guard (2...6).contains(end - start), bytes[start..<end].allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }),
                  end + 1 < bytes.count, bytes[end] == 0x20 || bytes[end] == UInt8(ascii: "("),
                  let open = bytes[end..<min(bytes.count, end + 2)].firstIndex(of: UInt8(ascii: "(")),
                  let close = bytes[open..<min(bytes.count, open + 120)].firstIndex(of: UInt8(ascii: ")")) else { continue }
            let inside = (match.lastToken + 1)..<tokens.count
            let words = inside.prefix { Int(tokens[$0].start) < close }
            guard words.count >= 2 else { continue }
            // The parenthesis spells the short form out (its letters are the words' initials, in order)...
            let letters = bytes[start..<end].filter { $0 >= 0x41 && $0 <= 0x5A }.map { $0 | 0x20 }
            let initials = words.map { index.lower[Int(tokens[$0].start)] }
            // Two letters at least: "F1 (full code)" qualifies the F1, it does not spell "F" out.
            guard letters.count >= 2, letters.first == initials.first, isSubsequence(letters, of: initials) else { continue }
            // ...and no alias of the same metric stands in it.
            let sameMetric = matches.contains { $0.label == match.label && words.contains($0.firstToken) }
            if !sameMetric { result.insert(short.hash) }
        }
        return result
    }

    private static func isSubsequence(_ needle: [UInt8], of haystack: [UInt8]) -> Bool {
        var position = haystack.startIndex
        for letter in needle {
            guard let found = haystack[position...].firstIndex(of: letter) else { return false }
            position = found + 1
        }
        return true
    }

    /// The matches without the short forms the README redefines, and with every use of a defined
    /// abbreviation added as a match of its metric, in token order. A token already inside a match
    /// keeps that match.
    func adding(to found: [PhraseMatcher.Match], in index: TextIndex) -> [PhraseMatcher.Match] {
        let tokens = index.tokens
        let matches = redefined.isEmpty ? found : found.filter { $0.firstToken != $0.lastToken || !redefined.contains(tokens[$0.firstToken].hash) }
        guard !meanings.isEmpty || !headerInitials.isEmpty else { return matches }
        var covered = Set<Int>()
        for match in matches { covered.formUnion(match.firstToken...match.lastToken) }
        var extra: [PhraseMatcher.Match] = []
        if !meanings.isEmpty {
            for (position, token) in tokens.enumerated() where !covered.contains(position) {
                if let label = meanings[token.hash] {
                    extra.append(PhraseMatcher.Match(label: label, firstToken: position, lastToken: position))
                    covered.insert(position)
                }
            }
        }
        extra += headerMatches(in: index, covered: covered, named: matches)
        return extra.isEmpty ? matches : (matches + extra).sorted { $0.firstToken < $1.firstToken }
    }
}
