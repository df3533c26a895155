import Foundation

/// The report's line per project (path, score, threshold, counts) as a run keeps them to its end:
/// each path as its folder, kept once for all the projects it holds, and its last part packed end
/// to end; the numbers in 28 bytes. About 60 bytes a project rather than a `String` and a 72-byte
/// line each. Read back as `ReportSummary.ProjectLine`s, in report order.
///
/// The folder is kept apart because the lines are the one thing a run keeps per project to its
/// end: with the whole path packed, each of a folder's thousands of members repeated the folder,
/// and the peak memory grew with it from 10,000 projects to 20,000.
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
        /// The path's folder, a place in `folders`.
        var folder: UInt32
    }

    /// Each distinct folder part of a path (up to and with its last `/`, "" for none), in the order met.
    private var folders: [String] = []
    /// Places by the folder's bytes: `String` equality would take two spellings of one accented name as one.
    private var folderPlaces: [[UInt8]: UInt32] = [:]
    /// The last folder added: a run's projects come folder by folder, so one comparison nearly always finds it.
    private var lastFolder: (bytes: [UInt8], place: UInt32)?
    private var names = PackedStrings()
    private var numbers: [Numbers] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { numbers.count }

    public subscript(index: Int) -> ReportSummary.ProjectLine {
        let line = numbers[index]
        return ReportSummary.ProjectLine(path: names.string(at: index, after: folders[Int(line.folder)]), total: Int(line.total),
                                         minScore: line.minScore == Int32.min ? nil : Int(line.minScore),
                                         errors: Int(line.errors), warnings: Int(line.warnings), infos: Int(line.infos),
                                         portfolio: line.portfolio < 0 ? nil : Int(line.portfolio))
    }

    mutating func append(_ line: ReportSummary.ProjectLine) {
        var path = line.path
        // Read as one buffer: walking the UTF-8 view back to the `/` by its indices cost more than the rest.
        let folder = path.withUTF8 { bytes in
            // After the last `/` (one byte of UTF-8, so both parts are whole text and joined are the path).
            var cut = bytes.count
            while cut > 0, bytes[cut - 1] != UInt8(ascii: "/") { cut -= 1 }
            names.append(utf8: UnsafeBufferPointer(rebasing: bytes[cut...]))
            return place(of: UnsafeBufferPointer(rebasing: bytes[..<cut]))
        }
        numbers.append(Numbers(total: Self.clamped(line.total), minScore: line.minScore.map(Self.clamped) ?? Int32.min,
                               errors: Self.clamped(line.errors), warnings: Self.clamped(line.warnings), infos: Self.clamped(line.infos),
                               portfolio: line.portfolio.map(Self.clamped) ?? -1, folder: folder))
    }

    mutating func reserveCapacity(_ count: Int) { numbers.reserveCapacity(count) }

    /// The folder's place in `folders`, added when new. Compared by bytes: `String` equality would
    /// take two spellings of one accented name as one.
    private mutating func place(of folder: UnsafeBufferPointer<UInt8>) -> UInt32 {
        if let lastFolder, lastFolder.bytes.elementsEqual(folder) { return lastFolder.place }
        let bytes = Array(folder)
        let place: UInt32
        if let known = folderPlaces[bytes] {
            place = known
        } else {
            place = UInt32(folders.count)
            folders.append(String(decoding: bytes, as: UTF8.self))
            folderPlaces[bytes] = place
        }
        lastFolder = (bytes, place)
        return place
    }

    /// Scores are 0-100 and counts far below two billion; a number beyond is held at the edge.
    private static func clamped(_ value: Int) -> Int32 { Int32(clamping: value) }
}
