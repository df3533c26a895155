import Foundation

/// Gives each finding the text of the line it points at (`Diagnostic.context`), which its
/// fingerprint hashes. The README and manifest are already in memory and only the lines that
/// findings point at are decoded; any other file a finding names (sample data, a configuration)
/// is read once, through the same guarded reader as the rest.
struct FindingContext {
    let root: URL
    private var documents: [String: MarkdownDocument] = [:]
    private var lines: [String: Lines?] = [:]
    private var unsplit: [String: [UInt8]] = [:]

    init(root: URL) { self.root = root }

    /// A file already read, so that it is not read again.
    mutating func register(_ file: String, bytes: [UInt8]?) {
        guard let bytes else { return }
        unsplit[file] = bytes
    }

    mutating func register(_ file: String, document: MarkdownDocument?) {
        guard let document else { return }
        documents[file] = document
    }

    /// The diagnostic with its context set; whole-file findings and unreadable lines keep none.
    mutating func attach(to diagnostic: Diagnostic) -> Diagnostic {
        guard !diagnostic.wholeFile, diagnostic.context == nil else { return diagnostic }
        var attached = diagnostic
        attached.context = text(of: diagnostic.file, line: diagnostic.line)
        return attached
    }

    mutating func text(of file: String, line: Int) -> String? {
        if let document = documents[file] {
            guard line >= 1, line <= document.lineCount else { return nil }
            return FindingFingerprint.normalise(document.line(line))
        }
        if lines[file] == nil, let bytes = unsplit.removeValue(forKey: file) {
            lines[file] = .some(Self.split(bytes))
        }
        if lines[file] == nil {
            switch FileReader.read(file, in: root, limit: 16 << 20) {
            case .text(let bytes, _): lines[file] = .some(Self.split(bytes))
            case .problem: lines[file] = .some(nil)
            }
        }
        guard let fileLines = lines[file] ?? nil, line >= 1, line <= fileLines.ranges.count else { return nil }
        return FindingFingerprint.normalise(String(decoding: fileLines.bytes[fileLines.ranges[line - 1]], as: UTF8.self))
    }

    /// A file's bytes and where its lines lie in them; a line is decoded when a finding points at it.
    /// (Decoding a line alone gives the same text as cutting it from the whole file decoded: a line
    /// break is an ASCII byte, which never belongs to a sequence that decoding repairs.)
    struct Lines {
        let bytes: [UInt8]
        let ranges: [Range<Int>]
    }

    /// Lines as a reader counts them: LF, CRLF or a lone CR ends one. Found on the bytes, with
    /// `memchr` when the file has no CR; the file was decoded whole and walked through its UTF-8
    /// view before, about three instructions a byte.
    static func split(_ bytes: [UInt8]) -> Lines {
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else {
                ranges.append(0..<0)
                return
            }
            let count = buffer.count
            // With no CR in the file only LF ends a line, and the next LF is one `memchr` away.
            let hasCR = memchr(base, 0x0D, count) != nil
            var start = 0
            var index = 0
            while index < count {
                if !hasCR {
                    guard let found = memchr(base + index, 0x0A, count - index) else { break }
                    index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                }
                let byte = base[index]
                guard byte == 0x0A || byte == 0x0D else {
                    index += 1
                    continue
                }
                ranges.append(start..<index)
                index += 1
                if byte == 0x0D, index < count, base[index] == 0x0A { index += 1 }
                start = index
            }
            ranges.append(start..<count)
        }
        return Lines(bytes: bytes, ranges: ranges)
    }
}
