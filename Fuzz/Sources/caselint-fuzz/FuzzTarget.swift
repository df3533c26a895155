import CaseLintKit
import Foundation

/// What each fuzz target feeds its input to. Each runs the library the way `caselint lint` does on
/// such a file, so a crash, a leak or a slow input here is one a user's file could cause. A thrown
/// error other than `InputError` counts as a crash where the CLI would report it as input: every
/// bad file must get a clear exit-2 style message.
enum FuzzTarget: String, CaseIterable {
    case markdown, manifest, config, frontmatter, dicom, sampledata, regex

    /// The built-in rules, parsed once per process (what `caselint lint` starts with).
    nonisolated(unsafe) static var ruleSet: RuleSet!
    nonisolated(unsafe) static var linter: Linter!
    /// The built-in rules' patterns, compiled once, for the `regex` target.
    nonisolated(unsafe) static var patterns: [NSRegularExpression] = []

    /// A folder that does not exist: the lint reads the README and manifest from memory, and finds
    /// no data files, links or other project files on disk.
    static let project = Project(path: "fuzz-project", root: URL(fileURLWithPath: "/nonexistent/caselint-fuzz-project"),
                                 readme: "README.md", manifest: nil)
    static let projectWithManifest = Project(path: "fuzz-project", root: URL(fileURLWithPath: "/nonexistent/caselint-fuzz-project"),
                                             readme: "README.md", manifest: "case-study.yaml")
    /// A short README beside a fuzzed manifest: enough for the consistency rules to compare the two.
    static let smallReadme = Array("""
        # Sepsis early warning

        ## Problem
        Sepsis is missed on the ward. Not for clinical use.

        ## Evaluation
        AUROC 0.81 on 2,000 held-out admissions.
        """.utf8)

    func prepare() {
        do {
            Self.ruleSet = try RuleSet.load()
        } catch {
            fatalError("the built-in rules do not load: \(error)")
        }
        Self.linter = Linter(ruleSet: Self.ruleSet)
        Self.patterns = Set(Self.ruleSet.rules.flatMap { $0.check.textPatterns.map(\.source) }).sorted().map { pattern in
            do { return try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) } catch {
                fatalError("a built-in pattern does not compile: \(pattern)")
            }
        }
    }

    func run(_ bytes: [UInt8]) {
        switch self {
        case .markdown: Self.markdown(bytes)
        case .manifest: Self.manifest(bytes)
        case .config: Self.config(bytes)
        case .frontmatter: Self.frontMatter(bytes)
        case .dicom: Self.dataFile(SampleDataFile(path: "scans/image.dcm", bytes: bytes))
        case .sampledata:
            // One input, read as each format: CSV and TSV split columns, JSON and JSONL share a reader.
            for name in ["data/sample.csv", "data/sample.tsv", "data/sample.json"] {
                Self.dataFile(SampleDataFile(path: name, bytes: bytes))
            }
        case .regex: Self.regex(bytes)
        }
    }

    /// The byte matcher against ICU. "PATTERN\0TEXT": that pattern on that text; without a NUL, the
    /// first byte picks a built-in pattern and the rest is its text. One pattern per input keeps an
    /// execution cheap (every pattern on every input ran at about 30 per second under ASan), and
    /// the fuzzer's coverage feedback then steers the choice of pattern as well as the text.
    /// Bytes are folded into ASCII (the linter hands the byte matcher ASCII text only).
    static func regex(_ bytes: [UInt8]) {
        let ascii = bytes.map { $0 & 0x7F }
        // Foundation keeps a copy of each pattern over 256 characters it compiles (see
        // Fuzz/lsan-suppressions.txt): longer fuzzed patterns are not compiled per input.
        if let split = bytes.firstIndex(of: 0), split <= 256 {
            let pattern = String(decoding: ascii[..<split], as: UTF8.self)
            if let difference = ByteRegexDifferential.disagreement(pattern: pattern, text: Array(ascii[(split + 1)...])) {
                fatalError(difference)
            }
        } else if let selector = bytes.first, !bytes.contains(0) {
            let regex = patterns[Int(selector) % patterns.count]
            if let difference = ByteRegexDifferential.disagreement(regex, text: Array(ascii.dropFirst())) { fatalError(difference) }
        }
    }

    /// The README as `caselint lint` reads it: the byte checks, the scanner, front matter, the
    /// section outline, the disclaimer and metric scanners, and every built-in rule.
    static func markdown(_ bytes: [UInt8]) {
        let result = linter.lint(project, configuration: .empty, replacing: ["README.md": bytes])
        check(result)
        // The scanner's own contract, beyond what the rules happen to read.
        let document = MarkdownScanner.scan(bytes)
        precondition(document.kinds.count == document.lineCount, "a line kind for every line")
        for section in document.sections() {
            if let body = section.bodyLines { precondition(body.upperBound <= document.lineCount, "a section ends inside the file") }
        }
        for heading in document.headings {
            precondition(heading.line >= 1 && heading.lastLine <= document.lineCount && heading.line <= heading.lastLine, "heading lines in range")
        }
    }

    /// `case-study.yaml`: the guarded YAML loader, the typed reader, the renames `caselint fix`
    /// offers, and the manifest and consistency rules beside a small README.
    static func manifest(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = ManifestLoader.load(text: text, file: "case-study.yaml")
        _ = ManifestLoader.keyRenames(text: text, file: "case-study.yaml")
        let result = linter.lint(projectWithManifest, configuration: .empty,
                                 replacing: ["README.md": smallReadme, "case-study.yaml": bytes])
        check(result)
    }

    /// `.caselint.yml`: a configuration either loads or stops the run with an `InputError`.
    static func config(_ bytes: [UInt8]) {
        do {
            let configuration = try ConfigurationLoader.load(text: String(decoding: bytes, as: UTF8.self), file: ".caselint.yml")
            _ = configuration.unknownRuleDiagnostics(knownRuleIDs: ruleSet.ruleIDs, knownPacks: Set(ruleSet.packs.map(\.name)))
            for rule in ruleSet.rules { _ = configuration.effectiveSeverity(of: rule.definition) }
        } catch is InputError {
        } catch {
            fatalError("the configuration loader threw \(type(of: error)), not an InputError: \(error)")
        }
    }

    /// README front matter: read directly, and found by the scanner between `---` lines.
    static func frontMatter(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = ManifestLoader.frontMatter(text: text, file: "README.md", firstLine: 2)
        let wrapped = Array("---\n".utf8) + bytes + Array("\n---\n# Title\n".utf8)
        if let found = MarkdownScanner.scan(wrapped).frontMatter {
            _ = ManifestLoader.frontMatter(text: found.text, file: "README.md", firstLine: found.firstLine + 1)
        }
    }

    /// One data file through the identifiers rule, as the privacy pack reads a project's files.
    static func dataFile(_ file: SampleDataFile) {
        let context = LintContext(document: nil, manifestNode: nil, vocabulary: ruleSet.vocabulary)
        context.dataFiles = [file]
        for rule in ruleSet.rules where rule.definition.kind == "identifiers" {
            for finding in rule.check.evaluate(context) {
                precondition(finding.line >= 1, "findings point at a real line")
            }
        }
    }

    /// Whatever the input, a result names real lines.
    static func check(_ result: ProjectResult) {
        for diagnostic in result.diagnostics {
            precondition(diagnostic.line >= 1, "diagnostic \(diagnostic.rule) points at line \(diagnostic.line)")
        }
    }
}
