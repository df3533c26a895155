import Foundation

/// `kind: identifiers` — HIPAA Safe Harbor identifiers (names with patient labels, SSNs, MRNs,
/// phone numbers, emails, addresses, dates of birth, ages over 89, member, account and device
/// numbers, IP addresses) in the README, the manifest and small sample data files.
/// Findings name the class and the place, never the value: CI logs are public.
///
/// DICOM files (`*.dcm`) are read for the patient module of their header.
///
///     match:
///       data_files: true    # also read *.csv, *.tsv, *.json, *.jsonl and *.dcm under the project (default)
public struct IdentifiersCheck: Check {
    let rule: RuleDefinition
    let dataFiles: Bool

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        dataFiles = try match.bool("data_files") ?? true
    }

    /// Data files and the manifest are read even when there is no README.
    public var readsReadme: Bool { false }

    public func evaluate(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        if let document = context.document {
            findings += perLine(context.readmeIdentifierHits, file: context.readmeFile,
                                lines: document.lineRanges, bytes: document.bytes)
        }
        if let manifest = context.manifestBytes {
            let lines = SampleRecords.lines(manifest)
            let contact = LineFlags { ReadmeIdentifiers.isOwnersLine(manifest, lines[$0], kind: nil) }
            let scanner = IdentifierScanner(bytes: manifest, lines: lines, isContactLine: { contact($0) })
            findings += perLine(scanner.scan(), file: context.manifestFile, lines: lines, bytes: manifest)
        }
        if dataFiles {
            for file in context.dataFiles {
                if file.isDicom {
                    findings += DicomIdentifiers.hits(in: file.bytes).map { hit in
                        Finding(message: message(hit), file: file.path, line: 1, column: 1, severity: hit.kind.severity)
                    }
                } else {
                    findings += perFile(SampleDataScan.hits(in: file), file: file)
                }
            }
        }
        return findings
    }

    /// README and manifest: one finding per line and class, at most 20 per class.
    func perLine(_ hits: [IdentifierHit], file: String, lines: [Range<Int>], bytes: [UInt8]) -> [Finding] {
        var seen: Set<[Int]> = []
        var perKind: [IdentifierKind: Int] = [:]
        var findings: [Finding] = []
        for hit in hits.sorted(by: { ($0.offset, $0.kind) < ($1.offset, $1.kind) }) {
            let (line, column) = IdentifierLocation.position(of: hit.offset, in: lines, bytes: bytes)
            guard seen.insert([line, IdentifierKind.allCases.firstIndex(of: hit.kind)!]).inserted else { continue }
            perKind[hit.kind, default: 0] += 1
            guard perKind[hit.kind]! <= 20 else { continue }
            findings.append(Finding(message: message(hit), file: file, line: line, column: column, severity: hit.kind.severity))
        }
        return findings
    }

    /// Data files: one finding per class, at its first place with how many values look alike. A
    /// column's own finding wins over loose matches of the same class elsewhere in the file.
    func perFile(_ hits: [IdentifierHit], file: SampleDataFile) -> [Finding] {
        guard !hits.isEmpty else { return [] }
        let lines = SampleRecords.lines(file.bytes)
        let summaries = Dictionary(grouping: hits, by: \.kind).values.map { group -> IdentifierHit in
            if let column = group.filter({ $0.column != nil }).min(by: { $0.offset < $1.offset }) { return column }
            var first = group.min { $0.offset < $1.offset }!
            first.count = group.count
            return first
        }
        return summaries.sorted { ($0.offset, $0.kind) < ($1.offset, $1.kind) }.map { hit in
            let (line, column) = IdentifierLocation.position(of: hit.offset, in: lines, bytes: file.bytes)
            return Finding(message: message(hit), file: file.path, line: line, column: column, severity: hit.kind.severity)
        }
    }

    func message(_ hit: IdentifierHit) -> String {
        var detail = ""
        if let column = hit.column, hit.count == 0 {
            detail = " in \(column)"
        } else if let column = hit.column {
            detail = " in \(column) (\(hit.count) \(hit.count == 1 ? "value" : "values"))"
        } else if hit.count > 1 {
            detail = " (\(hit.count) in this file)"
        }
        return "Possible PHI: \(hit.kind.label)\(detail) (HIPAA Safe Harbor \(hit.kind.letter)); value not shown. \(rule.message)"
    }
}
