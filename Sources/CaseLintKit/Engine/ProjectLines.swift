import Foundation

/// The report's line per project (path, score, threshold, counts) as a run keeps them to its end:
/// the paths packed end to end and the numbers in 24 bytes, about 100 bytes a project rather than
/// a `String` and a 72-byte line each. Read back as `ReportSummary.ProjectLine`s, in report order.
public struct ProjectLines: RandomAccessCollection, Sendable {
    private struct Numbers: Sendable {
        var total: Int32
        /// `Int32.min` for none.
        var minScore: Int32
        var errors: Int32
        var warnings: Int32
        var infos: Int32
        /// -1 for none.
        var portfolio: Int32
    }

    private var paths = PackedStrings()
    private var numbers: [Numbers] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { numbers.count }

    public subscript(index: Int) -> ReportSummary.ProjectLine {
        let line = numbers[index]
        return ReportSummary.ProjectLine(path: paths[index], total: Int(line.total),
                                         minScore: line.minScore == Int32.min ? nil : Int(line.minScore),
                                         errors: Int(line.errors), warnings: Int(line.warnings), infos: Int(line.infos),
                                         portfolio: line.portfolio < 0 ? nil : Int(line.portfolio))
    }

    mutating func append(_ line: ReportSummary.ProjectLine) {
        paths.append(line.path)
        numbers.append(Numbers(total: Self.clamped(line.total), minScore: line.minScore.map(Self.clamped) ?? Int32.min,
                               errors: Self.clamped(line.errors), warnings: Self.clamped(line.warnings), infos: Self.clamped(line.infos),
                               portfolio: line.portfolio.map(Self.clamped) ?? -1))
    }

    mutating func reserveCapacity(_ count: Int) { numbers.reserveCapacity(count) }

    /// Scores are 0-100 and counts far below two billion; a number beyond is held at the edge.
    private static func clamped(_ value: Int) -> Int32 { Int32(clamping: value) }
}
