import Foundation

/// What `caselint fix` may add for a rule, as its pack declares it under `fix:`. A fix only ever
/// adds text: it never deletes or rewords what the author wrote.
///
///     fix:
///       insert: section                  # section | after-title | manifest
///       heading: Data                    # section: the heading to add, in the usual order of the parts
///       text: "[[TODO: what to write]]"  # section: the body under it, holding a marker
///                                        # after-title: the block placed after the README's title
///                                        # manifest: the comment that opens a new case-study.yaml
///       variables: {decisions: ...}      # defaults for {{name}} in text; a domain pack's wording wins
///       todo: {intended_use: ...}        # manifest: what to ask for where the README says nothing
public struct RuleFix: Sendable {
    public enum Insert: String, Sendable, CaseIterable {
        /// A heading for the rule's case-study part, with a marker under it.
        case section
        /// A block (the disclaimer) right after the README's title.
        case afterTitle = "after-title"
        /// A `case-study.yaml` drafted from what the README shows, when the project has none.
        case manifest
    }

    public var insert: Insert
    public var heading: String?
    public var text: String
    public var variables: [String: String]
    /// Manifest keys, in the order written, with what the author must still supply for each.
    public var todo: [(key: String, request: String)]
    public var line: Int

    /// `{{name}}` in fix texts: a variable filled from the project's domain pack or the defaults.
    static let variablePattern = try! NSRegularExpression(pattern: #"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}"#)

    static func variableNames(in text: String) -> [String] {
        let ns = text as NSString
        return variablePattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    /// The text with each `{{name}}` replaced: the domain's wording first, then the fix's defaults.
    public func renderedText(wording: [String: String] = [:]) -> String {
        let ns = text as NSString
        var out = ""
        var cursor = 0
        for match in Self.variablePattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: cursor, length: match.range.location - cursor))
            let name = ns.substring(with: match.range(at: 1))
            out += wording[name] ?? variables[name] ?? ""
            cursor = match.range.location + match.range.length
        }
        return out + ns.substring(from: cursor)
    }
}
