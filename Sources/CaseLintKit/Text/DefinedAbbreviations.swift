import Foundation

/// Abbreviations a README defines for a metric: "Concordance Index (CI)" makes "CI" mean the
/// concordance index in that README, so a results table headed "| CI |" reports it. Authors coin
/// such short forms freely, and a fixed alias list cannot hold them all (nor should it: "CI" is a
/// confidence interval in most READMEs).
struct DefinedAbbreviations {
    /// Token hash of the abbreviation -> metric id.
    let meanings: [UInt64: String]

    /// Reads definitions of the form `<metric name> (<ABBR>)`: the abbreviation 2 to 8 characters
    /// long, with a capital letter, right after the name in parentheses on the same line.
    init(index: TextIndex, matches: [PhraseMatcher.Match]) {
        let tokens = index.tokens
        let bytes = index.document.bytes
        var meanings: [UInt64: String] = [:]
        for match in matches where match.lastToken + 1 < tokens.count {
            let name = tokens[match.lastToken], short = tokens[match.lastToken + 1]
            guard short.line == name.line, !short.isNumber else { continue }
            let (start, end) = (Int(short.start), Int(short.end))
            guard (2...8).contains(end - start), end < bytes.count, bytes[end] == UInt8(ascii: ")"),
                  bytes[Int(name.end)..<start].elementsEqual(" (".utf8) || bytes[Int(name.end)..<start].elementsEqual("(".utf8),
                  bytes[start..<end].contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { continue }
            meanings[short.hash] = match.label
        }
        self.meanings = meanings
    }

    /// The matches with every later use of a defined abbreviation added as a match of its metric,
    /// in token order. A token already inside a match keeps that match.
    func adding(to matches: [PhraseMatcher.Match], in tokens: [Token]) -> [PhraseMatcher.Match] {
        guard !meanings.isEmpty else { return matches }
        var covered = Set<Int>()
        for match in matches { covered.formUnion(match.firstToken...match.lastToken) }
        var extra: [PhraseMatcher.Match] = []
        for (position, token) in tokens.enumerated() where !covered.contains(position) {
            if let label = meanings[token.hash] { extra.append(PhraseMatcher.Match(label: label, firstToken: position, lastToken: position)) }
        }
        return extra.isEmpty ? matches : (matches + extra).sorted { $0.firstToken < $1.firstToken }
    }
}
