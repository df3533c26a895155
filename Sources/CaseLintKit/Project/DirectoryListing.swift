import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The entries of one folder with their types, as the system lists them: one `readdir` pass and no
/// `stat` per entry where the file system reports types (it usually does). Walking every project
/// of a large portfolio this way costs microseconds, not the tens that Foundation's listing does.
enum DirectoryListing {
    enum EntryType { case file, directory, link, other }

    struct Entry {
        var name: String
        var type: EntryType
    }

    static func entries(of path: String) -> [Entry] { entriesIfListable(of: path) ?? [] }

    /// The entries, or nil when the folder cannot be opened.
    static func entriesIfListable(of path: String) -> [Entry]? {
        var result: [Entry] = []
        let opened = forEachName(in: path) { name, code in result.append(Entry(name: name, type: type(code, path + "/" + name))) }
        return opened ? result : nil
    }

    /// Each entry's name and its `d_type`, one at a time: a folder of 20,000 projects is read
    /// without holding 20,000 names.
    /// False when the folder cannot be opened.
    @discardableResult
    static func forEachName(in path: String, _ body: (String, Int32) -> Void) -> Bool {
        guard let directory = opendir(path) else { return false }
        defer { closedir(directory) }
        while let pointer = readdir(directory) {
            // The name is read where it lies, up to its NUL. Copying `d_name` out first copied the
            // whole 256-byte field, past the end of a short record: at the end of the system's buffer
            // that read unmapped memory (valgrind's layout made it crash).
            let name = String(cString: UnsafeRawPointer(pointer).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            guard name != ".", name != ".." else { continue }
            body(name, Int32(UnsafeRawPointer(pointer).load(fromByteOffset: typeOffset, as: UInt8.self)))
        }
        return true
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!

    static func type(_ code: Int32, _ path: String) -> EntryType {
        switch code {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN):
            // Some file systems leave the type out; lstat then answers without following a link.
            switch FileSystemEntry.kind(atPath: path) {
            case .regularFile: return .file
            case .directory: return .directory
            case .symbolicLink: return .link
            case .missing, .other: return .other
            }
        default:
            return .other
        }
    }
}
