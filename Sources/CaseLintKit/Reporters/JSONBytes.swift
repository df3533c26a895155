import Foundation

/// Where JSON text goes: a `[UInt8]` (a `JSONValue` serialised, a baseline's strings) or
/// `JSONBytes` (`JSONWriter`, a project's part of a report). `JSONValue.quote` and `writeNumber`
/// write to either.
protocol JSONOutput {
    mutating func append(_ byte: UInt8)
    /// The `count` bytes at `start`.
    mutating func append(_ start: UnsafePointer<UInt8>, count: Int)
}

extension Array: JSONOutput where Element == UInt8 {
    mutating func append(_ start: UnsafePointer<UInt8>, count: Int) {
        append(contentsOf: UnsafeBufferPointer(start: start, count: count))
    }
}

/// The bytes `JSONWriter` writes, at the end of a buffer of their own. Appended to a `[UInt8]`,
/// every run of bytes (a key with its indentation, a string's quotes and text, a number's digits:
/// some 800 per project) checked the array's uniqueness and capacity and then made an iterator to
/// check it had copied the whole run, about ninety instructions a run; here it is a bounds test
/// and a copy. Read back once, as an array, when the writer is done.
///
/// Copies share the buffer: a writer is made, written through `inout` and read, never copied.
struct JSONBytes: JSONOutput {
    /// Frees the buffer with the last copy. The buffer's address is kept in the struct too, so
    /// that writing reads no class property (whose accesses are checked at run time).
    private final class Owner {
        var base: UnsafeMutablePointer<UInt8>
        init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }
        deinit { base.deallocate() }
    }

    private var owner: Owner
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        owner = Owner(base)
    }

    /// Room for `extra` more bytes; a buffer that grows at least doubles. Debug builds (the tests)
    /// check that no other copy shares the buffer: two copies written would overwrite each other's
    /// bytes, and one growing would free the other's.
    @inline(__always) private mutating func reserve(_ extra: Int) {
        assert(isKnownUniquelyReferenced(&owner), "JSONBytes written through a copy that shares its buffer")
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(needed, capacity * 2))
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        owner.base = grown
        capacity = max(needed, capacity * 2)
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        reserve(length)
        (base + count).initialize(from: start, count: length)
        count += length
    }

    /// `length` bytes written in place by `body`, which is given where they go.
    @inline(__always) mutating func write(_ length: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
        reserve(length)
        body(base + count)
        count += length
    }

    /// What was written, as an array of its own.
    var array: [UInt8] { [UInt8](UnsafeBufferPointer(start: base, count: count)) }

    var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
}
