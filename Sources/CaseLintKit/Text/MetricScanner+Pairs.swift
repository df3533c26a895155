import Foundation

/// Values that belong to two names at once: an operating point ("sensitivity at 95% specificity")
/// and names paired by a slash ("Sensitivity/Specificity: 0.89/0.93").
extension MetricScanner {
    /// "@ 90%", "at 95%": a percentage or fraction after "@" or "at", just before another metric's name.
    func isOperatingPoint(_ position: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[position]
        guard index.isScoreShaped(token) else { return false }
        return followsAt(token) || position > 0 && tokens[position - 1].hash == Self.at
    }

    /// The token stands after "@", spaces allowed: "mAP@0.5", "Sensitivity @ 90%".
    func followsAt(_ token: Token) -> Bool {
        var before = Int(token.start) - 1
        while before >= 0, index.lower[before] == 0x20 { before -= 1 }
        return before >= 0 && index.lower[before] == UInt8(ascii: "@")
    }

    static let at = TextIndex.hash("at".utf8)

    /// "Sensitivity/Specificity: 0.89/0.93", "Sens/Spec of 91%/84%": two names joined by a slash take
    /// two values joined by one, in order. Keyed by the first token of each name.
    func slashPairs(_ tokens: [Token]) -> [Int: Int] {
        // Between values a percent sign may close the first: "91%/84%".
        func slashBetween(_ left: Token, _ right: Token, values: Bool = false) -> Bool {
            guard left.line == right.line else { return false }
            let gap = index.lower[Int(left.end)..<Int(right.start)].filter { $0 != 0x20 && !(values && $0 == UInt8(ascii: "%")) }
            return gap.count == 1 && gap.first == UInt8(ascii: "/")
        }
        var result: [Int: Int] = [:]
        for (first, second) in zip(names, names.dropFirst()) where slashBetween(tokens[first.lastToken], tokens[second.firstToken]) {
            guard let value = valueAfter(second, tokens, [:]), value + 1 < tokens.count, tokens[value + 1].isNumber,
                  slashBetween(tokens[value], tokens[value + 1], values: true) else { continue }
            result[first.firstToken] = value
            result[second.firstToken] = value + 1
        }
        return result
    }

    /// "catches 87% of cases (sensitivity)": a name in brackets after its clause names the one value
    /// the clause holds. Looks back to the clause's start (a comma, semicolon, "while" or the line).
    func namedAfter(_ match: PhraseMatcher.Match, _ tokens: [Token]) -> Int? {
        let bytes = index.lower
        let first = tokens[match.firstToken], last = tokens[match.lastToken]
        guard first.start > 0, bytes[Int(first.start) - 1] == UInt8(ascii: "("), Int(last.end) < bytes.count,
              bytes[Int(last.end)] == UInt8(ascii: ")") else { return nil }
        var values: [Int] = []
        var position = match.firstToken - 1
        while position >= 0, match.firstToken - position <= 12, tokens[position].line == first.line,
              !Self.clauseStarts.contains(tokens[position].hash) {
            let gap = bytes[Int(tokens[position].end)..<Int(tokens[position + 1].start)]
            if gap.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ".") }) { break }
            if index.isScoreShaped(tokens[position]) { values.append(position) }
            position -= 1
        }
        return values.count == 1 ? values[0] : nil
    }

    static let clauseStarts: Set<UInt64> = Set(["while", "whereas", "and", "but"].map { TextIndex.hash($0.utf8) })
}
