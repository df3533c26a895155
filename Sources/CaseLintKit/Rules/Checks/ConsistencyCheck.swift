import Foundation

/// `kind: consistency` — `case-study.yaml` and the README tell the same story. Every metric the
/// manifest declares with a value is reported in the README with the same value (0.91, 91% and
/// 91.0% agree; see `ValueAgreement`), and a declared domain matches what the README's words say
/// when they say it clearly. A disagreement is reported at the manifest's line, naming the README
/// line, so both places can be compared.
///
///     match:
///       metrics: true     # compare metric values (default true)
///       domain: true      # compare the declared domain with the README's vocabulary (default true)
public struct ConsistencyCheck: Check {
    let rule: RuleDefinition
    let compareMetrics: Bool
    let compareDomain: Bool

    public init(rule: RuleDefinition, match: MatchParameters, vocabulary: SharedVocabulary) throws {
        self.rule = rule
        compareMetrics = try match.bool("metrics") ?? true
        compareDomain = try match.bool("domain") ?? true
    }

    public func applies(to context: LintContext) -> Bool { context.manifest != nil }

    public func evaluate(_ context: LintContext) -> [Finding] {
        guard let manifest = context.manifest, context.text != nil else { return [] }
        var findings: [Finding] = []
        if compareMetrics {
            for metric in manifest.metrics ?? [] {
                if let message = disagreement(metric, context) {
                    findings.append(Finding(message: message, file: context.manifestFile, line: metric.lines["value"] ?? metric.line))
                }
            }
        }
        if compareDomain, let declared = manifest.domain, Configuration.domains.contains(declared),
           let inference = context.domainInference, inference.confident, inference.domain != declared,
           let first = inference.evidence.first {
            let words = DomainResolver.describe(Array(inference.evidence.prefix(3))).joined(separator: ", ")
            findings.append(Finding(
                message: "case-study.yaml declares domain '\(declared)', but the README reads as \(inference.domain) (\(words); first at \(context.readmeFile):\(first.line)): correct one of them.",
                file: context.manifestFile, line: manifest.line(of: "domain")))
        }
        return findings
    }

    /// Nil when the README reports the metric with the same value (or it cannot be named).
    func disagreement(_ metric: Manifest.Metric, _ context: LintContext) -> String? {
        guard let name = metric.name, let value = metric.value, let id = Self.metricID(name, context.vocabulary) else { return nil }
        let reported = context.metrics.filter { $0.name == id }
        let shown = Self.format(value)
        guard !reported.isEmpty else {
            return "case-study.yaml declares \(name) \(shown), but the README reports no \(name) value: add it to the README's evaluation or remove it here."
        }
        if reported.contains(where: { ValueAgreement.agrees(manifest: value, readme: $0.value, readmePercent: $0.percent, readmeDecimals: $0.decimals) }) {
            return nil
        }
        let nearest = reported.min { abs($0.value / ($0.percent ? 100 : 1) - value) < abs($1.value / ($1.percent ? 100 : 1) - value) }!
        return "case-study.yaml declares \(name) \(shown), but the README reports \(Self.format(nearest.value))\(nearest.percent ? "%" : "") (\(nearest.file):\(nearest.line)): make them agree."
    }

    /// The metric id a manifest name stands for, through the shared aliases ("ROC AUC" -> auroc).
    static func metricID(_ name: String, _ vocabulary: SharedVocabulary) -> String? {
        let bytes = Array(name.lowercased().utf8)
        var tokens: [Token] = []
        TextIndex.tokenize(bytes, 0..<bytes.count, line: 1, isTable: false, into: &tokens)
        return vocabulary.metricMatcher.matches(in: tokens, range: 0..<tokens.count).first?.label
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : "\(value)"
    }
}
