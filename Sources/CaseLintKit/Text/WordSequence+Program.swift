import Foundation

/// The atoms laid out flat for matching: each sequence is a run of nodes ending in `end`, and
/// nested sequences (an optional's, an alternative's choices) are named by where they start.
/// Matching the nested enums copied their arrays at every step (retains, releases and slices were
/// half of the matcher's cost, which was 7% of a run); nodes and indices are plain values.
extension WordSequence {
    struct Program: Sendable {
        enum Kind: UInt8, Sendable {
            case end, literal, oneOf, oneOfOrSpace, space, boundary, optional, alternatives, rest
        }

        /// `literal`, `oneOf`: `bytes[first..<first + count]`; `optional`: the inner sequence starts
        /// at node `first`; `alternatives`: the choices are `choices[first..<first + count]`.
        struct Node: Sendable {
            var kind: Kind
            var first: Int32
            var count: Int32
        }

        private(set) var nodes: [Node] = []
        private(set) var bytes: [UInt8] = []
        /// Where each choice's sequence starts, and its first byte (0: any), as `Atom.alternatives` has it.
        private(set) var choiceStarts: [Int32] = []
        private(set) var choiceFirsts: [UInt8] = []
        /// How deep optionals and alternatives nest: the most continuations matching holds at once.
        private(set) var nesting = 0

        init(_ atoms: [Atom]) {
            _ = add(atoms)
            nesting = Self.nesting(atoms)
        }

        private static func nesting(_ atoms: [Atom]) -> Int {
            atoms.reduce(0) { deepest, atom in
                switch atom {
                case .optional(let inner): return max(deepest, 1 + nesting(inner))
                case .alternatives(let choices, _): return max(deepest, 1 + (choices.map(nesting).max() ?? 0))
                case .literal, .oneOf, .space, .boundary, .rest: return deepest
                }
            }
        }

        /// Lays out `atoms` and then the sequences they hold; returns where `atoms` start.
        private mutating func add(_ atoms: [Atom]) -> Int32 {
            let start = nodes.count
            nodes.append(contentsOf: repeatElement(Node(kind: .end, first: 0, count: 0), count: atoms.count + 1))
            for (offset, atom) in atoms.enumerated() {
                nodes[start + offset] = node(atom)
            }
            return Int32(start)
        }

        private mutating func node(_ atom: Atom) -> Node {
            switch atom {
            case .literal(let literal):
                return Node(kind: .literal, first: Int32(bytes.count), count: Int32(literal.count))
                    .adding(literal, to: &bytes)
            case let .oneOf(members, space):
                return Node(kind: space ? .oneOfOrSpace : .oneOf, first: Int32(bytes.count), count: Int32(members.count))
                    .adding(members, to: &bytes)
            case .space:
                return Node(kind: .space, first: 0, count: 0)
            case .boundary:
                return Node(kind: .boundary, first: 0, count: 0)
            case .rest:
                return Node(kind: .rest, first: 0, count: 0)
            case .optional(let inner):
                return Node(kind: .optional, first: add(inner), count: 0)
            case let .alternatives(choices, firsts):
                let base = choiceStarts.count
                choiceStarts.append(contentsOf: repeatElement(0, count: choices.count))
                choiceFirsts.append(contentsOf: firsts)
                for (offset, choice) in choices.enumerated() {
                    choiceStarts[base + offset] = add(choice)
                }
                return Node(kind: .alternatives, first: Int32(base), count: Int32(choices.count))
            }
        }
    }
}

private extension WordSequence.Program.Node {
    func adding(_ members: [UInt8], to pool: inout [UInt8]) -> Self {
        pool.append(contentsOf: members)
        return self
    }
}
