import ArgumentParser
import CaseLintKit
import Foundation

struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Show the headings caselint sees, and which case-study part each serves and why.",
        discussion: """
        Text output is one heading per line: line, kind (atx, setext, html, bold, numbered), level, \
        top or nested (inside a list item or block quote), text, and the part the heading serves \
        with the two strongest reasons ("-" for none). Bold-line candidates have level 7; \
        numbered ones ("1. Objective" over a line of dashes, which CommonMark reads as a list item and \
        a rule) have the level a setext heading would.
        """
    )

    @Argument(help: "The Markdown files to outline, or project folders (their README).")
    var files: [String]

    @Flag(help: "Print JSON: an array of {file, headings: [{line, lastLine, kind, level, nested, text, parts, reasons, scores}]}.")
    var json = false

    @Flag(help: "With --json, add each heading's raw section-model features per part (for Scripts/section_model_fit.py).")
    var features = false

    @Option(name: .customLong("rules"), help: "A folder of rule packs to add or override (as for lint).")
    var ruleDirectories: [String] = []

    /// The JSON shape of one heading; kept here so the library's model stays free of output concerns.
    private struct HeadingRecord: Encodable {
        let line: Int
        let lastLine: Int
        let kind: String
        let level: Int
        let nested: Bool
        let text: String
        let parts: [String]
        let reasons: [String: [String]]
        let scores: [String: Double]?
        let features: [String: [String: Double]]?
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
        let rules = try RuleSet.load(extraDirectories: ruleDirectories)
        var records: [FileRecord] = []
        for file in files {
            let url = try Self.markdownFile(file)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw InputError(file: url.path, "cannot be read: check its permissions")
            }
            let headings = OutlineExplanation.explain([UInt8](data), rules: rules).map { item in
                HeadingRecord(line: item.heading.line, lastLine: item.heading.lastLine, kind: item.heading.kind.rawValue,
                              level: item.heading.level, nested: item.heading.nested, text: item.heading.text,
                              parts: item.parts, reasons: item.reasons, scores: item.scores.map(Self.rounded),
                              features: features ? item.features.map(Self.named) : nil)
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
                let served = h.parts.isEmpty ? "-" : h.parts.map { part in
                    let why = h.reasons[part] ?? []
                    return why.isEmpty ? part : "\(part) (\(why.joined(separator: "; ")))"
                }.joined(separator: ", ")
                print("\(h.line)\t\(h.kind)\t\(h.level)\t\(h.nested ? "nested" : "top")\t\(h.text)\t\(served)")
            }
        }
    }

    private static func rounded(_ scores: [String: Double]) -> [String: Double] {
        scores.mapValues { ($0 * 1000).rounded() / 1000 }
    }

    private static func named(_ features: [String: [Double]]) -> [String: [String: Double]] {
        features.mapValues { row in
            Dictionary(uniqueKeysWithValues: SectionFeature.allCases.map { ($0.rawValue, (row[$0.index] * 10000).rounded() / 10000) })
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
