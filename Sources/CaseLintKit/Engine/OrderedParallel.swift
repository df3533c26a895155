import Foundation

/// Runs `produce` for indices 0..<count on every core and hands each product to `consume` on the
/// calling thread in index order, as soon as it and all before it are ready. At most `window`
/// products wait at once, so memory stays bounded however large `count` is, and the caller
/// formats and writes while the workers lint the next projects.
///
/// An error thrown by `consume` stops the workers (those mid-way finish their current index) and
/// is rethrown once they have stopped.
enum OrderedParallel {
    static func run<Product: Sendable>(count: Int, window: Int = 64, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                             produce: @escaping @Sendable (Int) -> Product,
                             consume: (Int, Product) throws -> Void) throws {
        guard count > 0 else { return }
        // One project (or one core): starting and waking worker threads costs more than it saves.
        if count == 1 || workers <= 1 {
            for index in 0..<count { try consume(index, produce(index)) }
            return
        }
        let state = PipelineState<Product>(window: max(window, 1))
        let group = DispatchGroup()
        for _ in 0..<max(1, min(workers, count)) {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                while let index = state.claim(below: count) {
                    state.deliver(produce(index), at: index)
                }
            }
        }
        defer {
            state.stop()
            group.wait()
        }
        for index in 0..<count {
            try consume(index, state.take(index))
        }
    }
}

/// The shared state of one `OrderedParallel` run: the next index to hand out, the products not yet
/// consumed, and the window that keeps workers from running too far ahead of the consumer.
private final class PipelineState<Product: Sendable>: @unchecked Sendable {
    // Every field is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private let window: Int
    private var next = 0
    private var consumed = 0
    private var stopped = false
    private var ready: [Int: Product] = [:]

    init(window: Int) { self.window = window }

    /// The next index to produce, once it is within the window; nil when all are handed out or the run stopped.
    func claim(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, next < count, next >= consumed + window { condition.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ product: Product, at index: Int) {
        condition.lock()
        ready[index] = product
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the product at `index` and removes it, widening the window by one.
    func take(_ index: Int) -> Product {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        consumed = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index)!
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }
}
