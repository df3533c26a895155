import Foundation

/// Weights that turn a heading's features into a score for each case-study part, and the price of
/// reading the parts out of their usual order. Data, not code: `rules/section-model.yml` holds the
/// fitted weights (`Scripts/section_model_fit.py`), and a `--rules` pack of the same name replaces them.
public struct SectionModel: Sendable {
    /// Per part, one weight per `SectionFeature` in declaration order.
    public var weights: [String: [Double]]
    /// Subtracted once for every pair of chosen parts that appear out of the usual order.
    public var orderPenalty: Double
    /// Subtracted from a heading's score for every earlier heading that also scores for the part:
    /// readers (and labellers) take the first of two headings that serve a part equally.
    public var firstPreference: Double
    /// The score a heading needs to serve a part at all (0 = likelier than "none").
    public var threshold: Double

    public init(weights: [String: [Double]], orderPenalty: Double, firstPreference: Double = 0, threshold: Double = 0) {
        self.weights = weights
        self.orderPenalty = orderPenalty
        self.firstPreference = firstPreference
        self.threshold = threshold
    }

    /// Without a fitted model a heading serves a part when it names it; used only when no pack
    /// declares `section_model` (a rule set assembled by hand).
    public static let namesOnly: SectionModel = {
        var row = [Double](repeating: 0, count: SectionFeature.count)
        row[SectionFeature.bias.index] = -1
        row[SectionFeature.name.index] = 3
        row[SectionFeature.underOperational.index] = -5
        row[SectionFeature.earlierName.index] = -1
        return SectionModel(weights: Dictionary(uniqueKeysWithValues: CaseStudyPart.allCases.map { ($0.rawValue, row) }),
                            orderPenalty: 0.5)
    }()

    /// The score of a heading for a part: above zero it beats "no heading serves this part".
    public func score(_ features: [Double], part: String) -> Double {
        guard let row = weights[part] else { return -.infinity }
        return Self.score(features, weights: row)
    }

    /// The same with the part's weights looked up once by the caller (one score per heading).
    static func score(_ features: [Double], weights row: [Double]) -> Double {
        score(features[...], weights: row)
    }

    /// The same on a candidate's row in place (`SectionCandidate.features(slot:)`).
    static func score(_ features: ArraySlice<Double>, weights row: [Double]) -> Double {
        var total = 0.0
        for index in row.indices { total += row[index] * features[features.startIndex + index] }
        return total
    }

    /// The features that pushed the score up the most, strongest first.
    public func strongestReasons(_ features: [Double], part: String, count: Int = 2) -> [(SectionFeature, Double)] {
        guard let row = weights[part] else { return [] }
        return SectionFeature.allCases
            .filter { $0 != .bias }
            .map { ($0, row[$0.index] * features[$0.index]) }
            .filter { $0.1 > 0.05 }
            .sorted { $0.1 > $1.1 }
            .prefix(count)
            .map { ($0.0, features[$0.0.index]) }
    }

    /// Reads `section_model: {order_penalty, first_preference, threshold, weights: {part: {feature: weight}}}` from a pack.
    static func load(_ node: RuleValue, file: String) throws -> SectionModel {
        func fail(_ at: RuleValue, _ message: String) -> InputError {
            InputError(file: file, line: at.mark?.line, "vocabulary.section_model: \(message)")
        }
        guard let mapping = node.mapping else { throw fail(node, "expected a mapping with order_penalty and weights") }
        var penalty = 0.0
        var first = 0.0
        var threshold = 0.0
        var weights: [String: [Double]] = [:]
        for pair in mapping {
            switch pair.key.scalar?.string ?? "" {
            case "order_penalty":
                guard let value = pair.value.decimalNumber, value.isFinite, value >= 0 else {
                    throw fail(pair.value, "order_penalty: expected a number >= 0")
                }
                penalty = value
            case "first_preference":
                guard let value = pair.value.decimalNumber, value.isFinite, value >= 0 else {
                    throw fail(pair.value, "first_preference: expected a number >= 0")
                }
                first = value
            case "threshold":
                guard let value = pair.value.decimalNumber, value.isFinite else {
                    throw fail(pair.value, "threshold: expected a number")
                }
                threshold = value
            case "weights":
                guard let parts = pair.value.mapping else { throw fail(pair.value, "weights: expected a mapping of part: {feature: weight}") }
                for entry in parts {
                    let part = entry.key.scalar?.string ?? ""
                    guard CaseStudyPart(rawValue: part) != nil else {
                        throw fail(entry.key, "weights: '\(part)' is not one of \(CaseStudyPart.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    weights[part] = try row(entry.value, part: part, fail: fail)
                }
            case let key:
                throw fail(pair.key, "unknown key '\(key)' (known: first_preference, order_penalty, threshold, weights)")
            }
        }
        for part in CaseStudyPart.allCases where weights[part.rawValue] == nil {
            throw fail(node, "weights: no weights for part '\(part.rawValue)'")
        }
        return SectionModel(weights: weights, orderPenalty: penalty, firstPreference: first, threshold: threshold)
    }

    private static func row(_ node: RuleValue, part: String, fail: (RuleValue, String) -> InputError) throws -> [Double] {
        guard let mapping = node.mapping else { throw fail(node, "weights.\(part): expected a mapping of feature: weight") }
        var row = [Double](repeating: 0, count: SectionFeature.count)
        for pair in mapping {
            let name = pair.key.scalar?.string ?? ""
            guard let feature = SectionFeature(rawValue: name) else {
                throw fail(pair.key, "weights.\(part): unknown feature '\(name)'" + DidYouMean.suffix(for: name, in: SectionFeature.allCases.map(\.rawValue)))
            }
            guard let value = pair.value.decimalNumber, value.isFinite else {
                throw fail(pair.value, "weights.\(part).\(name): expected a number")
            }
            row[feature.index] = value
        }
        return row
    }
}
