import Foundation

/// Rendered files written into a hidden folder beside the target, checked there, then moved into
/// place. A new target arrives with one rename (all or nothing). Into an existing folder, files
/// move one by one with a journal: if any move fails, every file moved so far is taken back, every
/// overwritten file is restored and every folder created is removed, so a failure leaves the
/// folder as it was.
public struct StagedProject: Sendable {
    /// The hidden folder holding everything; removed by `discard`.
    public let container: URL
    /// The project as it will look, for linting: `container/<target name>`.
    public let root: URL
}

enum SafeWriter {
    static func stage(_ files: [RenderedFile], for plan: ScaffoldPlan) throws -> StagedProject {
        try stage(files.map { ($0.path, Data($0.text.utf8)) }, for: plan, prefix: ".caselint-new-")
    }

    /// Writes files of an existing folder, byte for byte, the same way: staged beside it, then each
    /// moved into place by a rename, an overwritten file keeping its permissions, and everything
    /// put back if any move fails. `caselint fix` writes through this.
    static func write(_ contents: [(path: String, data: Data)], into folder: URL, display: String,
                      beforeMove: (String) throws -> Void = { _ in }) throws -> ScaffoldPlan {
        let plan = try ScaffoldPlan.make(directory: folder.path, paths: contents.map(\.path), force: true, display: display)
        let staged = try stage(contents, for: plan, prefix: ".caselint-fix-")
        defer { discard(staged) }
        try commit(staged, plan: plan, beforeMove: beforeMove)
        return plan
    }

    static func stage(_ contents: [(path: String, data: Data)], for plan: ScaffoldPlan, prefix: String) throws -> StagedProject {
        let manager = FileManager.default
        let name = "\(prefix)\(UUID().uuidString.prefix(8).lowercased())"
        var container = plan.target.deletingLastPathComponent().appendingPathComponent(name)
        do {
            try manager.createDirectory(at: container, withIntermediateDirectories: false)
        } catch {
            // A writable target in a read-only parent: stage inside the target instead.
            guard plan.targetExists else { throw writeError(plan, error) }
            container = plan.target.appendingPathComponent(name)
            do { try manager.createDirectory(at: container, withIntermediateDirectories: false) } catch { throw writeError(plan, error) }
        }
        let staged = StagedProject(container: container, root: container.appendingPathComponent(plan.target.lastPathComponent))
        do {
            for file in contents {
                let url = staged.root.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .withoutOverwriting)
            }
        } catch {
            discard(staged)
            throw writeError(plan, error)
        }
        return staged
    }

    static func discard(_ staged: StagedProject) {
        try? FileManager.default.removeItem(at: staged.container)
    }

    /// `beforeMove` is a test seam: it runs before each file is moved and may throw to simulate a failure.
    static func commit(_ staged: StagedProject, plan: ScaffoldPlan, beforeMove: (String) throws -> Void = { _ in }) throws {
        let manager = FileManager.default
        if !plan.targetExists {
            do {
                try beforeMove(".")
                try manager.moveItem(at: staged.root, to: plan.target)
            } catch {
                throw writeError(plan, error)
            }
            return
        }
        var moved: [URL] = []
        var createdFolders: [URL] = []
        var backups: [(original: URL, backup: URL)] = []
        let backupFolder = staged.container.appendingPathComponent("overwritten")
        do {
            for (index, entry) in plan.entries.enumerated() {
                let destination = plan.target.appendingPathComponent(entry.path)
                try beforeMove(entry.path)
                try createFolders(for: entry.path, in: plan.target, recording: &createdFolders)
                let found = FileSystemEntry.kind(atPath: destination.path)
                switch (entry.action, found) {
                case (.create, .missing):
                    break
                case (.overwrite, .regularFile):
                    // The new file takes the old one's permissions (a private README stays private).
                    if let permissions = try manager.attributesOfItem(atPath: destination.path)[.posixPermissions] {
                        try manager.setAttributes([.posixPermissions: permissions],
                                                  ofItemAtPath: staged.root.appendingPathComponent(entry.path).path)
                    }
                    try manager.createDirectory(at: backupFolder, withIntermediateDirectories: true)
                    let backup = backupFolder.appendingPathComponent(String(index))
                    try manager.moveItem(at: destination, to: backup)
                    backups.append((destination, backup))
                default:
                    throw InputError(file: entry.path, "changed while caselint was writing")
                }
                try manager.moveItem(at: staged.root.appendingPathComponent(entry.path), to: destination)
                moved.append(destination)
            }
        } catch {
            for url in moved.reversed() { try? manager.removeItem(at: url) }
            for (original, backup) in backups.reversed() { try? manager.moveItem(at: backup, to: original) }
            // rmdir, not a recursive removal: only folders this run created and left empty go.
            for folder in createdFolders.reversed() { _ = rmdir(folder.path) }
            throw writeError(plan, error)
        }
    }

    /// Creates the missing folders on the way to `path`, refusing any link met on the way.
    private static func createFolders(for path: String, in target: URL, recording created: inout [URL]) throws {
        var current = target
        for component in path.split(separator: "/").dropLast() {
            current.appendPathComponent(String(component))
            switch FileSystemEntry.kind(atPath: current.path) {
            case .directory:
                continue
            case .missing:
                try FileManager.default.createDirectory(at: current, withIntermediateDirectories: false)
                created.append(current)
            default:
                throw InputError(file: current.path, "is not a plain folder (a link or a file appeared while writing)")
            }
        }
    }

    private static func writeError(_ plan: ScaffoldPlan, _ error: Error) -> InputError {
        let reason = (error as? InputError)?.description ?? error.localizedDescription
        return InputError(file: plan.displayTarget, "could not write the project (\(reason)); nothing was changed")
    }
}
