import Foundation

/// The built-in packs and the vocabulary they filled, before any pack from --rules joins them.
struct BuiltInRules: Sendable {
    let packs: [RulePack]
    let vocabulary: SharedVocabulary
}

/// Compiles the built-in rule packs on another thread while the command line is still being
/// parsed. Every command but --version and --help needs them, and on one project compiling them
/// was the longest single step of the run; argument parsing and the rules no longer wait for each
/// other. `RuleSet.load` takes the result once, waiting for it if it is not ready (and setting up
/// what the linting will need meanwhile); a later load (or one in a process that never started the
/// preload, such as the tests) compiles its own.
public enum BuiltInRulePreload {
    private static let state = PreloadState()

    /// Starts compiling in the background; calls after the first do nothing.
    public static func start() { state.start() }

    /// The preloaded packs, once: nil when no preload was started or its result was taken.
    static func take() -> Result<BuiltInRules, any Error>? { state.take() }

    /// Decodes the packs' trees the loading thread has not reached, for a caller that has other
    /// work to do before it takes the rules: the sooner the loader has them, the sooner it is done.
    static func decodeAhead() { state.decodeAhead() }
}

/// The preload's one result, handed from the loading thread to the first `take` under a lock.
private final class PreloadState: @unchecked Sendable {
    private let condition = NSCondition()
    // Read and written only while `condition` is locked.
    private var started = false
    private var taken = false
    private var result: Result<BuiltInRules, any Error>?
    /// The packs' trees, which a caller of `take` decodes some of while the loader compiles.
    private let trees = BuiltInPackTrees(count: EmbeddedResources.rulePacks.count)

    func start() {
        condition.lock()
        defer { condition.unlock() }
        guard !started else { return }
        started = true
        // A thread of its own, not Dispatch's pool: the loader waits for the heading matcher's
        // thread, and a pool as wide as the CPUs it may use (one, under taskset) would have no
        // worker left to build it until Dispatch added one a second later.
        Thread.detachNewThread { self.load() }
    }

    private func load() {
        let loaded = Result { try RuleSet.loadBuiltIn(trees: trees) }
        // The matchers `freeze` builds are kept unless a pack from --rules changes their lists.
        if case .success(let rules) = loaded { rules.vocabulary.freeze() }
        condition.lock()
        result = loaded
        condition.broadcast()
        condition.unlock()
        // When the rules were ready before the command line was parsed, the set-up goes on here,
        // beside the linting, instead of inside it.
        _ = Self.lintingTables
    }

    /// One-time set-ups that linting almost any README pays for, made by whichever thread gets
    /// there first, each once: the words of identifier column names are gathered for the first
    /// table. (ICU's regex tables are not set up ahead: the rules' patterns run on ASCII sentences
    /// without ICU (`ByteRegex`), so most runs never compile an NSRegularExpression.)
    private static let lintingTables: Void = {
        _ = IdentifierColumns.headerWords
    }()

    func decodeAhead() {
        condition.lock()
        let waiting = started && !taken && result == nil
        condition.unlock()
        if waiting { trees.help(decode: RuleSet.treeAhead) }
    }

    func take() -> Result<BuiltInRules, any Error>? {
        condition.lock()
        defer { condition.unlock() }
        guard started, !taken else { return nil }
        // Claimed before the lock is let go below: the result goes to one caller only.
        taken = true
        if result == nil {
            // The calling thread would only wait: it decodes the packs' trees the loader has not
            // reached, then makes the linting's one-time tables, rather than a third thread
            // competing with the loader for the CPUs.
            condition.unlock()
            trees.help(decode: RuleSet.treeAhead)
            _ = Self.lintingTables
            condition.lock()
        }
        while result == nil { condition.wait() }
        return result
    }
}
