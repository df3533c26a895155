import Foundation

/// Text from READMEs ends up in terminals, CI logs and files; none of them should receive control
/// characters (an escape sequence in a README must not recolour a log or hide a line).
enum ReportText {
    /// Replaces every control character (C0, DEL, C1), line breaks included, with a space.
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isControl(scalar) ? " " : scalar) }
        return String(out)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// A project-relative file as a reader finds it: `project/README.md`.
    static func location(_ result: ProjectResult, _ diagnostic: Diagnostic) -> String {
        ProjectScanner.join(result.project.path, diagnostic.file)
    }

    /// Points with one decimal, so small actions do not all read "+0".
    static func points(_ value: Double) -> String {
        String(format: "%.1f", (value * 10).rounded() / 10)
    }

    /// Pads on the right to `width` characters; never cuts longer text.
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
