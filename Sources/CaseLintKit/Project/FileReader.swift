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
        let url = root.appendingPathComponent(name)
        // attributesOfItem does not follow links, so a plain file costs one stat; only a link is resolved.
        guard var attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else {
            return .problem(Diagnostic(rule: "file.unreadable", severity: .error,
                                       message: "\(name) cannot be read (missing permissions or it vanished).", file: name, wholeFile: true))
        }
        var target = url
        if attributes[.type] as? FileAttributeType == .typeSymbolicLink {
            let resolved = url.resolvingSymlinksInPath()
            let rootPath = root.resolvingSymlinksInPath().path
            guard resolved.path.hasPrefix(rootPath + "/") else {
                return .problem(Diagnostic(rule: "file.symlink", severity: .error,
                                           message: "\(name) is a link that points outside the project (or in a loop); it was not read. Replace the link with the file.",
                                           file: name, wholeFile: true))
            }
            guard let resolvedAttributes = try? FileManager.default.attributesOfItem(atPath: resolved.path) else {
                return .problem(Diagnostic(rule: "file.unreadable", severity: .error,
                                           message: "\(name) is a broken link.", file: name, wholeFile: true))
            }
            guard resolvedAttributes[.type] as? FileAttributeType != .typeSymbolicLink else {
                return .problem(Diagnostic(rule: "file.symlink", severity: .error,
                                           message: "\(name) is a link in a loop; it was not read.", file: name, wholeFile: true))
            }
            attributes = resolvedAttributes
            target = resolved
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            return .problem(Diagnostic(rule: "file.unreadable", severity: .error, message: "\(name) is a folder, not a file.", file: name, wholeFile: true))
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            return .problem(Diagnostic(rule: "file.too-large", severity: .error,
                                       message: "\(name) is \(size) bytes, over the \(limit)-byte limit; it was skipped. Raise max_readme_size in .caselint.yml or --max-readme-size if this is intended.",
                                       file: name, wholeFile: true))
        }
        guard let handle = FileHandle(forReadingAtPath: target.path) else {
            return .problem(Diagnostic(rule: "file.unreadable", severity: .error, message: "\(name) cannot be opened.", file: name, wholeFile: true))
        }
        defer { try? handle.close() }
        // Read at most limit + 1 bytes: the file may have grown since it was measured.
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        guard data.count <= limit else {
            return .problem(Diagnostic(rule: "file.too-large", severity: .error, message: "\(name) is over the \(limit)-byte limit; it was skipped.", file: name, wholeFile: true))
        }
        return outcome(of: [UInt8](data), name: name, limit: limit)
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
        var iterator = bytes.makeIterator()
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
