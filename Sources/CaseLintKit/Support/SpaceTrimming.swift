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

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, likewise without Foundation when there is
    /// nothing to trim: the first such call in a process bridged enough of it to be a tenth of
    /// linting one project (a README's title, read for each project's identity).
    func trimmingSpacesAndNewlines() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              Self.isPlainEnd(first, newlines: true), Self.isPlainEnd(last, newlines: true) else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return String(self)
    }

    /// An ASCII character outside the set: not a space or a tab (and, with `newlines`, not a line
    /// feed, vertical tab, form feed or carriage return, the set's other ASCII members).
    private static func isPlainEnd(_ scalar: Unicode.Scalar, newlines: Bool = false) -> Bool {
        scalar.isASCII && scalar != " " && scalar != "\t" && !(newlines && (0x0A...0x0D).contains(scalar.value))
    }
}
