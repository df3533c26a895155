import Foundation

/// Decides the domain a project is judged in. A declared domain wins, in this order: `--domain`
/// (one run, on purpose), the manifest's `domain` (the project speaks for itself), the
/// configuration's `domain`. Without one, the README's words decide if they are clear enough
/// (`DomainDetector`); otherwise there is no domain and domain rules do not apply.
/// A declared value that is not one of the known domains is ignored here (`manifest.domain`
/// reports it), and the README is read instead.
public struct DomainResolver {
    public var override: String?
    public var manifestDomain: String?
    public var manifestFile: String
    public var manifestLine: Int
    public var configuration: Configuration

    public init(override: String? = nil, manifestDomain: String? = nil, manifestFile: String = "case-study.yaml",
                manifestLine: Int = 1, configuration: Configuration = .empty) {
        self.override = override
        self.manifestDomain = manifestDomain
        self.manifestFile = manifestFile
        self.manifestLine = manifestLine
        self.configuration = configuration
    }

    public func resolve(text: TextIndex?, detector: DomainDetector) -> ResolvedDomain? {
        resolve(inference: { text.flatMap(detector.infer) })
    }

    /// `inference` runs only when nothing is declared.
    public func resolve(inference: () -> DomainDetector.Inference?) -> ResolvedDomain? {
        if let declared = declared() { return declared }
        guard let inference = inference(), inference.confident else { return nil }
        return ResolvedDomain(id: inference.domain, source: .inferred, evidence: Self.describe(inference.evidence))
    }

    /// The first valid declaration, with where it was made.
    public func declared() -> ResolvedDomain? {
        let candidates: [(String?, String)] = [
            (override, "--domain"),
            (manifestDomain, "\(manifestFile):\(manifestLine)"),
            (configuration.domain, configuration.file ?? ".caselint.yml"),
        ]
        for case let (id?, place) in candidates where Configuration.domains.contains(id) {
            return ResolvedDomain(id: id, source: .declared, evidence: [place])
        }
        return nil
    }

    /// "dicom (5)": the words that weighed most, at most five.
    static func describe(_ evidence: [DomainDetector.Evidence]) -> [String] {
        evidence.prefix(5).map { "\($0.word) (\($0.count))" }
    }
}
