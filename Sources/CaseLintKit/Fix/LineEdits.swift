import Foundation

/// A file's bytes as lines, edited by adding lines and never by touching the ones there: a BOM,
/// every line's own ending (LF, CRLF or CR) and invalid UTF-8 all come out as they went in. New
/// lines take the file's most common ending. Lines are split as `MarkdownScanner` splits them, so
/// the line numbers of a scanned document address the same lines here.
struct LineEdits {
    struct Line {
        var content: ArraySlice<UInt8>
        var ending: ArraySlice<UInt8>
    }

    let bom: ArraySlice<UInt8>
    let lines: [Line]
    /// The ending new lines get.
    let newline: [UInt8]
    /// New lines to place after line n (0: before the first line), in the order added.
    private var insertions: [Int: [String]] = [:]
    /// Text replacing part of a line: line number, column range in bytes (0-based), new bytes.
    private var replacements: [(line: Int, range: Range<Int>, bytes: [UInt8])] = []

    init(_ bytes: [UInt8]) {
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        bom = bytes[0..<(hasBOM ? 3 : 0)]
        var lines: [Line] = []
        var start = hasBOM ? 3 : 0
        var index = start
        var counts = (lf: 0, crlf: 0, cr: 0)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                var end = index + 1
                if byte == 0x0D, end < bytes.count, bytes[end] == 0x0A {
                    end += 1
                    counts.crlf += 1
                } else if byte == 0x0D {
                    counts.cr += 1
                } else {
                    counts.lf += 1
                }
                lines.append(Line(content: bytes[start..<index], ending: bytes[index..<end]))
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < bytes.count { lines.append(Line(content: bytes[start..<bytes.count], ending: [])) }
        self.lines = lines
        if counts.crlf > counts.lf && counts.crlf >= counts.cr {
            newline = [0x0D, 0x0A]
        } else if counts.cr > counts.lf && counts.cr > counts.crlf {
            newline = [0x0D]
        } else {
            newline = [0x0A]
        }
    }

    var lineCount: Int { lines.count }

    /// The text of a 1-based line, without its ending.
    func text(_ number: Int) -> String { String(decoding: lines[number - 1].content, as: UTF8.self) }

    /// Whether a 1-based line holds only spaces and tabs (a line past the end counts as blank).
    func isBlank(_ number: Int) -> Bool {
        guard number >= 1, number <= lines.count else { return true }
        return lines[number - 1].content.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Adds `newLines` after 1-based line `line` (0: at the top, after a BOM). Several blocks added
    /// at one place keep the order they were added in.
    mutating func insert(_ newLines: [String], after line: Int) {
        precondition(line >= 0 && line <= lines.count, "insertion point outside the file")
        insertions[line, default: []].append(contentsOf: newLines)
    }

    /// Replaces bytes `range` (0-based offsets within the line's content) of a 1-based line.
    mutating func replace(line: Int, range: Range<Int>, with text: String) {
        replacements.append((line, range, Array(text.utf8)))
    }

    var hasChanges: Bool { !insertions.isEmpty || !replacements.isEmpty }

    /// The edited file. A file that ended without a line break still does; when lines are added
    /// after its last line, that line gets the file's ending so that it stays whole.
    func result() -> [UInt8] {
        var out = Array(bom)
        func emit(_ added: [String], last: Bool) {
            for (offset, text) in added.enumerated() {
                out += Array(text.utf8)
                if !(last && offset == added.count - 1 && endsWithoutBreak) { out += newline }
            }
        }
        emit(insertions[0] ?? [], last: lines.isEmpty)
        for (index, line) in lines.enumerated() {
            let number = index + 1
            var content = Array(line.content)
            for edit in replacements.filter({ $0.line == number }).sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                content.replaceSubrange(edit.range, with: edit.bytes)
            }
            out += content
            let added = insertions[number] ?? []
            let isLast = number == lines.count
            if isLast, line.ending.isEmpty, !added.isEmpty { out += newline } else { out += line.ending }
            emit(added, last: isLast)
        }
        return out
    }

    /// Whether the original file's last line has no line break after it.
    private var endsWithoutBreak: Bool { lines.last.map { $0.ending.isEmpty } ?? false }
}
