import Foundation
import Yams

/// The built-in packs' trees, shared by the thread that compiles the packs and one that would
/// otherwise only wait for it. The compiling thread takes the packs in order (a pack's vocabulary
/// serves the packs after it); a helper decodes trees from the last pack back, so the two meet in
/// the middle and reading the trees, a quarter of compiling them, is mostly off the compiling
/// thread. Each tree is decoded once, by whichever thread claims it first.
///
/// `@unchecked Sendable`: the slots are only read and written while `condition` is locked; a tree
/// decoded on one thread is handed to another through them and no longer touched by the first.
final class BuiltInPackTrees: @unchecked Sendable {
    private enum Slot {
        case unclaimed
        case decoding
        /// Decoded by a helper: the tree, or nil when the generated form did not match the pack.
        case ready(Node?)
        case taken
    }

    private let condition = NSCondition()
    // Read and written only while `condition` is locked.
    private var slots: [Slot]

    init(count: Int) { slots = Array(repeating: .unclaimed, count: count) }

    /// Pack `index`'s tree: decoded here (by `read`, which may parse the YAML) unless a helper
    /// claimed it first, then waited for. A helper's nil (the generated form did not match) is read again here.
    func tree(_ index: Int, read: () throws -> Node?) rethrows -> Node? {
        condition.lock()
        while case .decoding = slots[index] { condition.wait() }
        let slot = slots[index]
        slots[index] = .taken
        condition.unlock()
        if case .ready(let tree?) = slot { return tree }
        return try read()
    }

    /// Decodes unclaimed trees from the last pack back until it meets the compiling thread.
    /// `decode` gives the generated tree, or nil when it does not match the pack.
    func help(decode: (Int) -> Node?) {
        var index = slots.count - 1
        while index >= 0 {
            condition.lock()
            guard case .unclaimed = slots[index] else {
                condition.unlock()
                return
            }
            slots[index] = .decoding
            condition.unlock()
            let tree = decode(index)
            condition.lock()
            slots[index] = .ready(tree)
            condition.broadcast()
            condition.unlock()
            index -= 1
        }
    }
}
