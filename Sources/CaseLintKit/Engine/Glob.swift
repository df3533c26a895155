/// A path pattern from `ignore:` in `.caselint.yml`, matched against paths relative to where
/// caselint was pointed (`portfolio/old-project`, `notes/draft.md`).
///
/// - `*` matches within one path segment, `?` one character of it, `**` any number of segments.
/// - A pattern without a `/` matches at any depth (`drafts` = `**/drafts`), as in `.gitignore`;
///   one with a `/` (or a leading `/`) is anchored at the root.
/// - A pattern that matches a folder matches everything inside it.
public struct Glob: Sendable, Equatable, CustomStringConvertible {
    public let pattern: String
    private let segments: [[Character]]

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = Substring(pattern.trimmingWhitespace)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        let anchored = text.hasPrefix("/") || text.dropLast().contains("/")
        var parts = Glob.split(text)
        if !anchored && !parts.isEmpty && parts != [["*", "*"]] { parts.insert(["*", "*"], at: 0) }
        segments = parts
    }

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        let parts = Glob.split(Substring(path))
        guard !segments.isEmpty, !parts.isEmpty else { return false }
        // reachable[j]: the pattern so far can consume exactly the first j path segments.
        var reachable = [Bool](repeating: false, count: parts.count + 1)
        reachable[0] = true
        for segment in segments {
            var next = [Bool](repeating: false, count: parts.count + 1)
            if segment == ["*", "*"] {
                var seen = false
                for j in 0...parts.count {
                    seen = seen || reachable[j]
                    next[j] = seen
                }
            } else {
                for j in 0..<parts.count where reachable[j] && Glob.matchSegment(segment, parts[j]) { next[j + 1] = true }
            }
            reachable = next
        }
        // Any prefix will do: a matched folder covers its contents.
        return reachable.dropFirst().contains(true)
    }

    /// Path segments without empty or `.` parts, so `a//b/./c/` is `a`, `b`, `c`.
    private static func split(_ text: Substring) -> [[Character]] {
        text.split(separator: "/").filter { $0 != "." }.map(Array.init)
    }

    /// `*` and `?` within one segment; `*` backtracks to the last star only, which is enough.
    private static func matchSegment(_ pattern: [Character], _ name: [Character]) -> Bool {
        var p = 0, n = 0
        var star: (p: Int, n: Int)?
        while n < name.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
                p += 1
                n += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = (p, n)
                p += 1
            } else if let last = star {
                p = last.p + 1
                n = last.n + 1
                star = (last.p, last.n + 1)
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}

private extension String {
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
