/// Arrays of zeros made by copying from a block of zeros kept for the run.
///
/// `Array(repeating:count:)` and `init(unsafeUninitializedCapacity:)` allocate through a standard-library
/// function that is not specialized for the element type, which looks the storage class up in the
/// runtime's metadata cache on every call (about 450 instructions, some 20 such arrays per README).
/// An array made from a buffer allocates through code specialized here, whose metadata is cached,
/// and a copy of a few hundred zero bytes costs far less than the look-up. Only for arrays written
/// through a buffer pointer: written element by element, the optimizer no longer knows a fresh array
/// is unique, and its uniqueness checks cost more than the look-up saves (the section cues' counts).
enum ZeroedArray {
    /// The largest array copied (in bytes); longer ones are made with `Array(repeating:count:)`, as
    /// `memcpy` switches to `rep movsb` above this size, which callgrind counts byte by byte.
    static let maximumBytes = 4096

    /// `maximumBytes` of zeros, never written after they are made (so shared by every thread).
    nonisolated(unsafe) private static let zeros: UnsafeMutableRawPointer = {
        let block = UnsafeMutableRawPointer.allocate(byteCount: maximumBytes, alignment: 16)
        block.initializeMemory(as: UInt8.self, repeating: 0, count: maximumBytes)
        return block
    }()

    /// `count` zeros of a number type (integers, floating point): the same array as
    /// `Array(repeating: 0, count: count)`.
    @inline(__always) static func of<Element: Numeric & BitwiseCopyable>(_ type: Element.Type = Element.self, count: Int) -> [Element] {
        guard count > 0, count <= maximumBytes / MemoryLayout<Element>.stride else { return Array(repeating: 0, count: count) }
        // All-zero bytes are the number 0 (and +0.0) for every integer and IEEE floating-point type.
        return Array(UnsafeBufferPointer(start: UnsafePointer(zeros.bindMemory(to: Element.self, capacity: count)), count: count))
    }
}
