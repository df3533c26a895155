import Foundation

/// Reads a project file defensively: never follows a link out of the project, never loads more
/// than the size limit, never fails on bad bytes (they are replaced and reported).
public enum FileReader {
    public enum Outcome: Sendable {
        /// The file's bytes as valid UTF-8; `repaired` when invalid bytes were replaced with U+FFFD.
        case text(bytes: [UInt8], repaired: Bool)
        case problem(Diagnostic)
    }

    public static let defaultLimit = 10 * 1024 * 1024

    public static func read(_ name: String, in root: URL, limit: Int = defaultLimit) -> Outcome {
        // Said to be no folder: without it, Foundation looks at the disk to decide (one more stat per file).
        let url = root.appendingPathComponent(name, isDirectory: false)
        // lstat does not follow links, so a plain file costs one call; only a link is resolved.
        var entry = FileSystemEntry.status(atPath: url.path)
        guard entry.kind != .missing else {
            return .problem(Diagnostic(rule: "file.unreadable", severity: .error,
                                       message: "\(name) cannot be read (missing permissions or it vanished).", file: name, wholeFile: true))
        }
        var target = url
        if entry.kind == .symbolicLink {
            let resolved = url.resolvingSymlinksInPath()
            let rootPath = root.resolvingSymlinksInPath().path
            guard resolved.path.hasPrefix(rootPath + "/") else {
                return .problem(Diagnostic(rule: "file.symlink", severity: .error,
                                           message: "\(name) is a link that points outside the project (or in a loop); it was not read. Replace the link with the file.",
                                           file: name, wholeFile: true))
            }
            let resolvedEntry = FileSystemEntry.status(atPath: resolved.path)
            guard resolvedEntry.kind != .missing else {
                return .problem(Diagnostic(rule: "file.unreadable", severity: .error,
                                           message: "\(name) is a broken link.", file: name, wholeFile: true))
            }
            guard resolvedEntry.kind != .symbolicLink else {
                return .problem(Diagnostic(rule: "file.symlink", severity: .error,
                                           message: "\(name) is a link in a loop; it was not read.", file: name, wholeFile: true))
            }
            entry = resolvedEntry
            target = resolved
        }
        if entry.kind == .directory {
            return .problem(Diagnostic(rule: "file.unreadable", severity: .error, message: "\(name) is a folder, not a file.", file: name, wholeFile: true))
        }
        if entry.size > limit {
            return .problem(Diagnostic(rule: "file.too-large", severity: .error,
                                       message: "\(name) is \(entry.size) bytes, over the \(limit)-byte limit; it was skipped. Raise max_readme_size in .caselint.yml or --max-readme-size if this is intended.",
                                       file: name, wholeFile: true))
        }
        // Read at most limit + 1 bytes: the file may have grown since it was measured.
        guard let bytes = FileBytes.read(atPath: target.path, expected: entry.size, atMost: limit + 1) else {
            return .problem(Diagnostic(rule: "file.unreadable", severity: .error, message: "\(name) cannot be opened.", file: name, wholeFile: true))
        }
        guard bytes.count <= limit else {
            return .problem(Diagnostic(rule: "file.too-large", severity: .error, message: "\(name) is over the \(limit)-byte limit; it was skipped.", file: name, wholeFile: true))
        }
        return outcome(of: bytes, name: name, limit: limit)
    }

    /// The same judgement for bytes already in memory (what `caselint fix` is about to write).
    static func outcome(of bytes: [UInt8], name: String, limit: Int) -> Outcome {
        guard bytes.count <= limit else {
            return .problem(Diagnostic(rule: "file.too-large", severity: .error, message: "\(name) is over the \(limit)-byte limit; it was skipped.", file: name))
        }
        if bytes.prefix(8192).contains(0) {
            return .problem(Diagnostic(rule: "file.binary", severity: .error,
                                       message: "\(name) looks like a binary file (it contains NUL bytes); save it as UTF-8 text.", file: name, wholeFile: true))
        }
        if isValidUTF8(bytes) { return .text(bytes: bytes, repaired: false) }
        return .text(bytes: Array(String(decoding: bytes, as: UTF8.self).utf8), repaired: true)
    }

    /// Whether the bytes are valid UTF-8, so that the caller can warn about replaced characters.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        // Most files are ASCII: skip that part eight bytes at a time; decode from the first byte
        // outside it (a scalar starts there, since the byte before it is ASCII).
        let asciiEnd = bytes.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset + 8 <= raw.count, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                offset += 8
            }
            while offset < raw.count, raw[offset] < 0x80 { offset += 1 }
            return offset
        }
        var iterator = bytes[asciiEnd...].makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
