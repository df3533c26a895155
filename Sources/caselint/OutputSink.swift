import CaseLintKit
import Foundation

/// Where a streamed report goes. Standard output gets it in blocks as it grows; a file (`--output`)
/// is written beside itself under a temporary name and moved into place only when the report is
/// complete, so a run that fails half-way leaves the previous report untouched.
final class OutputSink {
    private static let blockSize = 64 * 1024
    private var buffer: [UInt8] = []
    private let handle: FileHandle
    private let destination: String?
    private let temporary: String?

    init(path: String?) throws {
        guard let path else {
            handle = FileHandle.standardOutput
            destination = nil
            temporary = nil
            return
        }
        try Output.checkWritable(path, what: "report")
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).caselint-\(ProcessInfo.processInfo.processIdentifier).tmp").path
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw InputError(file: path, "cannot write the report here: check that its folder exists and is writable")
        }
        self.handle = handle
        destination = path
        self.temporary = temporary
        buffer.reserveCapacity(Self.blockSize * 2)
    }

    func write(_ text: String) throws {
        // A large piece (a portfolio's thousands of findings) goes out as it is, not through the buffer.
        if text.utf8.count >= Self.blockSize {
            try flush()
            try put(Array(text.utf8))
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// `write`, for text already in bytes (a JSON report's projects).
    func write(bytes: [UInt8]) throws {
        if bytes.count >= Self.blockSize {
            try flush()
            try put(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Writes what is left and, for a file, moves it into place.
    func finish() throws {
        try flush()
        guard let destination, let temporary else { return }
        try? handle.close()
        guard rename(temporary, destination) == 0 else {
            abandon()
            throw InputError(file: destination, "cannot write the report here: check that its folder is writable")
        }
    }

    /// Drops a half-written file; standard output keeps what it already showed.
    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        try put(buffer)
    }

    private func put(_ bytes: [UInt8]) throws {
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw InputError(file: destination ?? "standard output", "cannot write the report: \(error.localizedDescription)")
        }
    }
}
