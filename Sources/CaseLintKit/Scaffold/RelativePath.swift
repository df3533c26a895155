import Foundation

/// A rendered output path that cannot leave the target directory: relative, `/`-separated, no
/// empty, `.` or `..` component, no backslash or control character, and nothing inside `.git/`
/// (a template writing `.git/hooks/...` would run code on the user's next commit).
enum RelativePath {
    static func validate(_ path: String, origin: String) throws -> String {
        func refuse(_ reason: String) -> InputError {
            InputError(file: origin, "renders to the path '\(path)', which \(reason); blueprints may only write inside the new project")
        }
        guard !path.isEmpty else { throw refuse("is empty") }
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else { throw refuse("is absolute") }
        guard !path.contains("\\"), !path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw refuse("holds a backslash or a control character")
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        for component in components {
            if component.isEmpty { throw refuse("has an empty component (a variable rendered empty?)") }
            if component == "." || component == ".." { throw refuse("climbs out with '\(component)'") }
            if component.lowercased() == ".git" { throw refuse("writes into .git/") }
            if component.utf8.count > 255 { throw refuse("has a component longer than 255 bytes") }
        }
        return path
    }

    /// Paths that differ only in case clash on macOS and Windows file systems.
    static func checkDistinct(_ paths: [(path: String, origin: String)]) throws {
        var seen: [String: String] = [:]
        for (path, origin) in paths {
            if let other = seen[path.lowercased()] {
                throw InputError(file: origin, "renders to '\(path)', which clashes with '\(other)' (paths must differ by more than letter case)")
            }
            seen[path.lowercased()] = path
        }
        // A file cannot also be a folder: `docs` and `docs/architecture.md`.
        let all = Set(seen.keys)
        for (path, origin) in paths {
            var prefix = ""
            for component in path.lowercased().split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(component) : "/" + component
                if all.contains(prefix) { throw InputError(file: origin, "renders to '\(path)', but '\(seen[prefix] ?? prefix)' is a file") }
            }
        }
    }
}
