import Yams

/// A composed YAML document as the manifest and front-matter readers take it: scalars with their
/// text, resolved tag, style and position, and mappings and lists of them. Yams' `Node` carries a
/// tag object, weak anchor references and an optional mark in every value, so making, copying and
/// freeing a manifest's tree of them cost more than reading it (some 270 M instructions on 700
/// manifests, their checks and 300 front matters). This is a plain value, made straight from the
/// bytes by `BlockYAMLReader`; a tree Yams composed (anything outside the block subset) is
/// converted once, keeping what the readers look at.
public struct YAMLValue: Sendable {
    public enum Kind: UInt8, Sendable { case scalar, mapping, sequence, alias }

    public let kind: Kind
    /// A scalar's text; empty for the other kinds.
    let text: String
    /// A mapping's keys and values in turn, or a list's items.
    let children: [YAMLValue]
    /// The resolved tag (`!!str`, `!!int`, `!!map` ...).
    public let tagName: Tag.Name
    /// `Node.Scalar.Style`'s raw value (Yams does not mark the enum Sendable).
    let styleCode: UInt32
    /// libyaml's mark as Yams gives it: 1-based line, and column counted in Unicode scalars from 1.
    public let line: Int
    public let column: Int

    init(kind: Kind, text: String = "", children: [YAMLValue] = [], tagName: Tag.Name,
         style: Node.Scalar.Style = .any, line: Int, column: Int) {
        self.kind = kind
        self.text = text
        self.children = children
        self.tagName = tagName
        self.styleCode = style.rawValue
        self.line = line
        self.column = column
    }

    var style: Node.Scalar.Style { Node.Scalar.Style(rawValue: styleCode) ?? .any }

    /// The scalar's text, or nil for a mapping, list or alias.
    public var scalarText: String? { kind == .scalar ? text : nil }

    /// A mapping's pairs in order, or nil when this is not a mapping.
    public var pairs: Pairs? { kind == .mapping ? Pairs(children: children) : nil }

    /// A list's items, or nil when this is not a list.
    public var items: [YAMLValue]? { kind == .sequence ? children : nil }

    /// What Yams' `Node.null` finds: a plain scalar written as one of YAML's null words.
    var isNullWord: Bool {
        guard kind == .scalar, style == .plain else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The value of the first pair whose key is the scalar `key`, as `Node.Mapping[text:]` finds it.
    subscript(text key: String) -> YAMLValue? {
        guard kind == .mapping else { return nil }
        var index = 0
        while index < children.count {
            if children[index].kind == .scalar, children[index].text == key { return children[index + 1] }
            index += 2
        }
        return nil
    }

    /// A mapping's keys and values, read as pairs from the flat list of children.
    public struct Pairs: RandomAccessCollection, Sendable {
        let children: [YAMLValue]
        public var startIndex: Int { 0 }
        public var endIndex: Int { children.count / 2 }
        public subscript(position: Int) -> (key: YAMLValue, value: YAMLValue) {
            (children[2 * position], children[2 * position + 1])
        }
    }
}

extension YAMLValue {
    /// The tree Yams composed, with what the readers use of it (marks, tags, scalar styles).
    init(_ node: Node) {
        let line = node.mark?.line ?? 1, column = node.mark?.column ?? 1
        let tagName = Tag.Name(rawValue: node.tag.rawValue)
        switch node {
        case let .scalar(scalar):
            self.init(kind: .scalar, text: scalar.string, tagName: tagName, style: scalar.style, line: line, column: column)
        case let .mapping(mapping):
            var children: [YAMLValue] = []
            children.reserveCapacity(2 * mapping.count)
            for pair in mapping {
                children.append(YAMLValue(pair.key))
                children.append(YAMLValue(pair.value))
            }
            self.init(kind: .mapping, children: children, tagName: tagName, line: line, column: column)
        case let .sequence(sequence):
            self.init(kind: .sequence, children: sequence.map(YAMLValue.init), tagName: tagName, line: line, column: column)
        case .alias:
            self.init(kind: .alias, tagName: tagName, line: line, column: column)
        }
    }

    /// The Yams tree `YAMLFastTags.compose` gives for a document the block reader read: the same
    /// strings, tags, styles and marks (collections have no style there). For a configuration or
    /// pack read through `SafeYAML.load`, and for the tests that hold the reader to Yams.
    var yamsNode: Node {
        let tag = Tag(tagName, YAMLFastTags.explicitTagResolver, YAMLFastTags.constructor)
        let mark = PreparsedYAML.mark(line: line, column: column)
        switch kind {
        case .scalar:
            return .scalar(Node.Scalar(text, tag, style, mark))
        case .mapping:
            return .mapping(Node.Mapping(pairs!.map { ($0.key.yamsNode, $0.value.yamsNode) }, tag, .any, mark))
        case .sequence:
            return .sequence(Node.Sequence(children.map(\.yamsNode), tag, .any, mark))
        case .alias:
            preconditionFailure("the block reader makes no aliases")
        }
    }
}
