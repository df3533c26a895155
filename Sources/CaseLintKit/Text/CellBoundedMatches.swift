import Foundation

/// A metric's name never runs from one table cell into the next: "| ROUGE-L | F1-RadGraph |" heads
/// two columns, not one "ROUGE-L F1". A match that crosses a cell border is matched again inside
/// each cell it touched.
enum CellBoundedMatches {
    static func split(_ found: [PhraseMatcher.Match], tokens: [Token],
                      rematch: (Range<Int>) -> [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
        func crosses(_ match: PhraseMatcher.Match) -> Bool { tokens[match.firstToken].cell != tokens[match.lastToken].cell }
        guard found.contains(where: crosses) else { return found }
        var result: [PhraseMatcher.Match] = []
        for match in found {
            guard crosses(match) else { result.append(match); continue }
            var start = match.firstToken
            while start <= match.lastToken {
                var end = start
                while end < match.lastToken, tokens[end + 1].cell == tokens[start].cell { end += 1 }
                result += rematch(start..<(end + 1))
                start = end + 1
            }
        }
        return result
    }
}
