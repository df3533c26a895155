/// Token hashes mapped to small numbers by open addressing. A token's hash is FNV-1a, already well
/// mixed, so its own bits pick the slot: a look-up costs a multiply-free probe or two instead of
/// `Dictionary`'s SipHash of the key, which was most of the time spent looking up phrase starts
/// and placeholder words.
struct TokenHashTable: Sendable {
    private var keys: [UInt64]
    /// The value stored for `keys[slot]`, or -1 where the slot is empty.
    private var values: [Int32]
    private let mask: Int

    /// Room for `count` keys with at least half the slots left empty, so probe runs stay short.
    init(capacity count: Int) {
        var size = 8
        while size < count * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// A set: every key maps to 0.
    init(_ keys: some Collection<UInt64>) {
        self.init(capacity: keys.count)
        for key in keys { insert(key, value: 0) }
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 32)) & mask }

    /// Stores `value` for `key`; the first value stored for a key is kept.
    mutating func insert(_ key: UInt64, value: Int) {
        var position = slot(key)
        while values[position] >= 0 {
            if keys[position] == key { return }
            position = (position + 1) & mask
        }
        keys[position] = key
        values[position] = Int32(value)
    }

    func value(for key: UInt64) -> Int? {
        var position = slot(key)
        while values[position] >= 0 {
            if keys[position] == key { return Int(values[position]) }
            position = (position + 1) & mask
        }
        return nil
    }

    func contains(_ key: UInt64) -> Bool { value(for: key) != nil }
}
