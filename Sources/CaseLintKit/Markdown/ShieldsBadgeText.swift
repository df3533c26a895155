import Foundation

/// What a static shields.io badge says, read from its address: `img.shields.io/badge/status-not%20for%20clinical%20use-red`
/// shows "status | not for clinical use" on the page, though its alt text may say only "status". A badge is
/// where many READMEs put their disclaimer, so the disclaimer rule reads these words as a reader sees them.
enum ShieldsBadgeText {
    /// A document of the same line count whose only text is each badge's words, "status: not for clinical
    /// use.", on the badge's own line (so a finding's line is the badge's); nil when the README has none.
    static func document(from source: MarkdownDocument) -> MarkdownDocument? {
        var lines = [String](repeating: "", count: source.lineCount)
        var found = false
        for line in 0..<source.lineCount where source.kinds[line] == .prose || source.kinds[line] == .html {
            // Most lines hold no badge: a byte search settles that before any String is made.
            guard hasMarker(source.bytes, source.lineRanges[line]) else { continue }
            let bytes = source.bytes[source.lineRanges[line]]
            guard let text = String(bytes: bytes, encoding: .utf8) else { continue }
            let words = text.components(separatedBy: markerText).dropFirst().compactMap(badgeWords)
            guard !words.isEmpty else { continue }
            lines[line] = words.joined(separator: " ")
            found = true
        }
        return found ? MarkdownScanner.scan(lines.joined(separator: "\n")) : nil
    }

    static let markerText = "img.shields.io/badge/"
    static let marker = Array(markerText.utf8)

    private static func hasMarker(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count > marker.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            // memchr jumps from one "i" to the next; the rest of the marker is compared only there.
            guard let base = buffer.baseAddress else { return false }
            let last = range.upperBound - marker.count
            var position = range.lowerBound
            while position <= last, let found = memchr(base + position, Int32(marker[0]), last + 1 - position) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if ByteText.matches(bytes, at: offset, marker) { return true }
                position = offset + 1
            }
            return false
        }
    }

    /// "status-not%20for%20clinical%20use-red" after the marker: "status: not for clinical use." In the
    /// badge's own escapes "--" is a dash, "__" an underscore and "_" a space; the last part is the colour.
    static func badgeWords(_ rest: String) -> String? {
        let path = rest.prefix { !"?)\"' >#".contains($0) }
        var name = String(path)
        for suffix in [".svg", ".png"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        let dash = "\u{1}", underscore = "\u{2}"
        let parts = name.replacingOccurrences(of: "--", with: dash).replacingOccurrences(of: "__", with: underscore)
            .split(separator: "-", omittingEmptySubsequences: false)
            .map { part -> String in
                let text = String(part).replacingOccurrences(of: "_", with: " ")
                    .replacingOccurrences(of: dash, with: "-").replacingOccurrences(of: underscore, with: "_")
                return (text.removingPercentEncoding ?? text).trimmingCharacters(in: .whitespaces)
            }
        // label-message-colour, or message-colour.
        guard parts.count >= 2 else { return nil }
        let shown = parts.dropLast().filter { !$0.isEmpty }
        guard !shown.isEmpty else { return nil }
        return shown.count == 1 ? shown[0] + "." : shown[0] + ": " + shown.dropFirst().joined(separator: " ") + "."
    }
}
