import Foundation

/// Turns the paths given on the command line into projects. A folder holding a README is one
/// project; a folder without one is a portfolio whose direct subfolders with a README are projects.
/// Symbolic links to folders are not followed, so a link loop or a link out of the tree is harmless.
public enum ProjectScanner {
    static let markdownReadmes: Set<String> = ["readme.md", "readme.markdown", "readme.mdown", "readme.mkd"]
    static let otherReadmes: Set<String> = ["readme.rst", "readme.txt", "readme", "readme.adoc", "readme.org"]

    /// `ignore` decides, from a member's display path, whether a portfolio member is skipped.
    public static func projects(at paths: [String], ignore: (String) -> Bool = { _ in false }) throws -> [Project] {
        Array(try list(at: paths, ignore: ignore))
    }

    /// The projects as a run keeps them: each folder's members compactly, until each is linted.
    public static func list(at paths: [String], ignore: (String) -> Bool = { _ in false }) throws -> ProjectList {
        var result = ProjectList()
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw InputError(file: path, "no such file or directory; pass a project folder, a folder of projects, or a README")
            }
            if !isDirectory.boolValue {
                guard markdownReadmes.contains(url.lastPathComponent.lowercased()) || url.pathExtension.lowercased() == "md" else {
                    throw InputError(file: path, "not a folder or a Markdown README; pass the project folder instead")
                }
                let folder = url.deletingLastPathComponent()
                // Findings name files as folder/README.md: the folder as typed, not the README's own path.
                let typedFolder = (path as NSString).deletingLastPathComponent
                var project = describe(folder, display: typedFolder.isEmpty ? "." : typedFolder)
                project.readme = url.lastPathComponent
                result.append([project])
                continue
            }
            let project = describe(url, display: path)
            if project.readme != nil || project.unsupportedReadme != nil {
                result.append([project])
                continue
            }
            // A portfolio's own .caselint.yml applies to members without one, and its ignore list too.
            let shared = try portfolioConfiguration(project)
            let children = try subfolders(of: url.path)
            // Listing thousands of member folders is I/O-bound: do it on all cores. Only members
            // are kept, as strings: the folder's URL and path are shared by all of them.
            let folderPath = url.path.hasSuffix("/") ? url.path : url.path + "/"
            let found = ConcurrentMap.map(children.count) { index in
                MemberFolder.Files(describe(folderPath + children[index], display: ""))
            }
            var members = MemberFolder(path: path, url: url, shared: shared.map { ($0.name, $0.url) })
            for (index, files) in found.enumerated() where files.readme != nil || files.unsupportedReadme != nil {
                let memberPath = join(path, children[index])
                let relative = trimmingSlashes(memberPath.dropFirst(path == "." ? 0 : path.count))
                guard !ignore(memberPath), !(shared?.configuration.isIgnored(relative) ?? false) else { continue }
                members.append(name: children[index], files)
            }
            // A folder with neither a README nor project subfolders is a project missing its README.
            if members.count == 0 { result.append([project]) } else { result.append(members) }
        }
        return result
    }

    /// The folder's `.caselint.yml` (or `.yaml`), chosen as `describe` chooses it, without listing
    /// the folder into memory: a portfolio of thousands of members is read one name at a time.
    static func configurationName(in folder: String) -> String? {
        var chosen: String?
        DirectoryListing.forEachName(in: folder) { name, _ in
            let lower = name.lowercased()
            // `describe` goes through the names in sorted order and keeps the last that matches.
            if lower == ".caselint.yml" || lower == ".caselint.yaml", chosen.map({ name > $0 }) ?? true { chosen = name }
        }
        return chosen
    }

    static func portfolioConfiguration(_ portfolio: Project) throws -> (name: String, url: URL, configuration: Configuration)? {
        guard let name = portfolio.config else { return nil }
        let url = portfolio.root.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw InputError(file: join(portfolio.path, name), "cannot read the configuration as UTF-8 text")
        }
        return (name, url, try ConfigurationLoader.load(text: text, file: join(portfolio.path, name)))
    }

    /// The usual spellings as the program's own constants: a name read from the disk is a string
    /// of its own (some 80 bytes), and thousands of projects would keep one each.
    static func interned(_ name: String) -> String {
        switch name {
        case "README.md": return "README.md"
        case "case-study.yaml": return "case-study.yaml"
        case "case-study.yml": return "case-study.yml"
        case ".caselint.yml": return ".caselint.yml"
        default: return name
        }
    }

    static func join(_ parent: String, _ child: String) -> String {
        parent == "." ? child : (parent.hasSuffix("/") ? parent + child : parent + "/" + child)
    }

    /// The text without slashes at either end (`trimmingCharacters(in:)` went through Foundation's
    /// character sets for every member of a portfolio).
    static func trimmingSlashes(_ text: Substring) -> String {
        var scalars = text.unicodeScalars
        while scalars.first == "/" { scalars.removeFirst() }
        while scalars.last == "/" { scalars.removeLast() }
        return String(Substring(scalars))
    }

    /// The names of the folder's subfolders, sorted; hidden ones and links to folders are left out.
    static func subfolders(of path: String) throws -> [String] {
        // One pass with the entries' types, as the system reports them: no lstat per member folder.
        if let entries = DirectoryListing.entriesIfListable(of: path) {
            return entries.filter { !$0.name.hasPrefix(".") && $0.type == .directory }.map(\.name).sorted()
        }
        // Foundation's listing says why the folder cannot be read.
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
            throw InputError(file: path, "cannot list this folder: \(error.localizedDescription)")
        }
        let folder = path.hasSuffix("/") ? path : path + "/"
        return names.sorted().filter { name in
            !name.hasPrefix(".") && FileSystemEntry.kind(atPath: folder + name) == .directory
        }
    }

    /// The file name of the folder's Markdown README, chosen as `lint` chooses it.
    public static func readmeName(in folder: URL) -> String? { describe(folder, display: folder.path).readme }

    static func describe(_ folder: URL, display: String) -> Project { describe(folder.path, display: display) }

    /// - folder: the folder's absolute path.
    static func describe(_ folder: String, display: String) -> Project {
        var project = Project(path: display, rootPath: folder)
        // One pass with the entries' types: they also tell whether sample data could be here.
        let entries = DirectoryListing.entries(of: folder).sorted { $0.name < $1.name }
        for entry in entries {
            let name = interned(entry.name)
            let lower = name.lowercased()
            if markdownReadmes.contains(lower) {
                // Prefer README.md over other spellings when several exist.
                if project.readme == nil || lower == "readme.md" { project.readme = name }
            } else if otherReadmes.contains(lower) {
                project.unsupportedReadme = project.unsupportedReadme ?? name
            } else if lower == "case-study.yaml" || (lower == "case-study.yml" && project.manifest == nil) {
                project.manifest = name
            } else if lower == ".caselint.yml" || lower == ".caselint.yaml" {
                project.config = name
                project.configURL = URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(name)
            }
        }
        if project.readme != nil { project.unsupportedReadme = nil }
        project.mayHoldSampleData = entries.contains(where: SampleDataFinder.mayLead)
        return project
    }
}
