import Foundation

/// Every blueprint in force: the ones built into the binary, then any from `--templates DIR`
/// (a folder with the id of a built-in one replaces it). Folders whose names start with `_` are
/// not blueprints: `_common/` holds files every blueprint gets, `_partials/` Mustache partials
/// (`{{> disclaimer}}`); a `--templates` folder may override single files of either.
public struct BlueprintCatalog: Sendable {
    public private(set) var blueprints: [Blueprint]
    public private(set) var common: [TemplateFile]
    /// Partial name (file name without `.mustache`) to template.
    public private(set) var partials: [String: TemplateFile]

    public static func load(templatesDirectory: String? = nil) throws -> BlueprintCatalog {
        var catalog = BlueprintCatalog(blueprints: [], common: [], partials: [:])
        // The embedding drops each file's final line break (a Swift raw string ends before it); put it back.
        let embedded = EmbeddedResources.templates.map {
            (path: String($0.0.dropFirst("templates/".count)), text: $0.1 + "\n", origin: $0.0)
        }
        try catalog.add(embedded, source: "built-in")
        if let templatesDirectory {
            try catalog.add(try TemplateDirectory.read(templatesDirectory), source: templatesDirectory)
        }
        catalog.blueprints.sort { $0.id < $1.id }
        return catalog
    }

    /// The blueprint with this id, or an error that lists the ids and suggests the closest.
    public func blueprint(_ id: String) throws -> Blueprint {
        if let found = blueprints.first(where: { $0.id == id }) { return found }
        let ids = blueprints.map(\.id)
        // A domain name ("operations") or a fragment ("imaging") points at the blueprint too.
        let closest = DidYouMean.closest(to: id, in: ids) ?? blueprints.first { $0.domain == id }?.id
            ?? ids.first { $0.contains(id.lowercased()) }
        let hint = closest.map { "did you mean '\($0)'? " } ?? ""
        throw InputError("unknown blueprint '\(id)': \(hint)choose one of \(ids.joined(separator: ", ")) (caselint new --list describes them)")
    }

    /// The files a blueprint writes, as templates: its own, then shared ones it does not replace.
    public func templateFiles(for blueprint: Blueprint) -> [TemplateFile] {
        var files = blueprint.files
        if blueprint.usesCommon {
            let own = Set(files.map(\.path))
            files += common.filter { !own.contains($0.path) }
        }
        return files.sorted { $0.path < $1.path }
    }

    private mutating func add(_ entries: [(path: String, text: String, origin: String)], source: String) throws {
        var grouped: [String: [(path: String, text: String, origin: String)]] = [:]
        for entry in entries {
            let parts = entry.path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }   // loose files beside the blueprint folders: ignored
            grouped[parts[0], default: []].append((parts[1], entry.text, entry.origin))
        }
        for (folder, files) in grouped.sorted(by: { $0.key < $1.key }) {
            switch folder {
            case "_common":
                for file in files {
                    common.removeAll { $0.path == file.path }
                    common.append(TemplateFile(path: file.path, text: file.text, origin: file.origin))
                }
            case "_partials":
                for file in files where file.path.hasSuffix(".mustache") {
                    partials[String(file.path.dropLast(".mustache".count))] = TemplateFile(path: file.path, text: file.text, origin: file.origin)
                }
            default:
                if folder.hasPrefix("_") || folder.hasPrefix(".") { continue }
                guard let spec = files.first(where: { $0.path == "blueprint.yml" }) else {
                    throw InputError(file: files[0].origin, "\(folder)/ has no blueprint.yml; add one with id, domain, title and description")
                }
                var blueprint = try BlueprintSpecLoader.load(text: spec.text, file: spec.origin, folder: folder, source: source)
                blueprint.files = files.filter { $0.path != "blueprint.yml" }
                    .map { TemplateFile(path: $0.path, text: $0.text, origin: $0.origin) }
                blueprints.removeAll { $0.id == blueprint.id }
                blueprints.append(blueprint)
            }
        }
    }
}
