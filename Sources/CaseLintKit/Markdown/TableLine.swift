import Foundation

/// GFM table recognition. A table starts at a header row whose cell count equals that of the
/// delimiter row under it (`| --- | :-: |`); otherwise both lines are ordinary text.
extension LineText {
    /// The number of cells when this line is a valid delimiter row.
    var tableDelimiterCells: Int? {
        let body = trimmedContent
        guard body.count >= 2 else { return nil }
        let first = body[body.startIndex], second = body[body.startIndex + 1]
        let allowed: (UInt8) -> Bool = { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        // `- ` would be a list item, not a delimiter row.
        guard allowed(first), allowed(second) || isSpace(second), !(first == UInt8(ascii: "-") && isSpace(second)),
              body.allSatisfy({ allowed($0) || isSpace($0) }) else { return nil }
        let parts = body.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        var cells = 0
        for (index, part) in parts.enumerated() {
            // Trimmed by index: reversed views made the runtime build their nested generic types' metadata.
            var lower = part.startIndex, upper = part.endIndex
            while lower < upper, isSpace(part[lower]) { lower += 1 }
            while upper > lower, isSpace(part[upper - 1]) { upper -= 1 }
            let cell = part[lower..<upper]
            if cell.isEmpty {
                // Only the outer pipes may leave an empty cell.
                if index == 0 || index == parts.count - 1 { continue }
                return nil
            }
            var inner = cell[...]
            if inner.first == UInt8(ascii: ":") { inner = inner.dropFirst() }
            if inner.last == UInt8(ascii: ":") { inner = inner.dropLast() }
            guard !inner.isEmpty, inner.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            cells += 1
        }
        return cells
    }

    /// The number of cells in a header row: split at unescaped pipes, outer pipes optional.
    var tableHeaderCells: Int? {
        let body = trimmedContent
        // Asked of nearly every line, and most hold no pipe: memchr says so fastest.
        let hasPipe = body.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { memchr($0, Int32(UInt8(ascii: "|")), buffer.count) != nil } ?? false
        }
        guard hasPipe else { return nil }
        var pieces = 1
        var firstEmpty = true, lastEmpty = true
        var escaped = false
        for byte in body {
            if byte == UInt8(ascii: "|"), !escaped {
                pieces += 1
                lastEmpty = true
            } else {
                if pieces == 1 { firstEmpty = false }
                lastEmpty = false
            }
            escaped = byte == UInt8(ascii: "\\")
        }
        if firstEmpty { pieces -= 1 }
        if lastEmpty, pieces > 0 { pieces -= 1 }
        return pieces
    }
}
