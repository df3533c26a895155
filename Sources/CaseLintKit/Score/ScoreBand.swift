import Foundation

/// Fixed bands, so that a number always reads the same way (Lighthouse's 90/50 cut-offs).
public enum ScoreBand: String, Sendable, CaseIterable {
    case ready
    case needsWork = "needs-work"
    case notReady = "not-ready"

    public init(total: Int) {
        switch total {
        case 90...: self = .ready
        case 50..<90: self = .needsWork
        default: self = .notReady
        }
    }

    /// The words people read: "ready", "needs work", "not ready".
    public var label: String {
        switch self {
        case .ready: return "ready"
        case .needsWork: return "needs work"
        case .notReady: return "not ready"
        }
    }

    /// The band's range, for legends.
    public var range: ClosedRange<Int> {
        switch self {
        case .ready: return 90...100
        case .needsWork: return 50...89
        case .notReady: return 0...49
        }
    }
}
