import Foundation

/// The projects found in one folder of projects (a portfolio), kept as their folder names and the
/// names of their README, manifest and configuration, not as a `Project` each: a `Project` is made
/// when it is linted. What is shared (the folder's path, its URL, its configuration) is kept once.
struct MemberFolder: Sendable {
    /// The folder as the user named it, and as an absolute path ending in `/`.
    let path: String
    let url: URL
    let rootPath: String
    /// The folder's own `.caselint.yml`, which applies to members without one.
    let shared: (name: String, url: URL)?
    private var names = PackedStrings()
    /// Per member: its README, other README, manifest and configuration, as places in `fileNames` (0: none).
    private var files: [(UInt16, UInt16, UInt16, UInt16)] = []
    /// Per member: `Project.mayHoldSampleData`.
    private var mayHoldSampleData: [Bool] = []
    private var fileNames: [String] = [""]

    init(path: String, url: URL, shared: (name: String, url: URL)?) {
        self.path = path
        self.url = url
        rootPath = url.path.hasSuffix("/") ? url.path : url.path + "/"
        self.shared = shared
    }

    var count: Int { files.count }

    /// The file names `ProjectScanner.describe` found in a member's folder.
    struct Files: Sendable {
        var readme, unsupportedReadme, manifest, config: String?
        var mayHoldSampleData: Bool

        init(_ found: Project) {
            readme = found.readme
            unsupportedReadme = found.unsupportedReadme
            manifest = found.manifest
            config = found.config
            mayHoldSampleData = found.mayHoldSampleData
        }
    }

    /// Adds a member (its portfolio fields are set when it is made, on use).
    mutating func append(name: String, _ found: Files) {
        names.append(name)
        files.append((place(found.readme), place(found.unsupportedReadme), place(found.manifest), place(found.config)))
        mayHoldSampleData.append(found.mayHoldSampleData)
    }

    /// The place of a file name in `fileNames`: a project folder holds README.md and case-study.yaml
    /// in one spelling or a few, so a few names serve every member.
    private mutating func place(_ name: String?) -> UInt16 {
        guard let name else { return 0 }
        if let known = fileNames.firstIndex(of: name) { return UInt16(known) }
        guard fileNames.count < Int(UInt16.max) else { preconditionFailure("more than 65,535 distinct file names") }
        fileNames.append(name)
        return UInt16(fileNames.count - 1)
    }

    private func name(_ place: UInt16) -> String? { place == 0 ? nil : fileNames[Int(place)] }

    /// The member at `index`, as `ProjectScanner` describes a project of a folder.
    subscript(index: Int) -> Project {
        let name = names[index]
        let (readme, unsupported, manifest, config) = files[index]
        var project = Project(path: ProjectScanner.join(path, name), rootPath: rootPath + name)
        project.readme = self.name(readme)
        project.unsupportedReadme = self.name(unsupported)
        project.manifest = self.name(manifest)
        project.mayHoldSampleData = mayHoldSampleData[index]
        project.portfolioPath = path
        project.portfolioRoot = url
        if let own = self.name(config) {
            project.config = own
            project.configURL = URL(fileURLWithPath: project.rootPath, isDirectory: true).appendingPathComponent(own)
        } else if let shared {
            project.config = ProjectScanner.join("..", shared.name)
            project.configURL = shared.url
        }
        return project
    }
}
