import Yams

/// A composed YAML tree written out as text that reads back into the same `Node` tree without a
/// YAML parser. The built-in rule packs ship this way (`Scripts/embed-resources.sh` writes them):
/// composing 150 KB of YAML on every start was most of a one-project run.
///
/// Each node is a letter (`S` scalar, `M` mapping, `Q` sequence), its style as a digit, its tag as
/// one letter, then `line,column,size:` where size is a scalar's length in UTF-8 bytes (the bytes
/// follow) or a collection's number of children (they follow, a mapping's as key, value, ...).
/// `D` is a value written out but left unread (a rule's examples, a pack's rules): it reads as a
/// placeholder scalar whose text is the value's own encoding, until `resolve` reads it.
public enum PreparsedYAML {
    /// The keys whose values the built-in packs defer: only `rules --verify`, `explain` and the
    /// tests read a rule's examples, which are about half of each pack.
    public static let rulePackDeferredKeys: Set<String> = ["examples"]

    /// The pack keys whose values the built-in packs defer: start-up reads the rules from
    /// `PreparsedRules` and this tree's `rules:` only when those are stale.
    public static let rulePackDeferredRootKeys: Set<String> = ["rules"]

    public struct UnsupportedNode: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// Tags a built-in pack may hold; anything else (custom tags, aliases) is refused when writing.
    static let tagLetters: [(letter: UInt8, name: Tag.Name)] = [
        (UInt8(ascii: "s"), .str), (UInt8(ascii: "i"), .int), (UInt8(ascii: "f"), .float), (UInt8(ascii: "b"), .bool),
        (UInt8(ascii: "n"), .null), (UInt8(ascii: "t"), .timestamp), (UInt8(ascii: "m"), .map), (UInt8(ascii: "q"), .seq),
    ]

    /// The tree composed as the built-in packs are (`YAMLFastTags`), written out; in each rule (a
    /// mapping in the root's list of rules) the values of `deferring` keys are written as `D` nodes,
    /// and so are the root's values of `deferringRoot` keys.
    public static func encode(yaml text: String, deferring: Set<String> = [], deferringRoot: Set<String> = []) throws -> String {
        guard let root = try YAMLFastTags.compose(text) else { return "" }
        var out: [UInt8] = []
        try write(root, into: &out, deferring: deferring, deferringRoot: deferringRoot, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    static func write(_ node: Node, into out: inout [UInt8], deferring: Set<String>, deferringRoot: Set<String> = [], depth: Int) throws {
        func header(_ kind: String, _ style: UInt32, _ tag: Tag, _ mark: Mark?, _ size: Int) throws {
            guard let letter = tagLetters.first(where: { $0.name.rawValue == tag.description })?.letter else {
                throw UnsupportedNode(description: "tag \(tag.description) at line \(mark?.line ?? 0)")
            }
            out += Array(kind.utf8) + Array(String(style).utf8) + [letter]
            out += Array("\(mark?.line ?? 0),\(mark?.column ?? 0),\(size):".utf8)
        }
        switch node {
        case let .scalar(scalar):
            let bytes = Array(scalar.string.utf8)
            try header("S", scalar.style.rawValue, scalar.tag, scalar.mark, bytes.count)
            out += bytes
        case let .mapping(mapping):
            try header("M", mapping.style.rawValue, mapping.tag, mapping.mark, mapping.count)
            for pair in mapping {
                try write(pair.key, into: &out, deferring: deferring, depth: depth + 1)
                let key = pair.key.scalar?.string
                let deferredRule = depth == 2 && key.map(deferring.contains) == true
                let deferredRoot = depth == 0 && key.map(deferringRoot.contains) == true
                guard deferredRule || deferredRoot else {
                    try write(pair.value, into: &out, deferring: deferring, depth: depth + 1)
                    continue
                }
                // A deferred root value keeps its rules' deferred keys deferred inside it.
                var value: [UInt8] = []
                try write(pair.value, into: &value, deferring: deferredRoot ? deferring : [], depth: depth + 1)
                out += Array("D0s\(pair.value.mark?.line ?? 0),\(pair.value.mark?.column ?? 0),\(value.count):".utf8) + value
            }
        case let .sequence(sequence):
            try header("Q", sequence.style.rawValue, sequence.tag, sequence.mark, sequence.count)
            for item in sequence { try write(item, into: &out, deferring: deferring, depth: depth + 1) }
        case .alias:
            throw UnsupportedNode(description: "an alias at line \(node.mark?.line ?? 0)")
        }
    }

    /// A deferred value read, or any other node as it is.
    static func resolve(_ node: Node?) -> Node? {
        guard case let .scalar(scalar)? = node, scalar.tag.description == deferredTag.rawValue else { return node }
        return decode(scalar.string)
    }

    static let deferredTag = Tag.Name(rawValue: "tag:caselint,2026:deferred")

    /// The tree `encode` wrote; nil for text it did not write.
    static func decode(_ text: String) -> Node? {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.isEmpty else { return nil }
            var reader = Reader(bytes: bytes)
            let node = reader.node()
            return reader.failed || reader.position != bytes.count ? nil : node
        }
    }

    /// Reads one tree; every node of a kind shares one `Tag`, as nothing changes a resolved tag. The
    /// basic resolver: only an unresolved tag would consult it, and building the default one compiles
    /// seven regular expressions.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var failed = false
        /// Indexed by the tag's letter; built once, not for each of the 18 packs.
        let tags = Reader.sharedTags
        let deferred = Reader.sharedDeferred

        /// Yams does not mark `Tag` Sendable; these are never changed after they are made (only an
        /// implicit or non-specific tag is ever resolved in place), so readers on any thread share them.
        nonisolated(unsafe) static let sharedTags: [Tag?] = (0..<128).map { letter in
            PreparsedYAML.tagLetters.first { $0.letter == letter }.map { Tag($0.name, .basic, YAMLFastTags.constructor) }
        }

        nonisolated(unsafe) static let sharedDeferred = Tag(PreparsedYAML.deferredTag, .basic, YAMLFastTags.constructor)

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func node() -> Node? {
            guard position + 3 <= bytes.count, bytes[position + 2] < 128, let tag = tags[Int(bytes[position + 2])] else { return fail() }
            let kind = bytes[position]
            let style = UInt32(bytes[position + 1] &- UInt8(ascii: "0"))
            position += 3
            let line = number(until: UInt8(ascii: ",")), column = number(until: UInt8(ascii: ",")), size = number(until: UInt8(ascii: ":"))
            guard !failed else { return nil }
            let mark = line == 0 ? nil : PreparsedYAML.mark(line: line, column: column)
            switch kind {
            case UInt8(ascii: "D"):
                guard position + size <= bytes.count else { return fail() }
                let encoded = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + size)]), as: UTF8.self)
                position += size
                return .scalar(Node.Scalar(encoded, deferred, .any, mark))
            case UInt8(ascii: "S"):
                guard let scalarStyle = Node.Scalar.Style(rawValue: style), position + size <= bytes.count else { return fail() }
                let string = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<(position + size)]), as: UTF8.self)
                position += size
                return .scalar(Node.Scalar(string, tag, scalarStyle, mark))
            case UInt8(ascii: "M"):
                guard let mappingStyle = Node.Mapping.Style(rawValue: style) else { return fail() }
                var pairs: [(Node, Node)] = []
                pairs.reserveCapacity(size)
                for _ in 0..<size {
                    guard let key = node(), let value = node() else { return fail() }
                    pairs.append((key, value))
                }
                return .mapping(Node.Mapping(pairs, tag, mappingStyle, mark))
            case UInt8(ascii: "Q"):
                guard let sequenceStyle = Node.Sequence.Style(rawValue: style) else { return fail() }
                var items: [Node] = []
                items.reserveCapacity(size)
                for _ in 0..<size {
                    guard let item = node() else { return fail() }
                    items.append(item)
                }
                return .sequence(Node.Sequence(items, tag, sequenceStyle, mark))
            default:
                return fail()
            }
        }

        mutating func number(until terminator: UInt8) -> Int {
            var value = 0
            while position < bytes.count, bytes[position] != terminator {
                let digit = Int(bytes[position]) - 48
                guard (0...9).contains(digit) else { failed = true; return 0 }
                value = value * 10 + digit
                position += 1
            }
            guard position < bytes.count else { failed = true; return 0 }
            position += 1
            return value
        }

        mutating func fail() -> Node? {
            failed = true
            return nil
        }
    }

    /// Yams keeps `Mark`'s initializer to itself; a `Mark` is its two stored `Int`s, line then
    /// column (the round-trip test compares every node's mark with the parser's).
    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast((line, column), to: Mark.self)
    }
}
