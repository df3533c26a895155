import Foundation

/// Reads a `--templates DIR` folder: every regular file as UTF-8 text, paths relative to DIR.
/// A symbolic link anywhere is refused rather than followed, so a blueprint cannot pull in files
/// from outside its folder; so is anything that is not small text.
enum TemplateDirectory {
    static let maxFileBytes = 1 << 20
    static let maxFiles = 2_000
    /// Litter that desktop systems drop into folders; never part of a blueprint.
    static let ignoredNames: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini"]

    static func read(_ directory: String) throws -> [(path: String, text: String, origin: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: directory, "--templates expects a folder holding blueprint folders (each with a blueprint.yml)")
        }
        if FileSystemEntry.kind(atPath: directory) == .symbolicLink {
            throw InputError(file: directory, "--templates must be a real folder, not a symbolic link; pass the path it points to")
        }
        let root = URL(fileURLWithPath: directory)
        var result: [(path: String, text: String, origin: String)] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root.appendingPathComponent(relative)
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
                throw InputError(file: folder.path, "cannot list this folder: \(error.localizedDescription)")
            }
            for name in names.sorted() where !ignoredNames.contains(name) && name != ".git" {
                let path = relative.isEmpty ? name : relative + "/" + name
                let url = root.appendingPathComponent(path)
                switch FileSystemEntry.kind(atPath: url.path) {
                case .symbolicLink:
                    throw InputError(file: url.path, "is a symbolic link; blueprint folders must hold plain files (copy the file in instead)")
                case .directory:
                    pending.append(path)
                case .regularFile:
                    result.append((path, try text(of: url), url.path))
                    guard result.count <= maxFiles else {
                        throw InputError(file: directory, "holds more than \(maxFiles) files; point --templates at the blueprints folder itself")
                    }
                case .other, .missing:
                    throw InputError(file: url.path, "is not a regular file or folder")
                }
            }
        }
        return result.sorted { $0.path < $1.path }
    }

    static func text(of url: URL) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: url.path, "cannot read this template: \(error.localizedDescription)")
        }
        guard data.count <= maxFileBytes else {
            throw InputError(file: url.path, "is \(data.count) bytes; templates are text files of at most \(maxFileBytes) bytes")
        }
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            throw InputError(file: url.path, "is not UTF-8 text; blueprints hold text templates only")
        }
        return text
    }
}
