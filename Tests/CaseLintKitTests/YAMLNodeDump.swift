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

/// `yamlDump` for the manifest readers' values: what they read of each (kind, scalar style, tag,
/// line and column, text).
func yamlDump(_ value: YAMLValue?) -> String {
    guard let value else { return "nil" }
    let head = "\(value.kind) \(value.scalarStyle.map { "S\($0.rawValue) " } ?? "")\(value.tagName.rawValue) \(value.line):\(value.column)"
    switch value.kind {
    case .scalar: return head + " \(value.text.debugDescription)\n"
    case .mapping: return head + "\n" + value.pairs!.map { yamlDump($0.key) + yamlDump($0.value) }.joined()
    case .sequence: return head + "\n" + value.items!.map { yamlDump($0) }.joined()
    case .alias: return head + "\n"
    }
}
