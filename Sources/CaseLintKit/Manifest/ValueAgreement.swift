import Foundation

/// Whether a metric value declared in `case-study.yaml` and one written in the README are the same
/// number as a reader would see it: 0.91, 91% and 91.0% agree; 0.832 agrees with 0.83 (the README
/// may round); 0.83 and 0.85 do not. Values are compared at the coarser of the two precisions,
/// within half a unit of its last digit, so either rounding of a tie is accepted.
public enum ValueAgreement {
    /// - readmeDecimals: digits after the decimal point as written in the README ("91.0%" has 1).
    public static func agrees(manifest: Double, readme: Double, readmePercent: Bool, readmeDecimals: Int) -> Bool {
        let manifestDecimals = decimals(of: manifest)
        // The manifest may hold a fraction where the README shows a percentage, or the reverse.
        var candidates: [(value: Double, decimals: Int)] = [(manifest, manifestDecimals)]
        if readmePercent, manifest <= 1 { candidates.append((manifest * 100, max(manifestDecimals - 2, 0))) }
        if !readmePercent, readme <= 1, manifest > 1, manifest <= 100 { candidates.append((manifest / 100, manifestDecimals + 2)) }
        return candidates.contains { candidate in
            let places = min(candidate.decimals, readmeDecimals)
            let tolerance = 0.5 * pow(10, -Double(places)) + 1e-9
            return abs(candidate.value - readme) <= tolerance
        }
    }

    /// Digits after the point in the shortest form of a value: 0.83 -> 2, 91.0 -> 0, 1e-05 -> 5.
    public static func decimals(of value: Double) -> Int {
        let text = "\(value)"
        if let exponent = text.range(of: "e-") {
            let mantissa = text[..<exponent.lowerBound]
            let fraction = mantissa.split(separator: ".").dropFirst().first.map { $0.count } ?? 0
            return fraction + (Int(text[exponent.upperBound...]) ?? 0)
        }
        guard let point = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: point)...]
        return fraction == "0" ? 0 : fraction.count
    }

    /// Digits after the point as the number is written ("0.830" -> 3, "1,204" -> 0).
    public static func decimals(written: some Sequence<UInt8>) -> Int {
        var seenPoint = false
        var count = 0
        for byte in written {
            if byte == UInt8(ascii: ".") { seenPoint = true } else if seenPoint, byte >= 0x30, byte <= 0x39 { count += 1 }
        }
        return count
    }
}
