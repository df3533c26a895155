import Foundation
import Yams

/// Loads one YAML document written by someone else (a project's manifest, configuration or README
/// front matter) without letting it hurt the process. Yams composes recursively and hashes mapping
/// keys recursively, so before it runs the text is bounded in size, its nesting is measured by a
/// lexical pre-pass (`YAMLPrecheck`), and aliases are refused: these are small hand-written files,
/// where `*name` buys little and an alias bomb ("billion laughs") costs minutes and gigabytes.
public enum SafeYAML {
    public struct Limits: Sendable, Equatable {
        /// Larger files are refused before parsing.
        public var maxBytes: Int
        /// Collections inside collections; Yams' recursion stays far from the stack's end.
        public var maxDepth: Int
        /// Scalars and collections in the composed tree.
        public var maxNodes: Int

        public init(maxBytes: Int = 1 << 20, maxDepth: Int = 64, maxNodes: Int = 100_000) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxNodes = maxNodes
        }

        public static let `default` = Limits()
    }

    /// The single document in `text`, or nil when it holds none (empty, or only comments).
    /// Throws `InputError` naming `file` and the 1-based line of the problem. `firstLine` is the
    /// file's line of the text's first line, for YAML embedded in another file (front matter):
    /// error lines are counted in the file. Node marks stay relative to `text`.
    public static func load(_ text: String, file: String, limits: Limits = .default, firstLine: Int = 1) throws -> Yams.Node? {
        let offset = firstLine - 1
        let text = try sized(text, file: file, limits: limits)
        try precheck(text, file: file, limits: limits, lineOffset: offset)
        let root: Yams.Node?
        var nodes = 0
        do {
            // Most manifests are plain block YAML, read without libyaml; anything else goes to Yams.
            // Explicit UTF-8 inside: Yams' default encoding consults the environment and prints about it.
            root = try BlockYAMLReader.read(text, counting: &nodes)?.yamsNode ?? YAMLFastTags.compose(text, counting: &nodes)
        } catch let error as YamlError {
            throw YAMLErrorTranslation.inputError(error, file: file, text: text, lineOffset: offset)
        }
        // The nodes were counted as they were retyped: only a tree over the bound is walked again,
        // to name the node where it went over.
        if let root, nodes > limits.maxNodes { try checkTree(root, file: file, limits: limits, lineOffset: offset) }
        return root
    }

    /// `load` for the readers of manifests and front matter: the same document, checks and errors,
    /// as a `YAMLValue`. What the block reader reads never becomes a Yams tree, and skips the
    /// pre-pass when the pass could not object: it finds only an alias (a `*` token, so a `*`
    /// somewhere) or nesting over the limit, and in block YAML it counts at most two levels per
    /// collection open (a list indented as its mapping's keys stays counted) and one for a `[list]`.
    static func loadValue(_ text: String, file: String, limits: Limits = .default, firstLine: Int = 1) throws -> YAMLValue? {
        let offset = firstLine - 1
        let text = try sized(text, file: file, limits: limits)
        if let read = BlockYAMLReader.reading(text) {
            if 2 * read.nesting + 2 > limits.maxDepth || read.hasStar {
                try precheck(text, file: file, limits: limits, lineOffset: offset)
            }
            if read.nodes > limits.maxNodes { try checkTree(read.value.yamsNode, file: file, limits: limits, lineOffset: offset) }
            return read.value
        }
        try precheck(text, file: file, limits: limits, lineOffset: offset)
        var nodes = 0
        let root: Yams.Node?
        do {
            root = try YAMLFastTags.compose(text, counting: &nodes)
        } catch let error as YamlError {
            throw YAMLErrorTranslation.inputError(error, file: file, text: text, lineOffset: offset)
        }
        if let root, nodes > limits.maxNodes { try checkTree(root, file: file, limits: limits, lineOffset: offset) }
        return root.map(YAMLValue.init)
    }

    /// The text without a byte-order mark, if it is not too large to read.
    private static func sized(_ text: String, file: String, limits: Limits) throws -> String {
        // Editors on Windows start files with a byte-order mark; Yams would fail on line 2 for it.
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let size = text.utf8.count
        guard size <= limits.maxBytes else {
            throw InputError(file: file, "is \(size) bytes; caselint reads YAML files of at most \(limits.maxBytes) bytes: "
                + "keep this file to the facts a reviewer needs")
        }
        return text
    }

    /// A lexical pre-pass (`YAMLPrecheck`) for what could make composing the text costly.
    private static func precheck(_ text: String, file: String, limits: Limits, lineOffset offset: Int) throws {
        switch YAMLPrecheck.run(text, maxDepth: limits.maxDepth) {
        case let .tooDeep(line)?:
            throw InputError(file: file, line: line + offset, "YAML nested deeper than \(limits.maxDepth) levels: flatten this structure")
        case let .alias(name, line)?:
            throw InputError(file: file, line: line + offset, "YAML aliases (*\(name)) are not supported: write the value out in full, and quote text that starts with *")
        case nil:
            break
        }
    }

    /// Second line of defence, iterative so it cannot overflow: bounds the work any reader of the
    /// tree can be made to do, even if an alias slipped past the pre-pass.
    static func checkTree(_ root: Yams.Node, file: String, limits: Limits, lineOffset: Int = 0) throws {
        var pending = [root]
        var count = 0
        while let node = pending.popLast() {
            count += 1
            guard count <= limits.maxNodes else {
                throw InputError(file: file, line: node.mark.map { $0.line + lineOffset }, "more than \(limits.maxNodes) YAML values: keep this file small")
            }
            switch node {
            case let .mapping(mapping):
                for pair in mapping { pending.append(pair.key); pending.append(pair.value) }
            case let .sequence(sequence):
                pending.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
    }
}
