import Foundation

/// A small data file of the project, or the first part of a large one.
public struct SampleDataFile: Sendable {
    /// Relative to the project root, with "/" separators, as findings name it.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public var fileExtension: String { (path as NSString).pathExtension.lowercased() }

    /// A DICOM file: only the start of it is read, for its header.
    public var isDicom: Bool { SampleDataFinder.dicomExtensions.contains(fileExtension) }
}

/// Finds the sample data a project commits (CSV, TSV, JSON, JSON Lines), where pasted patient
/// records end up. The walk is bounded, follows no symbolic link and skips tool folders, so a
/// repository with a virtual environment or thousands of images costs little.
public enum SampleDataFinder {
    public static let extensions: Set<String> = ["csv", "tsv", "json", "jsonl"]
    /// Scans committed as examples; their headers may still name the patient.
    public static let dicomExtensions: Set<String> = ["dcm", "dicom"]
    public static let maxFiles = 200
    public static let maxDicomFiles = 50
    public static let maxBytes = 256 * 1024
    /// The patient module sits near the start of a DICOM file, before any pixel data.
    static let maxDicomBytes = 128 * 1024
    static let maxDepth = 8
    static let maxEntries = 5_000
    static let skippedFolders: Set<String> = ["node_modules", "__pycache__", "site-packages", "venv", "bower_components"]
    /// Words in a file or folder name that declare its records generated ("data/synthea/patients.csv"):
    /// Synthea and Faker output is full of realistic names, dates and addresses by design.
    static let syntheticWords = ["synthetic", "synthea", "faker", "fake", "mock", "dummy", "simulated", "fixture"]
    /// Tool configuration, not data: package manifests and lock files hold their authors' emails.
    static let skippedFiles: Set<String> = ["package.json", "package-lock.json", "composer.json", "tsconfig.json", "jsconfig.json",
                                            "bower.json", "manifest.json", "settings.json", "launch.json", "app.json", ".eslintrc.json",
                                            "renovate.json", "vercel.json", "firebase.json", "lerna.json", "deno.json",
                                            // model files: token vocabularies map every word, "age" and "mrn" too, to numbers
                                            "vocab.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
                                            "added_tokens.json", "config.json", "generation_config.json", "preprocessor_config.json"]

    public static func files(under root: URL) -> [SampleDataFile] {
        var found: [SampleDataFile] = []
        var dicomFiles = 0
        var entries = 0
        // Plain string paths: URL arithmetic costs more than the listing itself.
        var queue: [(path: String, relative: String, depth: Int)] = [(root.path, "", 0)]
        while !queue.isEmpty, found.count < maxFiles, entries < maxEntries {
            let (folder, relative, depth) = queue.removeFirst()
            let listing = DirectoryListing.entries(of: folder)
            // A folder holding pyvenv.cfg is a Python virtual environment, whatever its name.
            if depth > 0, listing.contains(where: { $0.name == "pyvenv.cfg" }) { continue }
            for entry in listing.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
                entries += 1
                guard entries <= maxEntries, found.count < maxFiles else { break }
                let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
                // Links are never followed: a link to a folder or file outside the project is not read.
                switch entry.type {
                case .directory:
                    if depth + 1 < maxDepth, !skippedFolders.contains(entry.name), !isSynthetic(entry.name) {
                        queue.append((folder + "/" + entry.name, path, depth + 1))
                    }
                case .file where isData(entry.name) && !isSynthetic(entry.name):
                    if let bytes = prefix(of: folder + "/" + entry.name) { found.append(SampleDataFile(path: path, bytes: bytes)) }
                case .file where isDicom(entry.name) && !isSynthetic(entry.name) && dicomFiles < maxDicomFiles:
                    dicomFiles += 1
                    if let bytes = head(of: folder + "/" + entry.name, count: maxDicomBytes) {
                        found.append(SampleDataFile(path: path, bytes: bytes))
                    }
                default:
                    continue
                }
            }
        }
        return found
    }

    /// Whether an entry of a project's folder could be, or hold, sample data: a folder, or a data
    /// or DICOM file, not hidden. A project folder with none (README and manifest alone) has no
    /// sample data to find.
    static func mayLead(to entry: DirectoryListing.Entry) -> Bool {
        guard !entry.name.hasPrefix(".") else { return false }
        switch entry.type {
        case .directory: return true
        case .file: return isData(entry.name) || isDicom(entry.name)
        case .link, .other: return false
        }
    }

    static func isSynthetic(_ name: String) -> Bool {
        let lower = name.lowercased()
        return syntheticWords.contains { lower.contains($0) }
    }

    static func isData(_ name: String) -> Bool {
        extensions.contains(fileExtension(name)) && !skippedFiles.contains(name.lowercased())
    }

    /// What follows the last dot, lowercased; empty when there is none.
    static func fileExtension(_ name: String) -> String {
        name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
    }

    static func isDicom(_ name: String) -> Bool { dicomExtensions.contains(fileExtension(name)) }

    /// The first `count` bytes of a file, whatever they hold.
    static func head(of path: String, count: Int) -> [UInt8]? {
        FileBytes.read(atPath: path, expected: count, atMost: count)
    }

    /// The first `maxBytes` of a text file, cut after its last complete line; nil for binary files.
    static func prefix(of path: String) -> [UInt8]? {
        guard var bytes = FileBytes.read(atPath: path, expected: maxBytes + 1, atMost: maxBytes + 1) else { return nil }
        if bytes.prefix(8192).contains(0) { return nil }
        if bytes.count > maxBytes {
            bytes.removeLast(bytes.count - maxBytes)
            if let newline = bytes.lastIndex(of: 0x0A) { bytes.removeLast(bytes.count - newline - 1) }
        }
        return bytes
    }
}
