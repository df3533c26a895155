import Foundation

/// Gives each finding the text of the line it points at (`Diagnostic.context`), which its
/// fingerprint hashes. The README and manifest are already in memory and only the lines that
/// findings point at are decoded; any other file a finding names (sample data, a configuration)
/// is read once, through the same guarded reader as the rest.
struct FindingContext {
    let root: URL
    private var documents: [String: MarkdownDocument] = [:]
    private var lines: [String: [Substring]?] = [:]
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
        guard let fileLines = lines[file] ?? nil, line >= 1, line <= fileLines.count else { return nil }
        return FindingFingerprint.normalise(String(fileLines[line - 1]))
    }

    /// Lines as a reader counts them: LF, CRLF or a lone CR ends one.
    /// Cut at the bytes, not by characters: a line break is always a character of its own, so the
    /// lines are the same.
    static func split(_ bytes: [UInt8]) -> [Substring] {
        let text = String(decoding: bytes, as: UTF8.self)
        let view = text.utf8
        var lines: [Substring] = []
        var start = view.startIndex
        var index = start
        while index != view.endIndex {
            let byte = view[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = view.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = view.index(after: index)
            if byte == 0x0D, index != view.endIndex, view[index] == 0x0A { index = view.index(after: index) }
            start = index
        }
        lines.append(text[start...])
        return lines
    }
}
