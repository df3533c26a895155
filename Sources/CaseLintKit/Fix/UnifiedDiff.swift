import Foundation

/// A unified diff (`diff -u`, three lines of context) of two versions of a file, as bytes that
/// `git apply` and `patch -p1` accept: every line keeps its own ending, so a CRLF file patches back
/// to CRLF, and a last line without a break is marked `\ No newline at end of file`.
enum UnifiedDiff {
    enum Operation: Equatable {
        case same(Int, Int), delete(Int), insert(Int)
    }

    /// - old: nil when the file is new (`--- /dev/null`). Empty when the versions are equal.
    static func render(old: [UInt8]?, new: [UInt8], path: String, context: Int = 3) -> [UInt8] {
        let a = old.map { LineEdits($0) }
        let b = LineEdits(new)
        let oldLines = a.map(Self.fullLines) ?? []
        let newLines = Self.fullLines(b)
        guard oldLines != newLines || old == nil else { return [] }
        let operations = script(oldLines, newLines)
        var out = Array("--- \(old == nil ? "/dev/null" : "a/" + path)\n+++ b/\(path)\n".utf8)
        for hunk in hunks(operations, context: context) {
            let oldStart = hunk.compactMap { op -> Int? in if case let .same(i, _) = op { return i }; if case let .delete(i) = op { return i }; return nil }.first
            let newStart = hunk.compactMap { op -> Int? in if case let .same(_, j) = op { return j }; if case let .insert(j) = op { return j }; return nil }.first
            let oldCount = hunk.filter { if case .insert = $0 { return false }; return true }.count
            let newCount = hunk.filter { if case .delete = $0 { return false }; return true }.count
            // An empty side is named by the line before it (0 at the top), as diff does.
            let oldFirst = oldCount == 0 ? Self.lineBefore(hunk, in: operations, old: true) : (oldStart ?? 0) + 1
            let newFirst = newCount == 0 ? Self.lineBefore(hunk, in: operations, old: false) : (newStart ?? 0) + 1
            out += Array("@@ -\(range(oldFirst, oldCount)) +\(range(newFirst, newCount)) @@\n".utf8)
            for op in hunk {
                switch op {
                case let .same(i, _): out += line(" ", oldLines[i])
                case let .delete(i): out += line("-", oldLines[i])
                case let .insert(j): out += line("+", newLines[j])
                }
            }
        }
        return out
    }

    static func fullLines(_ edits: LineEdits) -> [[UInt8]] {
        edits.lines.enumerated().map { index, line in
            (index == 0 ? Array(edits.bom) : []) + Array(line.content) + Array(line.ending)
        }
    }

    static func range(_ first: Int, _ count: Int) -> String { count == 1 ? "\(first)" : "\(first),\(count)" }

    static func line(_ marker: String, _ bytes: [UInt8]) -> [UInt8] {
        var out = Array(marker.utf8) + bytes
        if bytes.last != 0x0A && bytes.last != 0x0D { out += Array("\n\\ No newline at end of file\n".utf8) }
        return out
    }

    static func lineBefore(_ hunk: [Operation], in operations: [Operation], old: Bool) -> Int {
        guard let first = hunk.first, let position = operations.firstIndex(of: first) else { return 0 }
        var count = 0
        for op in operations[..<position] {
            switch op {
            case .same: count += 1
            case .delete: if old { count += 1 }
            case .insert: if !old { count += 1 }
            }
        }
        return count
    }

    /// Runs of changes with up to `context` unchanged lines around them; runs at most twice the
    /// context apart share a hunk, as in GNU diff.
    static func hunks(_ operations: [Operation], context: Int) -> [[Operation]] {
        let changed = operations.indices.filter { if case .same = operations[$0] { return false }; return true }
        guard !changed.isEmpty else { return [] }
        var groups: [ClosedRange<Int>] = []
        var start = changed[0], end = changed[0]
        for index in changed.dropFirst() {
            if index - end - 1 > 2 * context {
                groups.append(start...end)
                start = index
            }
            end = index
        }
        groups.append(start...end)
        return groups.map { group in
            Array(operations[max(0, group.lowerBound - context)...min(operations.count - 1, group.upperBound + context)])
        }
    }

    /// The shortest edit script between two line lists (Myers' O(ND) algorithm). The fixes only
    /// add lines, so D stays small and so does the trace kept for backtracking.
    static func script(_ a: [[UInt8]], _ b: [[UInt8]]) -> [Operation] {
        if a.isEmpty { return b.indices.map { .insert($0) } }
        if b.isEmpty { return a.indices.map { .delete($0) } }
        var ids: [[UInt8]: Int] = [:]
        func id(_ line: [UInt8]) -> Int {
            if let known = ids[line] { return known }
            ids[line] = ids.count
            return ids.count - 1
        }
        let x = a.map(id)
        let y = b.map(id)
        let n = x.count, m = y.count, offset = n + m + 1
        var v = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        search: for d in 0...(n + m) {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] { i += 1; j += 1 }
                v[offset + k] = i
                if i >= n, j >= m { break search }
            }
        }
        // Walk the trace back from the end, collecting operations in reverse.
        var operations: [Operation] = []
        var i = n, j = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = i - j
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousI = d == 0 ? 0 : v[offset + previousK]
            let previousJ = previousI - previousK
            while i > previousI, j > previousJ {
                i -= 1; j -= 1
                operations.append(.same(i, j))
            }
            if d > 0 {
                if i == previousI { j -= 1; operations.append(.insert(j)) } else { i -= 1; operations.append(.delete(i)) }
            }
        }
        while i > 0, j > 0 { i -= 1; j -= 1; operations.append(.same(i, j)) }
        return operations.reversed()
    }
}
