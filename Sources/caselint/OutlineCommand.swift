import ArgumentParser
import CaseLintKit
import Foundation

struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Show the headings caselint sees in Markdown files.",
        discussion: """
        Text output is one heading per line: line, kind (atx, setext, html, bold), level, \
        top or nested (inside a list item or block quote), text. Bold-line candidates have level 7.
        """
    )

    @Argument(help: "The Markdown files to outline, or project folders (their README).")
    var files: [String]

    @Flag(help: "Print JSON: an array of {file, headings: [{line, lastLine, kind, level, nested, text}]}.")
    var json = false

    /// The JSON shape of one heading; kept here so the library's model stays free of output concerns.
    private struct HeadingRecord: Encodable {
        let line: Int
        let lastLine: Int
        let kind: String
        let level: Int
        let nested: Bool
        let text: String
    }

    private struct FileRecord: Encodable {
        let file: String
        let headings: [HeadingRecord]
    }

    func run() throws {
        try ExitStatus.guarding {
            try outline()
            return .success
        }
    }

    func outline() throws {
        var records: [FileRecord] = []
        for file in files {
            let url = try Self.markdownFile(file)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw InputError(file: url.path, "cannot be read: check its permissions")
            }
            let doc = MarkdownScanner.scan([UInt8](data))
            let headings = doc.headings.map {
                HeadingRecord(line: $0.line, lastLine: $0.lastLine, kind: $0.kind.rawValue, level: $0.level,
                              nested: $0.nested, text: $0.text)
            }
            records.append(FileRecord(file: file, headings: headings))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(records), as: UTF8.self))
            return
        }
        for (index, record) in records.enumerated() {
            if files.count > 1 { print("\(index > 0 ? "\n" : "")==> \(record.file) <==") }
            for h in record.headings {
                print("\(h.line)\t\(h.kind)\t\(h.level)\t\(h.nested ? "nested" : "top")\t\(h.text)")
            }
        }
    }

    /// The file itself, or for a project folder its README, found as `lint` finds it.
    static func markdownFile(_ path: String) throws -> URL {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(file: path, "no such file: give a Markdown file or a project folder")
        }
        let url = URL(fileURLWithPath: path)
        guard isFolder.boolValue else { return url }
        guard let readme = ProjectScanner.readmeName(in: url) else {
            throw InputError(file: path, "is a folder without a README.md: give a Markdown file")
        }
        return url.appendingPathComponent(readme)
    }
}
