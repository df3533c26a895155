import Foundation
import Yams

/// Reads `.caselint.yml`. Unlike the manifest, a configuration that cannot be trusted stops the
/// run (exit 2): every problem is an `InputError` with the file, the line and what to write.
/// Unknown rule ids are not errors here, since the rule set is not known yet: see
/// `Configuration.unknownRuleDiagnostics`.
public enum ConfigurationLoader {
    public static let keys = ["disable", "enable", "severity", "domain", "min_score", "ignore", "max_readme_size", "baseline"]

    public static func load(text: String, file: String) throws -> Configuration {
        var configuration = Configuration(file: file)
        guard let root = try SafeYAML.load(text, file: file) else { return configuration }
        guard let mapping = root.mapping else {
            throw InputError(file: file, line: root.line,
                             "the configuration must be a mapping of settings (\(keys.joined(separator: ", "))), found \(root.userDescription)")
        }
        do {
            for pair in mapping {
                guard let key = pair.key.scalar?.string else { throw pair.key.typeError("a setting name", expected: "text") }
                try read(key, pair.key, pair.value, into: &configuration)
            }
        } catch let error as YAMLTypeError {
            throw InputError(file: file, line: error.line, error.message)
        }
        return configuration
    }

    private static func read(_ key: String, _ keyNode: Yams.Node, _ value: Yams.Node, into configuration: inout Configuration) throws {
        switch key {
        case "disable":
            configuration.disabled.formUnion(try ruleNames(value, key, into: &configuration))
        case "enable":
            configuration.enabled.formUnion(try ruleNames(value, key, into: &configuration))
        case "severity":
            for (name, nameNode, level) in try value.entries(key) ?? [] {
                configuration.lines[name] = configuration.lines[name] ?? nameNode.line
                // The word as written: YAML 1.1 would read `off` as false.
                let word = level.scalar?.string.lowercased() ?? ""
                if word == "off" {
                    configuration.off.insert(name)
                } else if let severity = Severity(rawValue: word) {
                    configuration.severityOverrides[name] = severity
                } else {
                    throw level.typeError("severity of \(name)", expected: "error, warning, info or off")
                }
            }
        case "domain":
            guard let domain = try value.text(key) else { return }
            guard Configuration.domains.contains(domain) else {
                throw value.typeError(key, expected: "one of \(Configuration.domains.joined(separator: ", "))",
                                      hint: DidYouMean.closest(to: domain, in: Configuration.domains).map { "did you mean \($0)?" })
            }
            configuration.domain = domain
        case "min_score":
            guard let score = try value.integer(key) else { return }
            guard (0...100).contains(score) else { throw value.typeError(key, expected: "a whole number from 0 to 100") }
            configuration.minScore = score
        case "ignore":
            configuration.ignore += try value.textList(key) ?? []
        case "max_readme_size":
            if value.isNull { return }
            let bytes = value.tagName == .int ? value.int : value.scalar.flatMap { Configuration.parseSize($0.string) }
            guard let bytes, bytes > 0, value.tagName != .bool else {
                throw value.typeError(key, expected: "a size such as 500KB, 10MB or a number of bytes")
            }
            configuration.maxReadmeBytes = bytes
        case "baseline":
            guard let path = try value.text(key) else { return }
            guard !path.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw value.typeError(key, expected: "the path of a baseline file, such as .caselint-baseline.json")
            }
            configuration.baseline = path
        default:
            let hint = DidYouMean.closest(to: key, in: keys).map { "did you mean \($0)?" } ?? "settings are \(keys.joined(separator: ", "))"
            throw YAMLTypeError(line: keyNode.line, message: "unknown setting '\(key)': \(hint)")
        }
    }

    /// A list of rule ids or pack names, each remembered with its line.
    private static func ruleNames(_ value: Yams.Node, _ key: String, into configuration: inout Configuration) throws -> [String] {
        guard let items = try value.list(key) else { return [] }
        return try items.enumerated().map { index, item in
            guard let name = try item.text("\(key)[\(index + 1)]"), !name.isEmpty else {
                throw item.typeError("\(key)[\(index + 1)]", expected: "a rule id or pack name")
            }
            configuration.lines[name] = configuration.lines[name] ?? item.line
            return name
        }
    }
}

extension Configuration {
    /// Bytes in a size written by a person: `2000000`, `500KB`, `10 MB`, `1.5mb`, `64k`.
    /// Units are binary (1 KB = 1024 bytes); B, KB/KiB/K, MB/MiB/M and GB/GiB/G are accepted,
    /// in any case. Nil for anything else, or for a size below one byte.
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, let number = Double(digits), let scale = sizeUnits[unit] else { return nil }
        let bytes = (number * Double(scale)).rounded(.down)
        guard bytes >= 1, bytes < Double(Int.max / 2) else { return nil }
        return Int(bytes)
    }

    private static let sizeUnits: [String: Int] = [
        "": 1, "b": 1,
        "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
        "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
        "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
    ]
}
