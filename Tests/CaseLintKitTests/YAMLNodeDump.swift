@testable import CaseLintKit
import Yams

/// Everything the loaders can read from a YAML node (kind, style, tag, line and column, text), one
/// line per node, for comparing trees that two readers made. A generated tree's deferred part is
/// resolved first, as the loaders resolve it.
func yamlDump(_ node: Node?) -> String {
    guard let node else { return "nil" }
    func mark(_ mark: Mark?) -> String { mark.map { "\($0.line):\($0.column)" } ?? "-" }
    switch node {
    case let .scalar(scalar):
        if scalar.tag.description == PreparsedYAML.deferredTag.rawValue { return yamlDump(PreparsedYAML.resolve(node)) }
        return "S\(scalar.style.rawValue) \(scalar.tag) \(mark(scalar.mark)) \(scalar.string.debugDescription)\n"
    case let .mapping(mapping):
        return "M\(mapping.style.rawValue) \(mapping.tag) \(mark(mapping.mark))\n" + mapping.map { yamlDump($0.key) + yamlDump($0.value) }.joined()
    case let .sequence(sequence):
        return "Q\(sequence.style.rawValue) \(sequence.tag) \(mark(sequence.mark))\n" + sequence.map(yamlDump).joined()
    case .alias:
        return "alias\n"
    }
}
