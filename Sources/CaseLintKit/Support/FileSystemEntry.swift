import Foundation

/// What is at a path, without following a final symbolic link (`lstat`).
enum FileSystemEntry: Equatable {
    case missing, regularFile, directory, symbolicLink, other

    static func kind(atPath path: String) -> FileSystemEntry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }
}
