import CaseLintKit
import Foundation

/// Where the CLI's bytes go: standard output, a file, or standard error for problems.
enum Output {
    static func write(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(file: path, "cannot write the report here: \(error.localizedDescription)")
        }
    }

    /// Writes a file the user asked for, through a temporary file, so a failure leaves the old one intact.
    static func writeFile(_ text: String, to path: String, what: String) throws {
        try checkWritable(path, what: what)
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(file: path, "cannot write the \(what) here: check that its folder exists and is writable")
        }
    }

    /// A file the user named for output must not be a folder; said before any work is done.
    static func checkWritable(_ path: String, what: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputError(file: path, "is a folder; name the \(what) file to write, e.g. \(path)/.caselint-baseline.json")
        }
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data("caselint: note: \(message)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("caselint: error: \(message)\n".utf8))
    }
}

enum Terminal {
    /// Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).
    /// Two variables read with getenv: Foundation's `environment` copies every variable into a dictionary.
    static var wantsColor: Bool {
        if let noColor = variable("NO_COLOR"), !noColor.isEmpty { return false }
        if variable("TERM") == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    private static func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}
