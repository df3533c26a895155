/// The typed content of `case-study.yaml`: what a reviewer would ask about a healthcare-AI case
/// study (DESIGN §5). Every field is optional, since rules decide what is required; every value
/// keeps the 1-based line it was declared on, so a rule can point at it.
public struct Manifest: Sendable, Equatable {
    public var title: String?
    public var summary: String?
    public var domain: String?
    public var lane: String?
    /// Why a portfolio spans two role lanes (`portfolio.lane`), said in the project that differs.
    public var laneReason: String?
    public var targetRoles: [String]?
    public var dataSources: [DataSource]?
    public var metrics: [Metric]?
    public var intendedUse: String?
    public var clinicalUse: Bool?
    public var disclaimer: String?
    public var limitations: [String]?
    public var humanOversight: String?
    public var nextSteps: [String]?
    /// Line of each top-level key present in the file, keyed as written (`target_roles`).
    public var lines: [String: Int]

    public init(lines: [String: Int] = [:]) {
        self.lines = lines
    }

    /// The top-level keys, as written in YAML.
    public static let knownKeys: [String] = [
        "title", "summary", "domain", "lane", "lane_reason", "target_roles", "data_sources", "metrics", "intended_use",
        "clinical_use", "disclaimer", "limitations", "human_oversight", "next_steps",
    ]

    /// Line of a top-level key, or 1 (the file as a whole) when it is absent.
    public func line(of key: String) -> Int { lines[key] ?? 1 }

    /// Where a dataset came from and under what terms.
    public struct DataSource: Sendable, Equatable {
        public var name: String?
        /// As written; `knownKind` is nil when it is not one of the four kinds. Rules judge it.
        public var kind: String?
        public var license: String?
        public var url: String?
        /// Line of the list item, and of each of its keys.
        public var line: Int
        public var lines: [String: Int]

        public var knownKind: DataSourceKind? { kind.flatMap { DataSourceKind(rawValue: $0.lowercased()) } }

        public static let knownKeys: [String] = ["name", "kind", "license", "url"]

        public init(name: String? = nil, kind: String? = nil, license: String? = nil, url: String? = nil,
                    line: Int = 1, lines: [String: Int] = [:]) {
            self.name = name
            self.kind = kind
            self.license = license
            self.url = url
            self.line = line
            self.lines = lines
        }
    }

    public enum DataSourceKind: String, Sendable, CaseIterable {
        case open, synthetic
        case deIdentified = "de-identified"
        case `private`
    }

    /// One reported result: `AUROC 0.91 (0.88–0.94) on the held-out test split, n = 1200`.
    public struct Metric: Sendable, Equatable {
        public var name: String?
        public var value: Double?
        /// Confidence interval, `[low, high]`.
        public var ci: ClosedRange<Double>?
        public var split: String?
        public var n: Int?
        public var line: Int
        public var lines: [String: Int]

        public static let knownKeys: [String] = ["name", "value", "ci", "split", "n"]

        public init(name: String? = nil, value: Double? = nil, ci: ClosedRange<Double>? = nil, split: String? = nil,
                    n: Int? = nil, line: Int = 1, lines: [String: Int] = [:]) {
            self.name = name
            self.value = value
            self.ci = ci
            self.split = split
            self.n = n
            self.line = line
            self.lines = lines
        }
    }
}
