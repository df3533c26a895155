import Foundation

/// Metrics named with a `[[TODO]]` marker where the value goes: "Calibration slope: [[TODO]]", or a
/// results-table column whose cells are still markers. A scaffold leaves these for its author;
/// they count as the slot for the metric (the marker itself is reported by `content.placeholder`,
/// which keeps the score below ready until a number replaces it).
struct MetricSlots {
    let index: TextIndex
    /// Metric names found in the text, in token order.
    let found: [PhraseMatcher.Match]
    let window: Int

    func names() -> Set<String> {
        guard hasMarker() else { return [] }   // most READMEs hold no marker at all
        let tokens = index.tokens
        let matches = found
        var names: Set<String> = []
        // Int keys, as in `tableValues`: a new key type's first set or dictionary costs a search of
        // every conformance record.
        var byLine: [Int: [PhraseMatcher.Match]] = [:]
        for match in matches {
            byLine[Int(tokens[match.firstToken].line), default: []].append(match)
            // In a sentence or a cell: a marker a few words after the name.
            var position = match.lastToken + 1
            while position < tokens.count, position - match.lastToken <= window,
                  tokens[position].line == tokens[match.lastToken].line {
                if isMarker(tokens[position]) { names.insert(match.label); break }
                position += 1
            }
        }
        // In a table: a header cell that names a metric, over a column holding a marker.
        let document = index.document
        var line = 1
        while line <= document.lineCount {
            guard document.kinds[line - 1] == .table, let header = byLine[line] else { line += 1; continue }
            let columns = Dictionary(header.map { (Int(tokens[$0.firstToken].cell), $0.label) }, uniquingKeysWith: { first, _ in first })
            var row = line + 1
            while row <= document.lineCount, document.kinds[row - 1] == .table {
                for position in index.tokenRange(line: row) where isMarker(tokens[position]) {
                    if let name = columns[Int(tokens[position].cell)] { names.insert(name) }
                }
                row += 1
            }
            line = row
        }
        return names
    }

    /// Whether `[[` occurs anywhere: memchr jumps from one `[` to the next (a link's, mostly),
    /// where a loop looked at every byte of the README.
    func hasMarker() -> Bool {
        index.lower.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, bytes.count > 1 else { return false }
            let last = bytes.count - 1   // a `[` here has nothing after it
            var position = 0
            while position < last, let found = memchr(base + position, Int32(UInt8(ascii: "[")), last - position) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[offset + 1] == UInt8(ascii: "[") { return true }
                position = offset + 1
            }
            return false
        }
    }

    /// The word "todo" right after `[[` (spaces allowed).
    func isMarker(_ token: Token) -> Bool {
        guard token.end - token.start == 4, index.lower[Int(token.start)..<Int(token.end)].elementsEqual("todo".utf8) else { return false }
        var position = Int(token.start) - 1
        while position > 0, index.lower[position] == 0x20 { position -= 1 }
        return position > 0 && index.lower[position] == UInt8(ascii: "[") && index.lower[position - 1] == UInt8(ascii: "[")
    }
}
