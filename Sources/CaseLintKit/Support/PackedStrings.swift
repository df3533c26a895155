import Foundation

/// Strings kept end to end in one buffer of UTF-8 bytes: a run over a folder of thousands of
/// projects keeps a path or a name per project until its end, and a `String` each would cost a
/// heap block and its header apiece (about twice the text). Read back as strings, in order.
public struct PackedStrings: RandomAccessCollection, Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// Where each string ends in `bytes`.
    private var ends: [UInt32] = []

    public init() {}

    public init<Strings: Sequence>(_ strings: Strings) where Strings.Element == String {
        for string in strings { append(string) }
    }

    public mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        ends.append(UInt32(bytes.count))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    public subscript(index: Int) -> String {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<Int(ends[index])]), as: UTF8.self)
        }
    }
}

extension PackedStrings: ExpressibleByArrayLiteral {
    public init(arrayLiteral strings: String...) { self.init(strings) }
}
