import Foundation

public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One finding, located in a file relative to the project root. Line and column are 1-based;
/// a finding about a whole file (a missing section) points at line 1, column 1.
public struct Diagnostic: Codable, Sendable, Equatable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var file: String
    public var line: Int
    public var column: Int
    /// About the file as a whole (a part that is missing), not about the text at its line.
    public var wholeFile: Bool
    /// The whitespace-normalised text of the line the finding points at, which identifies it
    /// across edits elsewhere in the file (see `FindingFingerprint`); nil for a whole-file finding
    /// or a line that could not be read. Never printed: it may hold what a privacy rule found.
    public var context: String?

    public init(rule: String, severity: Severity, message: String, file: String, line: Int = 1, column: Int = 1,
                wholeFile: Bool = false, context: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.wholeFile = wholeFile
        self.context = context
    }

    /// Identifies the finding across runs without its line number: see `FindingFingerprint`.
    public var fingerprint: String {
        FindingFingerprint.make(rule: rule, file: file, context: wholeFile ? nil : context)
    }
}

/// Input the tool cannot work with at all (bad path, unreadable rule pack, malformed config):
/// reported once, exit code 2, no lint result.
public struct InputError: Error, CustomStringConvertible, Equatable {
    public var file: String?
    public var line: Int?
    public var message: String

    public init(file: String? = nil, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line): \(message)"
        case let (file?, nil): return "\(file): \(message)"
        default: return message
        }
    }
}
