import Foundation

/// What the user chose for one `caselint new` run, validated, and the template variables built
/// from it. Nothing here reads the clock or the environment: the year is an input, so the same
/// inputs always render the same bytes.
public struct ScaffoldInputs: Sendable {
    public var name: ProjectName
    /// Nil: the blueprint's default title.
    public var title: String?
    /// Nil: a placeholder marker where the author's name goes.
    public var author: String?
    public var year: Int

    public init(name: ProjectName, title: String? = nil, author: String? = nil, year: Int) throws {
        self.name = name
        self.title = try title.map { try Self.checkedText($0, option: "--title", limit: 120) }
        self.author = try author.map { try Self.checkedText($0, option: "--author", limit: 100) }
        guard (1970...2999).contains(year) else {
            throw InputError("--year \(year) is not a plausible year; write four digits, e.g. --year 2025")
        }
        self.year = year
    }

    /// One line of plain text: no line breaks or control characters (they would break the
    /// Markdown heading and the YAML it lands in), and no marker syntax.
    static func checkedText(_ raw: String, option: String, limit: Int) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw InputError("\(option) is empty; write it in quotes, e.g. \(option) \"Chest X-ray triage\"") }
        guard text.count <= limit else { throw InputError("\(option) is longer than \(limit) characters; shorten it") }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw InputError("\(option) holds a line break or control character; give it on one line")
        }
        guard !text.contains("[["), !text.contains("]]"), !text.contains("{{") else {
            throw InputError("\(option) may not contain '[[', ']]' or '{{' (they mark placeholders and template tags)")
        }
        return text
    }

    /// The variables every template sees: the blueprint's defaults, then caselint's own.
    public func variables(for blueprint: Blueprint) -> [String: Any] {
        var values: [String: Any] = [:]
        for (name, value) in blueprint.variables { values[name] = value.mustacheValue }
        let title = self.title ?? (values["title"] as? String) ?? blueprint.title
        let author = self.author ?? (values["author"] as? String) ?? PlaceholderMarker.marker("your name")
        values["title"] = title
        values["title_yaml"] = Self.yamlQuoted(title)
        values["title_toml"] = Self.tomlQuoted(title)
        values["author"] = author
        values["author_yaml"] = Self.yamlQuoted(author)
        values["author_toml"] = Self.tomlQuoted(author)
        values["author_given"] = self.author != nil
        values["year"] = String(year)
        values["slug"] = name.slug
        values["package_name"] = name.packageName
        values["domain"] = blueprint.domain
        values["blueprint_id"] = blueprint.id
        values["caselint_version"] = CaseLint.version
        return values
    }

    /// A TOML basic string. The text has no control characters (checked above), so JSON's escapes
    /// (`\"` and `\\`, no `\/`) are all TOML needs.
    static func tomlQuoted(_ text: String) -> String { yamlQuoted(text) }

    /// A YAML double-quoted scalar; JSON string syntax is a subset of it.
    static func yamlQuoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }
}
