import Foundation

/// Strings kept end to end in blocks of UTF-8 bytes: a run over a folder of thousands of projects
/// keeps a path or a name per project until its end, and a `String` each would cost a heap block
/// and its header apiece (about twice the text). The blocks have a fixed size, so the store grows
/// by adding one rather than by copying everything into a buffer twice as large. Read back as
/// strings, in order.
public struct PackedStrings: RandomAccessCollection, Sendable, Equatable {
    static let blockSize = 1 << 16

    /// Where a string ends: its block, and the offset after its last byte.
    private struct Place: Sendable, Equatable {
        var block: UInt32
        var end: UInt32
    }

    private var blocks: [[UInt8]] = []
    private var places: [Place] = []

    public init() {}

    public init<Strings: Sequence>(_ strings: Strings) where Strings.Element == String {
        for string in strings { append(string) }
    }

    public mutating func append(_ string: String) { append(utf8: string.utf8) }

    /// A string given as its UTF-8 bytes (whole text: a cut at an ASCII byte, as `ProjectLines` makes).
    mutating func append(utf8 bytes: some Collection<UInt8>) {
        let count = bytes.count
        // A string never spans two blocks; one longer than a block gets a block of its own.
        if blocks.isEmpty || blocks[blocks.count - 1].count + count > Self.blockSize {
            var block: [UInt8] = []
            block.reserveCapacity(Swift.max(Self.blockSize, count))
            blocks.append(block)
        }
        blocks[blocks.count - 1].append(contentsOf: bytes)
        places.append(Place(block: UInt32(blocks.count - 1), end: UInt32(blocks[blocks.count - 1].count)))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { places.count }

    public subscript(index: Int) -> String { string(at: index, after: "") }

    /// `prefix` and the string at `index` as one string, made in one allocation.
    func string(at index: Int, after prefix: String) -> String {
        let place = places[index]
        let start = index > 0 && places[index - 1].block == place.block ? Int(places[index - 1].end) : 0
        return blocks[Int(place.block)].withUnsafeBufferPointer { buffer in
            let bytes = UnsafeBufferPointer(rebasing: buffer[start..<Int(place.end)])
            guard !prefix.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
            let lead = prefix.utf8.count
            return String(unsafeUninitializedCapacity: lead + bytes.count) { out in
                _ = out.initialize(fromContentsOf: prefix.utf8)
                _ = UnsafeMutableBufferPointer(rebasing: out[lead...]).initialize(fromContentsOf: bytes)
                return lead + bytes.count
            }
        }
    }
}

extension PackedStrings: ExpressibleByArrayLiteral {
    public init(arrayLiteral strings: String...) { self.init(strings) }
}
