import Foundation

/// A file's bytes read with plain `open` and `read` into one buffer sized from its length:
/// Foundation's `FileHandle.read(upToCount:)` set aside a buffer of the whole size limit (10 MB)
/// for every README and manifest of a portfolio.
enum FileBytes {
    /// Up to `atMost` bytes of the file; `expected` (its size when measured) sizes the buffer.
    /// Nil when the file cannot be opened; a read error ends the bytes where it happened.
    static func read(atPath path: String, expected: Int, atMost limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        // One byte more than expected, so that a file that grew is noticed without a second buffer.
        var capacity = max(min(expected + 1, limit), 1)
        while bytes.count < limit {
            let room = min(capacity, limit) - bytes.count
            guard room > 0 else {
                capacity *= 2
                continue
            }
            let before = bytes.count
            var got = 0
            bytes.append(contentsOf: repeatElement(0, count: room))
            bytes.withUnsafeMutableBytes { buffer in
                got = readSome(descriptor, buffer.baseAddress! + before, room)
            }
            bytes.removeLast(room - max(got, 0))
            if got <= 0 { break }
        }
        return bytes
    }
}

/// The C library's `read`, named apart from `FileBytes.read`.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
