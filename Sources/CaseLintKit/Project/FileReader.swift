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
        read(name, inFolder: root.path, limit: limit)
    }

    /// `read`, with the folder as a path: a plain file costs no `URL` (making and reading one per
    /// file cost more than the file's system calls); only a link is resolved through one.
    public static func read(_ name: String, inFolder folder: String, limit: Int = defaultLimit) -> Outcome {
        let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
        // lstat does not follow links, so a plain file costs one call; only a link is resolved.
        var entry = FileSystemEntry.status(atPath: path)
        guard entry.kind != .missing else {
            return .problem(Diagnostic(rule: "file.unreadable", severity: .error,
                                       message: "\(name) cannot be read (missing permissions or it vanished).", file: name, wholeFile: true))
        }
        var target = path
        if entry.kind == .symbolicLink {
            let resolved = URL(fileURLWithPath: path, isDirectory: false).resolvingSymlinksInPath()
            let rootPath = URL(fileURLWithPath: folder, isDirectory: true).resolvingSymlinksInPath().path
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
            target = resolved.path
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
        guard let bytes = FileBytes.read(atPath: target, expected: entry.size, atMost: limit + 1) else {
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
        // memchr: a byte-by-byte test of the first 8 KB was a tenth of reading a file.
        let hasNUL = bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, min(raw.count, 8192)) != nil } ?? false }
        if hasNUL {
            return .problem(Diagnostic(rule: "file.binary", severity: .error,
                                       message: "\(name) looks like a binary file (it contains NUL bytes); save it as UTF-8 text.", file: name, wholeFile: true))
        }
        if isValidUTF8(bytes) { return .text(bytes: bytes, repaired: false) }
        return .text(bytes: Array(String(decoding: bytes, as: UTF8.self).utf8), repaired: true)
    }

    /// Whether the bytes are valid UTF-8, so that the caller can warn about replaced characters.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                // Most text is ASCII, with a dash or a quote here and there: skip ASCII eight bytes
                // at a time, and go back to that after each other character.
                while offset + 8 <= raw.count, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    offset += 8
                }
                guard offset < raw.count else { break }
                if raw[offset] < 0x80 {
                    offset += 1
                    continue
                }
                let length = sequenceLength(raw, at: offset)
                guard length > 0 else { return false }
                offset += length
            }
            return true
        }
    }

    /// The length of the well-formed UTF-8 sequence that starts at `offset` (Unicode's table 3-7:
    /// no overlong form, no surrogate, nothing past U+10FFFF), or 0 where none starts.
    private static func sequenceLength(_ raw: UnsafeRawBufferPointer, at offset: Int) -> Int {
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch raw[offset] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard offset + length <= raw.count, raw[offset + 1] >= low, raw[offset + 1] <= high else { return 0 }
        for index in 2..<length where raw[offset + index] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
