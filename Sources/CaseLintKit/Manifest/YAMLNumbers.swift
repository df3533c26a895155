import Yams

/// Yams' `int` and `float`, answered without Foundation for the numbers rule packs hold: plain
/// decimal digits (`5`, `0.35`, `-1.5`). Yams first copies the text without underscores and looks
/// for a sexagesimal colon, some 20,000 instructions a number; anything else still goes to Yams.
extension ComposedYAML {
    /// `int`: a plain run of digits without a leading zero (YAML 1.1 reads `012` as octal).
    var wholeNumber: Int? {
        if let digits = plainNumberText, let first = digits.utf8.first, digits.utf8.count <= 18,
           first != UInt8(ascii: "0") || digits.utf8.count == 1, digits.utf8.allSatisfy(Self.isDigit) {
            return Int(digits)
        }
        return yamsScalar.flatMap(Int.construct)
    }

    /// `float ?? int`: digits with an optional minus sign and decimal part (`-0.35`).
    var decimalNumber: Double? {
        if let text = plainNumberText {
            let bytes = Array(text.utf8)
            let start = bytes.first == UInt8(ascii: "-") ? 1 : 0
            let point = bytes[start...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
            let whole = bytes[start..<point], fraction = bytes[min(point + 1, bytes.count)...]
            if !whole.isEmpty, bytes.count <= 30, whole.allSatisfy(Self.isDigit),
               point == bytes.count || !fraction.isEmpty && fraction.allSatisfy(Self.isDigit) {
                return Double(text)
            }
        }
        return yamsScalar.flatMap(Double.construct) ?? yamsScalar.flatMap(Int.construct).map(Double.init)
    }

    /// The text of a plain scalar: Yams reads numbers only from those.
    private var plainNumberText: String? {
        guard let style = scalarStyle, style == .plain || style == .any else { return nil }
        return scalarText
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
