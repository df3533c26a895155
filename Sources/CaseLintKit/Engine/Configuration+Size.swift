import Foundation

extension Configuration {
    /// Bytes in a size written by a person: `2000000`, `500KB`, `10 MB`, `1.5mb`, `64k`.
    /// Units are binary (1 KB = 1024 bytes); B, KB/KiB/K, MB/MiB/M and GB/GiB/G are accepted,
    /// in any case. Nil for anything else, or for a size below one byte.
    public static func parseSize(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let digits = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard !digits.isEmpty, let number = Double(digits), let scale = sizeUnits[unit] else { return nil }
        let bytes = (number * Double(scale)).rounded(.down)
        guard bytes >= 1, bytes < Double(Int.max / 2) else { return nil }
        return Int(bytes)
    }

    private static let sizeUnits: [String: Int] = [
        "": 1, "b": 1,
        "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10,
        "m": 1 << 20, "mb": 1 << 20, "mib": 1 << 20,
        "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
    ]
}
