import Foundation

/// The parts of a `TextPattern` that most READMEs never need, each made once, on first use, by
/// whichever thread needs it first: the words and runs that filter texts (`PatternFilter`), the
/// compiled regex, the pattern read as a `ByteRegex` (for ASCII sentences, without ICU), and the
/// opening read as a `WordSequence`.
/// Reading every built-in pattern's opening at start-up cost more than compiling the few regexes
/// one README reaches; the words filter most patterns out before either is asked for.
///
/// `@unchecked Sendable`: the caches are only read and written under `lock`, which the
/// compiler cannot see; the linter shares one pattern across the threads that lint projects.
final class LazyPatternParts: @unchecked Sendable {
    private let source: String
    private let lock = NSLock()
    // Read and written only under `lock`.
    private var compiled: NSRegularExpression?
    private var opening: WordSequence??
    private var bytePattern: ByteRegex??
    private var filterParts: PatternFilter?

    init(_ source: String) { self.source = source }

    /// The case-insensitive regex, compiled now if no caller has yet.
    func compile() throws -> NSRegularExpression {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        let made = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
        compiled = made
        return made
    }

    /// Built-in patterns are compiled by the tests, so a failure here is a defect in a pack.
    var regex: NSRegularExpression {
        do { return try compile() } catch { preconditionFailure("built-in pattern does not compile: \(source)") }
    }

    /// The words and runs a text must hold, made now if no caller has yet.
    var filter: PatternFilter {
        lock.lock()
        defer { lock.unlock() }
        if let filterParts { return filterParts }
        let made = PatternFilter(source)
        filterParts = made
        return made
    }

    /// The pattern as a `ByteRegex` (nil when it uses syntax that one does not read), read now if no
    /// caller has yet.
    var byteRegex: ByteRegex? {
        lock.lock()
        defer { lock.unlock() }
        if let bytePattern { return bytePattern }
        let read = ByteRegex(source)
        bytePattern = .some(read)
        return read
    }

    /// The opening (nil when it says nothing a sentence could lack), read now if no caller has yet.
    var sequence: WordSequence? {
        lock.lock()
        defer { lock.unlock() }
        if let opening { return opening }
        let read = WordSequence(source)
        opening = .some(read)
        return read
    }
}
