import Foundation

/// A pre-commit hook is handed the files a commit changes, but caselint judges whole projects.
/// The projects to check are the ones `lint` would find in the current folder that hold a changed
/// file (a README, a manifest, sample data anywhere below the project) or lie inside a changed
/// folder. A change to a portfolio's own `.caselint.yml` concerns every project that uses it.
/// Files outside every project select nothing, so such a commit is checked in no time.
public enum ChangedFiles {
    /// `root` is the folder a hook runs in: the repository's top level.
    public static func projects(touchedBy files: [String], root: String = ".",
                                ignore: (String) -> Bool = { _ in false }) throws -> [Project] {
        let candidates = try ProjectScanner.projects(at: [root], ignore: ignore)
        let changed = files.map(absolutePath)
        return candidates.filter { project in
            let folder = absolutePath(project.root.path)
            let sharedConfig = project.configURL.map { absolutePath($0.path) }
            return changed.contains { path in
                contains(folder, path) || contains(path, folder) || path == sharedConfig
            }
        }
    }

    /// True when `path` is `folder` or lies below it (by name: links are not followed).
    static func contains(_ folder: String, _ path: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
