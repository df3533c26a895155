import Foundation

/// What writing a set of files into a target directory would do, decided before anything is
/// written. The checks run on the real file system without following links: a link anywhere on
/// the way to a file (the target itself included) is refused, since writing through it could land
/// outside the target.
public struct ScaffoldPlan: Sendable {
    public enum Action: String, Sendable {
        case create, overwrite
    }

    public struct Entry: Sendable, Equatable {
        public var path: String
        public var action: Action
    }

    public let target: URL
    /// The target as the user typed it, for messages.
    public let displayTarget: String
    public let targetExists: Bool
    public let entries: [Entry]

    public var overwritten: [String] { entries.filter { $0.action == .overwrite }.map(\.path) }

    /// Plans writing `paths` (relative, already validated) into `directory`. Existing files are a
    /// refusal unless `force`; `force` never touches anything the blueprint does not write.
    /// - display: how to name the folder in messages, when not as `directory`.
    public static func make(directory: String, paths: [String], force: Bool, display: String? = nil) throws -> ScaffoldPlan {
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let directory = display ?? directory
        let parent = target.deletingLastPathComponent()
        switch FileSystemEntry.kind(atPath: target.path) {
        case .symbolicLink:
            throw InputError(file: directory, "is a symbolic link; pass the folder it points to, so it is clear where files land")
        case .regularFile, .other:
            throw InputError(file: directory, "exists and is a file; choose a new folder name, e.g. \(directory)-project")
        case .missing:
            // The parent may be reached through links (the user typed it); only the target's inside may not.
            var parentIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &parentIsDirectory), parentIsDirectory.boolValue else {
                throw InputError(file: directory, "cannot be created because \(parent.path) is not an existing folder; create it first (mkdir -p \(parent.path))")
            }
            return ScaffoldPlan(target: target, displayTarget: directory, targetExists: false,
                                entries: paths.sorted().map { Entry(path: $0, action: .create) })
        case .directory:
            break
        }
        var entries: [Entry] = []
        var conflicts: [String] = []
        for path in paths.sorted() {
            let components = path.split(separator: "/").map(String.init)
            var current = target
            for (index, component) in components.enumerated() {
                current.appendPathComponent(component)
                let isLast = index == components.count - 1
                let shown = components[0...index].joined(separator: "/")
                switch FileSystemEntry.kind(atPath: current.path) {
                case .missing:
                    break
                case .symbolicLink:
                    throw InputError(file: ScaffoldPlan.join(directory, shown), "is a symbolic link in the way of \(path); caselint never writes through links. Move it aside and run again")
                case .directory where isLast:
                    throw InputError(file: ScaffoldPlan.join(directory, shown), "is a folder where caselint would write the file \(path); move it aside and run again")
                case .regularFile where !isLast, .other where !isLast:
                    throw InputError(file: ScaffoldPlan.join(directory, shown), "is a file where caselint needs a folder for \(path); move it aside and run again")
                case .other:
                    throw InputError(file: ScaffoldPlan.join(directory, shown), "is not a regular file; move it aside and run again")
                case .regularFile, .directory:
                    if isLast { conflicts.append(path) }
                }
                if FileSystemEntry.kind(atPath: current.path) == .missing { break }
            }
            entries.append(Entry(path: path, action: conflicts.last == path ? .overwrite : .create))
        }
        if !conflicts.isEmpty, !force {
            let shown = conflicts.prefix(8).joined(separator: ", ") + (conflicts.count > 8 ? " and \(conflicts.count - 8) more" : "")
            throw InputError(file: directory, "already holds \(conflicts.count) file\(conflicts.count == 1 ? "" : "s") this blueprint writes (\(shown)); "
                + "nothing was written. Choose a new folder, or add --force to overwrite exactly those files (nothing else is touched or deleted)")
        }
        return ScaffoldPlan(target: target, displayTarget: directory, targetExists: true, entries: entries)
    }

    static func join(_ directory: String, _ path: String) -> String {
        directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
