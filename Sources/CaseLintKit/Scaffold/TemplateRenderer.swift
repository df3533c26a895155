import Foundation
import Mustache

/// A file ready to write: a safe relative path and its text.
public struct RenderedFile: Sendable, Equatable {
    public var path: String
    public var text: String
    public var origin: String
}

/// Renders template files (their paths and their text) with swift-mustache. Output is plain text,
/// never HTML-escaped; values meant for YAML come pre-quoted (`title_yaml`). A variable that no
/// definition supplies is an error rather than silently empty text, so a typo in a template
/// cannot ship a README with a hole in it.
struct TemplateRenderer {
    let library: MustacheLibrary
    let partialNames: Set<String>

    /// Each template starts with this pragma so `{{name}}` inserts text as is.
    static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    init(partials: [String: TemplateFile]) throws {
        var library = MustacheLibrary()
        for (name, file) in partials.sorted(by: { $0.key < $1.key }) {
            library.register(try Self.parse(file.text, origin: file.origin), named: name)
        }
        self.library = library
        partialNames = Set(partials.keys)
    }

    static func parse(_ text: String, origin: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: textPragma + text)
        } catch let error as MustacheTemplate.ParserError {
            throw InputError(file: origin, line: error.context.lineNumber,
                             "cannot read this Mustache template (\(error.error)) near: \(error.context.line.trimmingCharacters(in: .whitespaces))")
        } catch {
            throw InputError(file: origin, "cannot read this Mustache template: \(error)")
        }
    }

    func render(_ files: [TemplateFile], variables: [String: Any]) throws -> [RenderedFile] {
        var rendered: [RenderedFile] = []
        for file in files {
            let path = try render(file.path, origin: file.origin + " (its path)", variables: variables)
            rendered.append(RenderedFile(path: try RelativePath.validate(path, origin: file.origin),
                                         text: try render(file.text, origin: file.origin, variables: variables),
                                         origin: file.origin))
        }
        try RelativePath.checkDistinct(rendered.map { ($0.path, $0.origin) })
        return rendered.sorted { $0.path < $1.path }
    }

    func render(_ text: String, origin: String, variables: [String: Any]) throws -> String {
        guard text.contains("{{") else { return text }
        // An unknown partial would also render as nothing; name it instead.
        for name in Self.partialReferences(in: text) where !partialNames.contains(name) {
            throw InputError(file: origin, "includes the partial {{> \(name)}}, but there is no _partials/\(name).mustache")
        }
        let context = RecordingContext(variables)
        let output = try Self.parse(text, origin: origin).render(context, library: library)
        if let missing = context.missing.sorted().first {
            throw InputError(file: origin, "uses {{\(missing)}}, but no variable of that name exists (known: \(variables.keys.sorted().joined(separator: ", ")))")
        }
        return output
    }
}

extension TemplateRenderer {
    static let partialTag = try! NSRegularExpression(pattern: #"\{\{>\s*([^\s}]+)\s*\}\}"#)

    static func partialReferences(in text: String) -> [String] {
        let ns = text as NSString
        return partialTag.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }
}

/// The root rendering context: the variables, plus a record of every name looked up and not found.
/// A name inside a list item is looked up in the item first and reaches the root only when the
/// item lacks it, so a miss here is a real unknown name.
final class RecordingContext: MustacheParent {
    let values: [String: Any]
    private(set) var missing: Set<String> = []

    init(_ values: [String: Any]) { self.values = values }

    func child(named name: String) -> Any? {
        if let value = values[name] { return value }
        missing.insert(name)
        return nil
    }
}
