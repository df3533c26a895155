import Foundation

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, answered without Foundation when there is nothing to
    /// trim: text that starts and ends with an ASCII character other than a space or a tab (the only
    /// ASCII members of that set). Foundation's trimming bridges the text each time, and the
    /// built-in packs' fix headings made it a measurable part of start-up.
    func trimmingSpaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              Self.isPlainEnd(first), Self.isPlainEnd(last) else { return trimmingCharacters(in: .whitespaces) }
        return String(self)
    }

    private static func isPlainEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && scalar != " " && scalar != "\t"
    }
}
