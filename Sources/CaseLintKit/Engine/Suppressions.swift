import Foundation

/// Inline suppressions written as HTML comments in a README, in the style of markdownlint:
/// `<!-- caselint-disable rule.id other.id -->` ... `<!-- caselint-enable rule.id -->`, and
/// `<!-- caselint-disable-next-line rule.id -->`. Without ids they apply to every rule.
/// A `disable` that is never re-enabled also covers findings about the file as a whole.
public struct Suppressions: Sendable {
    struct Region {
        var rule: String?      // nil: every rule
        var from: Int
        var to: Int            // inclusive; Int.max when never re-enabled
    }

    private var regions: [Region] = []

    public init(comments: [MarkdownComment]) {
        var open: [String?: Int] = [:]
        for comment in comments {
            // Most comments are not directives: a byte search passes over them before Foundation's
            // replacing and splitting.
            guard Self.mentionsDirective(comment.text) else { continue }
            let words = comment.text
                .replacingOccurrences(of: "<!--", with: " ").replacingOccurrences(of: "-->", with: " ")
                .split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
            guard let directive = words.first, directive.hasPrefix("caselint-") else { continue }
            let ids: [String?] = words.count > 1 ? words.dropFirst().map { $0 } : [nil]
            switch directive {
            case "caselint-disable":
                for id in ids where open[id] == nil { open[id] = comment.line }
            case "caselint-enable":
                for id in ids {
                    if id == nil {
                        for (key, start) in open { regions.append(Region(rule: key, from: start, to: comment.line)) }
                        open.removeAll()
                    } else if let start = open.removeValue(forKey: id) {
                        regions.append(Region(rule: id, from: start, to: comment.line))
                    }
                }
            case "caselint-disable-next-line":
                let target = comment.line + comment.text.filter { $0 == "\n" }.count + 1
                for id in ids { regions.append(Region(rule: id, from: target, to: target)) }
            case "caselint-disable-line":
                for id in ids { regions.append(Region(rule: id, from: comment.line, to: comment.line)) }
            default:
                continue
            }
        }
        for (id, start) in open { regions.append(Region(rule: id, from: start, to: .max)) }
    }

    static let directivePrefix = Array("caselint-".utf8)

    /// Whether "caselint-" occurs in the text, compared byte by byte in place.
    static func mentionsDirective(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let prefix = directivePrefix
            guard bytes.count >= prefix.count else { return false }
            for start in 0...(bytes.count - prefix.count) where bytes[start] == prefix[0] {
                if (1..<prefix.count).allSatisfy({ bytes[start + $0] == prefix[$0] }) { return true }
            }
            return false
        }
    }

    public func suppresses(rule: String, line: Int, wholeFile: Bool) -> Bool {
        regions.contains { region in
            guard region.rule == nil || region.rule == rule else { return false }
            if wholeFile { return region.to == .max }
            return line >= region.from && line <= region.to
        }
    }
}
