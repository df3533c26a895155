import Foundation

/// Text the manifest draft takes from the README, as plain text: the items of a section (its list
/// items, or its paragraphs when it has no list) and the sentence in which a rule found its wording.
enum ReadmeExcerpts {
    static let maxItems = 10
    static let maxLength = 400

    /// The items of the section whose heading is at `headingLine`; placeholders are left out.
    static func items(in document: MarkdownDocument, headingLine: Int) -> [String] {
        guard let section = document.sections().first(where: { $0.heading.line == headingLine }),
              let body = section.bodyLines else { return [] }
        var listItems: [String] = []
        var paragraphs: [String] = []
        var current: [String] = []
        var currentIsItem = false
        func close() {
            guard !current.isEmpty else { return }
            let text = clean(current.joined(separator: " "))
            if let text { currentIsItem ? listItems.append(text) : paragraphs.append(text) }
            current = []
        }
        for number in body {
            // A nested section is part of this one only up to its first heading: stop there.
            guard document.kind(ofLine: number) != .heading else { break }
            guard document.kind(ofLine: number) == .prose else {
                close()
                continue
            }
            let line = document.line(number)
            if let item = listItemText(line) {
                close()
                currentIsItem = true
                current = [item]
            } else {
                if current.isEmpty { currentIsItem = false }
                current.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        close()
        return Array((listItems.isEmpty ? paragraphs : listItems).prefix(maxItems))
    }

    /// The text after a list marker (`- `, `* `, `+ `, `1. `, `1) `), or nil for other lines.
    static func listItemText(_ line: String) -> String? {
        let trimmed = line.drop(while: { $0 == " " })
        guard line.count - trimmed.count <= 3 else { return nil }
        if let first = trimmed.first, "-*+".contains(first), trimmed.dropFirst().first == " " {
            return String(trimmed.dropFirst(2))
        }
        let digits = trimmed.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return String(rest.dropFirst(2))
    }

    /// Plain text without Markdown; nil for text that is empty, a placeholder or a bare label.
    static func clean(_ markdown: String) -> String? {
        var text = InlineText.plain(markdown).trimmingCharacters(in: .whitespaces)
        guard text.split(separator: " ").count >= 2,
              text.range(of: #"\bTODO\b|\bTBD\b|\[\["#, options: .regularExpression) == nil else { return nil }
        if text.count > maxLength { text = firstSentences(text, limit: maxLength) }
        return text
    }

    /// Whole sentences from the start of `text`, at most `limit` characters (at least one sentence).
    static func firstSentences(_ text: String, limit: Int) -> String {
        let sentences = sentences(of: text)
        var out = ""
        for sentence in sentences {
            if !out.isEmpty, out.count + 1 + sentence.count > limit { break }
            out += out.isEmpty ? sentence : " " + sentence
        }
        return out
    }

    /// Sentences split as the phrase rules split them (`ParagraphText`).
    static func sentences(of text: String) -> [String] {
        let split = ParagraphText(Array(text.utf8))
        let result = split.sentences.indices.map { split.sentence($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return result.isEmpty ? [text] : result
    }

    /// The sentence of a paragraph that holds `hit`, as plain text.
    static func sentence(containing hit: String, in paragraph: String) -> String? {
        let plain = InlineText.plain(paragraph)
        let needle = InlineText.plain(hit).lowercased()
        let found = sentences(of: plain).first { $0.lowercased().contains(needle) } ?? plain
        return clean(found)
    }
}
