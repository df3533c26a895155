import Foundation

/// A first `case-study.yaml` written from what the README already shows: its title, the domain it
/// reads as, the metrics it reports with values, its limitations, who oversees the model, its next
/// steps and its disclaimer. Every other key the fix lists under `todo:` is written as `null` with a
/// `[[TODO: ...]]` comment, so the manifest never claims what the README does not say (a null is
/// a missing value to every rule) and the author sees what is left to fill.
struct ManifestDraft {
    /// What was read from the README, by manifest key.
    struct Found {
        var title: String?
        var domain: ResolvedDomain?
        var metrics: [MetricFact] = []
        var limitations: [String] = []
        var humanOversight: String?
        var nextSteps: [String] = []
        var disclaimer: String?
    }

    let fix: RuleFix
    let found: Found
    let readmeFile: String
    /// The first alias of each metric id, as the name to write (`auroc`, `c-index`).
    let metricNames: [String: String]

    /// The manifest's text, and the keys it filled from the README.
    func render() -> (text: String, filled: [String]) {
        var out = fix.text.hasSuffix("\n") ? fix.text : fix.text + "\n"
        var filled: [String] = []
        let todo = Dictionary(fix.todo.map { ($0.key, $0.request) }, uniquingKeysWith: { first, _ in first })
        for key in Manifest.knownKeys {
            if let value = value(for: key) {
                out += value
                filled.append(key)
            } else if let request = todo[key] {
                out += "\(key): null  # \(PlaceholderMarker.marker(request))\n"
            }
        }
        return (out, filled)
    }

    /// `key: value` lines for what the README shows, or nil.
    func value(for key: String) -> String? {
        switch key {
        case "title":
            return found.title.map { "title: \(YAMLText.quoted($0))\n" }
        case "domain":
            guard let domain = found.domain else { return nil }
            if domain.source == .inferred {
                let words = domain.evidence.prefix(4).joined(separator: ", ")
                return "domain: \(domain.id)  # inferred from the README's words (\(words)); check it\n"
            }
            return "domain: \(domain.id)\n"
        case "metrics":
            return metricsBlock()
        case "clinical_use":
            return found.disclaimer == nil ? nil : "clinical_use: false\n"
        case "disclaimer":
            return found.disclaimer.map { "disclaimer: " + YAMLText.folded($0, indent: 2) }
        case "limitations":
            return list("limitations", found.limitations)
        case "human_oversight":
            return found.humanOversight.map { "human_oversight: " + YAMLText.folded($0, indent: 2) }
        case "next_steps":
            return list("next_steps", found.nextSteps)
        default:
            return nil
        }
    }

    func list(_ key: String, _ items: [String]) -> String? {
        guard !items.isEmpty else { return nil }
        return "\(key):\n" + items.map { "  - \(YAMLText.quoted($0))\n" }.joined()
    }

    /// One entry per metric: the value the README reports first (in the evaluation section when
    /// there is one), written as it is written there; a percentage becomes a fraction.
    func metricsBlock() -> String? {
        guard !found.metrics.isEmpty else { return nil }
        var order: [String] = []
        var byName: [String: [MetricFact]] = [:]
        for metric in found.metrics {
            if byName[metric.name] == nil { order.append(metric.name) }
            byName[metric.name, default: []].append(metric)
        }
        var out = "metrics:\n  # From \(readmeFile): check that each value is the model's result on the held-out test set.\n"
        for name in order {
            guard let metric = byName[name]?.first else { continue }
            let values = Set(byName[name, default: []].map { $0.percent ? $0.value / 100 : $0.value })
            let shown = metricNames[name] ?? name
            let note = values.count > 1 ? "line \(metric.line), the first of \(values.count) values it reports" : "line \(metric.line)"
            out += "  - {name: \(YAMLText.quoted(shown)), value: \(Self.number(metric))}  # \(readmeFile) \(note)\n"
        }
        return out
    }

    /// The value with the digits the README wrote; 89.4% is 0.894.
    static func number(_ metric: MetricFact) -> String {
        let value = metric.percent ? metric.value / 100 : metric.value
        let decimals = metric.percent ? metric.decimals + 2 : metric.decimals
        return String(format: "%.\(max(0, min(decimals, 12)))f", value)
    }
}

/// YAML scalars written safely whatever the text holds.
enum YAMLText {
    /// A double-quoted scalar (JSON string syntax is a subset of YAML's).
    static func quoted(_ text: String) -> String { ScaffoldInputs.yamlQuoted(text) }

    /// A folded block (`>-`) wrapped near `width` columns, for prose; text that a folded block
    /// could not carry as is (leading spaces, control characters) is quoted instead.
    static func folded(_ text: String, indent: Int, width: Int = 100) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).map(String.init)
        guard !words.isEmpty, !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" && $0 != "\r" }) else {
            return quoted(text) + "\n"
        }
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = word
            } else if pad.count + current.count + 1 + word.count > width {
                lines.append(current)
                current = word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return ">-\n" + lines.map { pad + $0 + "\n" }.joined()
    }
}
