import Foundation

/// Where a matcher comes from: the generated tables (`PrebuiltMatchers`, written by
/// `Scripts/embed-resources.sh`) when its lists fingerprint as at build time, else built now.
/// While recording (the generator and the test that keeps the tables in step) nothing is read
/// from the tables and every matcher built is kept, to be written out by `PrebuiltMatcherSource`.
///
/// `@unchecked Sendable`: `recorded` is only read and written under `lock`.
final class MatcherPrebuilds: @unchecked Sendable {
    enum Recorded: Sendable {
        case phrase(PhraseMatcher.Tables)
        case heading(SectionHeadingMatcher.Prebuilt)
        case domains(DomainDetector.Prebuilt)
    }

    static let shared = MatcherPrebuilds()
    private let lock = NSLock()
    // Read and written only under `lock`; nil when not recording.
    private var recorded: [InputFingerprint: Recorded]?

    private var isRecording: Bool {
        lock.lock()
        defer { lock.unlock() }
        return recorded != nil
    }

    private func record(_ key: InputFingerprint, _ value: Recorded) {
        lock.lock()
        defer { lock.unlock() }
        if recorded != nil, recorded?[key] == nil { recorded?[key] = value }
    }

    /// Records every matcher `body` builds (and reads none from the tables); returns them.
    static func recording(_ body: () throws -> Void) rethrows -> [InputFingerprint: Recorded] {
        shared.lock.lock()
        shared.recorded = [:]
        shared.lock.unlock()
        defer {
            shared.lock.lock()
            shared.recorded = nil
            shared.lock.unlock()
        }
        try body()
        shared.lock.lock()
        defer { shared.lock.unlock() }
        return shared.recorded ?? [:]
    }

    static func phrase(_ key: InputFingerprint, build: () -> PhraseMatcher) -> PhraseMatcher {
        if !shared.isRecording, let tables = PrebuiltMatchers.phrase(key) { return PhraseMatcher(tables: tables) }
        let built = build()
        shared.record(key, .phrase(built.tables))
        return built
    }

    static func heading(_ key: InputFingerprint, build: () -> SectionHeadingMatcher) -> SectionHeadingMatcher {
        if !shared.isRecording, let prebuilt = PrebuiltMatchers.heading(key) {
            return SectionHeadingMatcher(prebuilt: prebuilt)
        }
        let built = build()
        if shared.isRecording { shared.record(key, .heading(built.prebuilt)) }
        return built
    }

    static func domains(_ key: InputFingerprint, build: () -> DomainDetector) -> DomainDetector {
        if !shared.isRecording, let prebuilt = PrebuiltMatchers.domains(key) {
            return DomainDetector(prebuilt: prebuilt)
        }
        let built = build()
        if shared.isRecording { shared.record(key, .domains(built.prebuilt)) }
        return built
    }
}
