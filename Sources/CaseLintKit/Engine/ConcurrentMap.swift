import Foundation

/// `transform` for every index, on every core, with the results in index order: for short
/// independent jobs (listing member folders, parsing the built-in packs, planning fixes).
enum ConcurrentMap {
    static func map<Value: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Value) -> [Value] {
        let slots = Slots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(transform(index), at: index) }
        return slots.values
    }
}

/// Storage that each iteration writes at its own index, once, and that is read only after
/// `concurrentPerform` has returned: no two threads touch one slot, so no lock is needed.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func store(_ value: Value, at index: Int) { buffer[index] = value }

    var values: [Value] { buffer.map { $0! } }
}
