import Foundation

/// What is at a path, without following a final symbolic link (`lstat`).
enum FileSystemEntry: Equatable {
    case missing, regularFile, directory, symbolicLink, other

    static func kind(atPath path: String) -> FileSystemEntry { status(atPath: path).kind }

    /// The kind and size in bytes from one `lstat` (FileManager's attributes also look up the
    /// owner's and group's names, which reads the user database on every call).
    static func status(atPath path: String) -> (kind: FileSystemEntry, size: Int) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return (.missing, 0) }
        let size = Int(info.st_size)
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (.regularFile, size)
        case S_IFDIR: return (.directory, size)
        case S_IFLNK: return (.symbolicLink, size)
        default: return (.other, size)
        }
    }
}
