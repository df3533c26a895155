import Foundation
import Yams

/// Findings a team has accepted for now (`lint --write-baseline FILE`), so that `lint --baseline
/// FILE` (or `baseline:` in `.caselint.yml`) reports only new ones, as SwiftLint and ESLint do.
///
/// A finding is matched by its file and fingerprint (`FindingFingerprint`), never by line, and
/// entries count: a baseline entry with `count: 2` absorbs two equal findings, not a third. Paths
/// are relative to the baseline's own folder, so the file works from any working directory.
/// The file is JSON, one finding a line, sorted, with no dates or versions of the tool in it, so
/// that refreshing it gives a diff of exactly the findings that came and went.
public struct Baseline: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// The file the finding is in, relative to the baseline's folder, `/`-separated.
        public var path: String
        public var rule: String
        public var fingerprint: String
        public var count: Int
        /// For the reader; not used for matching.
        public var message: String

        public init(path: String, rule: String, fingerprint: String, count: Int = 1, message: String = "") {
            self.path = path
            self.rule = rule
            self.fingerprint = fingerprint
            self.count = count
            self.message = message
        }

        var key: String { path + "\u{0}" + fingerprint }
    }

    public static let format = "caselint-baseline"
    public static let version = 1

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries.sorted { ($0.path, $0.rule, $0.fingerprint) < ($1.path, $1.rule, $1.fingerprint) }
    }

    /// The number of findings it accepts (an entry counts as many as its `count`).
    public var findingCount: Int { entries.reduce(0) { $0 + $1.count } }

    /// Every finding of the report, merged by file and fingerprint.
    public init(report: LintReport, folder: URL) {
        var recorder = BaselineRecorder(folder: folder)
        for (diagnostic, root) in report.locatedDiagnostics { recorder.add(diagnostic, in: root) }
        self = recorder.baseline
    }

    /// The file's text: a small header, then one finding per line.
    public func serialized() -> String {
        func quoted(_ text: String) -> String {
            var bytes: [UInt8] = []
            JSONValue.quote(text, into: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = "{\n  \"format\": \(quoted(Self.format)),\n  \"version\": \(Self.version),\n  \"findings\": ["
        for (index, entry) in entries.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    {\"path\": \(quoted(entry.path)), \"rule\": \(quoted(entry.rule)), \"fingerprint\": \(quoted(entry.fingerprint)), "
                + "\"count\": \(entry.count), \"message\": \(quoted(entry.message))}"
        }
        out += entries.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// Reads a baseline; anything wrong with it is an `InputError` naming `display` and the line (exit 2).
    public static func load(_ url: URL, display: String) throws -> Baseline {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: display, "cannot read the baseline file: check the path, or write one with caselint lint --write-baseline \(display)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: display, "the baseline is not UTF-8 text; write it again with caselint lint --write-baseline \(display)")
        }
        return try parse(text, file: display)
    }

    static let entryKeys = ["path", "rule", "fingerprint", "count", "message"]

    /// A well-formed file is read with Foundation's JSON parser, which is fast on large baselines;
    /// anything it does not accept exactly is read again with the guarded YAML reader (JSON is
    /// YAML), which knows the line of every value and so says where the problem is.
    public static func parse(_ text: String, file: String) throws -> Baseline {
        if let baseline = strictJSON(text) { return baseline }
        return try located(text, file: file)
    }

    /// Nil for anything but the exact shape caselint writes (then `located` reports the problem).
    static func strictJSON(_ text: String) -> Baseline? {
        guard let root = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any],
              Set(root.keys).isSubset(of: ["format", "version", "findings"]),
              root["format"] == nil || root["format"] as? String == Self.format,
              wholeNumber(root["version"]) == Self.version, let items = root["findings"] as? [[String: Any]] else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(items.count)
        for item in items {
            guard Set(item.keys).isSubset(of: entryKeys),
                  let path = item["path"] as? String, !path.isEmpty, let rule = item["rule"] as? String, !rule.isEmpty,
                  let fingerprint = item["fingerprint"] as? String, fingerprint.count == 16, fingerprint.allSatisfy(\.isHexDigit)
            else { return nil }
            var count = 1
            if let value = item["count"] {
                guard let number = wholeNumber(value), number >= 1 else { return nil }
                count = number
            }
            if let message = item["message"], !(message is String) { return nil }
            entries.append(Entry(path: path, rule: rule, fingerprint: fingerprint.lowercased(), count: count,
                                 message: item["message"] as? String ?? ""))
        }
        return Baseline(entries: entries)
    }

    /// An integer as JSON wrote it: not `true` (an NSNumber too), not `1.5`.
    static func wholeNumber(_ value: Any?) -> Int? {
        guard let number = value as? NSNumber else { return nil }
        let type = String(cString: number.objCType)
        return ["i", "l", "q", "s", "I", "L", "Q", "S"].contains(type) ? number.intValue : nil
    }

    static func located(_ text: String, file: String) throws -> Baseline {
        let limits = SafeYAML.Limits(maxBytes: 256 << 20, maxDepth: 8, maxNodes: 50_000_000)
        guard let root = try SafeYAML.load(text, file: file, limits: limits) else {
            throw InputError(file: file, line: 1, "the baseline is empty; write one with caselint lint --write-baseline \(file)")
        }
        func fail(_ node: Yams.Node, _ message: String) -> InputError { InputError(file: file, line: node.line, message) }
        guard let mapping = root.mapping else {
            throw fail(root, "a baseline is a JSON object with \"version\" and \"findings\", found \(root.userDescription)")
        }
        for pair in mapping {
            let key = pair.key.scalar?.string ?? ""
            guard ["format", "version", "findings"].contains(key) else {
                throw fail(pair.key, "unknown key '\(key)' in the baseline (known: format, version, findings)")
            }
        }
        if let format = mapping[text: "format"], format.scalar?.string != Self.format {
            throw fail(format, "\"format\" must be \"\(Self.format)\", found \(format.userDescription): is this a caselint baseline?")
        }
        guard let versionNode = mapping[text: "version"] else {
            throw fail(root, "the baseline has no \"version\"; write it again with caselint lint --write-baseline \(file)")
        }
        guard versionNode.tagName == .int, let version = versionNode.int, version >= 1 else {
            throw fail(versionNode, "\"version\" must be a whole number, found \(versionNode.userDescription)")
        }
        guard version <= Self.version else {
            throw fail(versionNode, "baseline version \(version) is newer than this caselint reads (\(Self.version)); update caselint")
        }
        guard let findingsNode = mapping[text: "findings"] else { throw fail(root, "the baseline has no \"findings\" list") }
        guard let items = findingsNode.sequence else {
            throw fail(findingsNode, "\"findings\" must be a list, found \(findingsNode.userDescription)")
        }
        var entries: [Entry] = []
        entries.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            entries.append(try entry(item, number: index + 1, fail: fail))
        }
        return Baseline(entries: entries)
    }

    static func entry(_ item: Yams.Node, number: Int, fail: (Yams.Node, String) -> InputError) throws -> Entry {
        let place = "findings[\(number)]"
        guard let fields = item.mapping else { throw fail(item, "\(place) must be an object {path, rule, fingerprint, count}, found \(item.userDescription)") }
        for pair in fields {
            let key = pair.key.scalar?.string ?? ""
            guard entryKeys.contains(key) else {
                throw fail(pair.key, "unknown key '\(key)' in \(place)" + DidYouMean.suffix(for: key, in: entryKeys))
            }
        }
        func text(_ key: String) throws -> String {
            guard let node = fields[key] else { throw fail(item, "\(place) has no \"\(key)\"") }
            guard let value = node.scalar?.string, node.tagName == .str || node.tagName == .int, !value.isEmpty else {
                throw fail(node, "\(place).\(key) must be text, found \(node.userDescription)")
            }
            return value
        }
        let fingerprint = try text("fingerprint")
        guard fingerprint.count == 16, fingerprint.allSatisfy(\.isHexDigit) else {
            throw fail(fields["fingerprint"]!, "\(place).fingerprint must be 16 hex digits as caselint writes them, found \"\(fingerprint)\"")
        }
        var count = 1
        if let countNode = fields["count"] {
            guard countNode.tagName == .int, let value = countNode.int, value >= 1 else {
                throw fail(countNode, "\(place).count must be a whole number of at least 1, found \(countNode.userDescription)")
            }
            count = value
        }
        let message = fields["message"]?.scalar?.string ?? ""
        return Entry(path: try text("path"), rule: try text("rule"), fingerprint: fingerprint.lowercased(), count: count, message: message)
    }
}
