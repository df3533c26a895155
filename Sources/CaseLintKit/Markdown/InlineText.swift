import Foundation

/// Reduces inline Markdown to the words a reader sees: links and images keep their text, code
/// spans keep their content, emphasis markers and HTML tags go, escapes and entities are resolved.
public enum InlineText {
    public static func plain(_ source: String) -> String {
        if let plain = alreadyPlain(source) { return plain }
        // Written as UTF-8 bytes and made a string once: appending scalar by scalar to a String
        // cost about 440 instructions a scalar.
        var out: [UInt8] = []
        out.reserveCapacity(source.utf8.count)
        var scalars = Array(source.unicodeScalars)
        var index = 0
        scalars.append(" ")  // sentinel simplifies look-ahead
        while index < scalars.count - 1 {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                // `\#` is a literal `#`; a backslash before a line ending is a hard break.
                let next = scalars[index + 1]
                if asciiPunctuation.contains(next) {
                    append(next, to: &out)
                    index += 2
                    continue
                }
                if next == "\n" {
                    index += 1
                    continue
                }
            case "`":
                let (text, length) = codeSpan(scalars, at: index)
                out.append(contentsOf: text.utf8)
                index += length
                continue
            case "!" where scalars[index + 1] == "[":
                index += 1
                continue
            case "[":
                // [text](url) or [text][ref]: keep text, skip the target.
                if let close = findClose(scalars, from: index + 1, open: "[", close: "]") {
                    out.append(contentsOf: plain(String(String.UnicodeScalarView(scalars[(index + 1)..<close]))).utf8)
                    var next = close + 1
                    if next < scalars.count, scalars[next] == "(" || scalars[next] == "[" {
                        let closer: Unicode.Scalar = scalars[next] == "(" ? ")" : "]"
                        if let end = findClose(scalars, from: next + 1, open: scalars[next], close: closer) { next = end + 1 }
                    }
                    index = next
                    continue
                }
            case "<":
                if let end = scalars[index...].firstIndex(of: ">"), end - index < 400,
                   index + 1 < scalars.count, isTagStart(scalars[index + 1]) {
                    // An autolink shows its address; a tag shows nothing.
                    let inner = scalars[(index + 1)..<end]
                    if isAutolink(inner) { for scalar in inner { append(scalar, to: &out) } }
                    index = end + 1
                    continue
                }
            case "*":
                index += 1
                continue
            case "_" where scalars[index + 1] == "_":
                index += 2
                continue
            case "&":
                if let (text, length) = entity(scalars, at: index) {
                    out.append(contentsOf: text.utf8)
                    index += length
                    continue
                }
            default:
                break
            }
            append(scalar, to: &out)
            index += 1
        }
        return collapse(out)
    }

    /// A scalar's UTF-8 bytes.
    @inline(__always) private static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if scalar.isASCII {
            out.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            UTF8.encode(scalar) { out.append($0) }
        }
    }

    /// A run of backticks opens a code span closed by a run of the same length; its content is
    /// kept verbatim. Without a closer the backticks are literal.
    private static func codeSpan(_ scalars: [Unicode.Scalar], at start: Int) -> (String, Int) {
        var open = start
        while open < scalars.count, scalars[open] == "`" { open += 1 }
        let width = open - start
        var index = open
        while index < scalars.count {
            guard scalars[index] == "`" else { index += 1; continue }
            var run = index
            while run < scalars.count, scalars[run] == "`" { run += 1 }
            if run - index == width {
                var content = String(String.UnicodeScalarView(scalars[open..<index]))
                if content.count >= 2, content.first == " ", content.last == " ", content.contains(where: { $0 != " " }) {
                    content = String(content.dropFirst().dropLast())
                }
                return (content, run - start)
            }
            index = run
        }
        return (String(repeating: "`", count: width), width)
    }

    private static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    private static func isTagStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "/" || scalar == "!" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }

    /// `scheme:rest` without spaces (`https://...`, `mailto:...`) or a plain e-mail address.
    private static func isAutolink(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !inner.contains(where: { $0 == " " || $0 == "<" }) else { return false }
        if let colon = inner.firstIndex(of: ":") {
            let scheme = inner[inner.startIndex..<colon]
            return (2...32).contains(scheme.count)
                && scheme.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789+.-".unicodeScalars.contains($0)) }
        }
        return inner.contains("@") && !inner.contains("/")
    }

    private static func findClose(_ scalars: [Unicode.Scalar], from start: Int, open: Unicode.Scalar, close: Unicode.Scalar) -> Int? {
        var depth = 0
        var index = start
        while index < scalars.count {
            if scalars[index] == open { depth += 1 }
            if scalars[index] == close {
                if depth == 0 { return index }
                depth -= 1
            }
            index += 1
        }
        return nil
    }

    /// The named entities READMEs actually use; numeric ones are decoded in general.
    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
        "trade": "™", "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "bull": "•", "rarr": "→",
        "larr": "←", "harr": "↔", "uarr": "↑", "darr": "↓", "rArr": "⇒", "times": "×", "divide": "÷",
        "plusmn": "±", "deg": "°", "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "micro": "µ", "para": "¶",
        "sect": "§", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "check": "✓", "star": "☆", "hearts": "♥", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
        "lambda": "λ", "mu": "μ", "sigma": "σ", "ensp": " ", "emsp": " ", "thinsp": " ", "zwj": "\u{200D}",
    ]

    private static func entity(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        var end = index + 1
        while end < scalars.count, end - index <= 32,
              ("a"..."z").contains(scalars[end]) || ("A"..."Z").contains(scalars[end])
              || ("0"..."9").contains(scalars[end]) || scalars[end] == "#" {
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";", end > index + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value > 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(Character(scalar)), end - index + 1)
        }
        guard let text = entities[name] else { return nil }
        return (text, end - index + 1)
    }

    /// Text with no byte that starts markup (escape, code, link, tag, emphasis, entity) and no
    /// white space to collapse inside reads the same plain, trimmed: most headings. Decided on the
    /// bytes, which is far cheaper than the scalar-by-scalar pass that would give the same text.
    /// nil when the full pass is needed. Spaces at the ends are trimmed only in ASCII text, where
    /// every byte is a character of its own (elsewhere a space can carry a combining mark).
    /// Read from the string's UTF-8 buffer: through `String.UTF8View` each byte cost an
    /// iterator step and an index check.
    static func alreadyPlain(_ text: String) -> String? {
        var text = text
        let kept: Range<Int>? = text.withUTF8 { bytes in
            var isASCII = true
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "*"), UInt8(ascii: "_"),
                     UInt8(ascii: "&"), 0x09, 0x0A, 0x0D:
                    return nil
                default:
                    if byte >= 0x80 { isASCII = false }
                }
            }
            var start = 0
            var end = bytes.count
            while start < end, bytes[start] == 0x20 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            guard isASCII || (start == 0 && end == bytes.count) else { return nil }
            var last: UInt8 = 0
            for offset in start..<end {
                if bytes[offset] == 0x20, last == 0x20 { return nil }
                last = bytes[offset]
            }
            return start..<end
        }
        guard let kept else { return nil }
        let utf8 = text.utf8
        guard kept.lowerBound > 0 || kept.upperBound < utf8.count else { return text }
        return String(text[utf8.index(utf8.startIndex, offsetBy: kept.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: kept.upperBound)])
    }

    /// Runs of text between white space, joined by single spaces. In ASCII text with no CR LF pair
    /// every byte is a character of its own, so the runs are cut on the bytes; other text is cut
    /// by characters (a space can carry a combining mark, CR LF is one character).
    private static func collapse(_ bytes: [UInt8]) -> String {
        var simple = true
        for offset in bytes.indices where bytes[offset] >= 0x80
            || bytes[offset] == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A {
            simple = false
            break
        }
        guard simple else { return collapse(String(decoding: bytes, as: UTF8.self)) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var spaceDue = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                spaceDue = !out.isEmpty
            } else {
                if spaceDue { out.append(0x20) }
                spaceDue = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
