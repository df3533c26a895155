import Foundation

/// A phrase matcher built the first time a README needs it, by whichever thread asks first. The
/// domain profiles hold one per task list and protocol list (fourteen for the built-in packs), and
/// a project is judged by one domain's: building them all while the packs loaded was start-up
/// work that most runs never used.
///
/// `@unchecked Sendable`: `built` is only read and written under `lock`, which the compiler cannot
/// see; the lists it is made from are immutable values.
final class LazyPhraseMatcher: @unchecked Sendable {
    private let lists: [(label: String, phrases: [String])]
    private let lock = NSLock()
    // Read and written only under `lock`.
    private var built: PhraseMatcher?

    init(_ lists: [(label: String, phrases: [String])]) { self.lists = lists }

    var matcher: PhraseMatcher {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let made = PhraseMatcher(lists)
        built = made
        return made
    }
}
