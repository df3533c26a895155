import Foundation

/// `ByteRegex` held against NSRegularExpression on one text, for the fuzz harness (a package of its
/// own that sees only the public API): the linter trusts the byte matcher on ASCII text because the
/// two agree, and this is where a disagreement would show.
public enum ByteRegexDifferential {
    /// A description of how the two differ on `text` (ASCII; other bytes are not compared), or nil
    /// when they agree, when the byte matcher does not read the pattern, or when it gives up on
    /// the search (ICU then answers in the linter).
    public static func disagreement(pattern: String, text: [UInt8]) -> String? {
        guard ByteRegex(pattern) != nil else { return nil }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
            return "ByteRegex reads a pattern ICU refuses: \(pattern)"
        }
        return disagreement(regex, text: text)
    }

    /// The same for a pattern compiled case-insensitively once (Foundation keeps a copy of every
    /// pattern longer than 256 characters it compiles, so a caller that checks many texts compiles once).
    public static func disagreement(_ regex: NSRegularExpression, text: [UInt8]) -> String? {
        let pattern = regex.pattern
        guard text.allSatisfy({ $0 < 0x80 }), let bytes = ByteRegex(pattern) else { return nil }
        // The byte matcher first: a search it gives up on is left out, and ICU (whose backtracking
        // has no budget) is not run on it.
        guard let all = bytes.matches(in: text, 0..<text.count), let first = bytes.matches(in: text, 0..<text.count, firstOnly: true) else {
            return nil
        }
        let string = String(decoding: text, as: UTF8.self)
        let icu = regex.matches(in: string, range: NSRange(location: 0, length: text.count))
            .map { $0.range.location..<($0.range.location + $0.range.length) }
        if all != icu { return "\(pattern) on \(string.debugDescription): ByteRegex \(all), ICU \(icu)" }
        if first != Array(icu.prefix(1)) { return "\(pattern) on \(string.debugDescription), first only: ByteRegex \(first), ICU \(icu.prefix(1))" }
        return nil
    }
}
