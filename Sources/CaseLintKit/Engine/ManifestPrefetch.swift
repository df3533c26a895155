/// The first project's manifest, composed before the built-in rules are ready: the command's
/// thread only waits for them then, and composing a manifest (Yams) was a fifth of linting one
/// project once they were. The lint uses it when the file it reads has the same bytes, so the
/// result is what composing it then would give.
final class ManifestPrefetch: Sendable {
    let rootPath: String
    let file: String
    let bytes: [UInt8]
    let loaded: (manifest: Manifest?, diagnostics: [Diagnostic], node: YAMLValue?)

    /// Nil when the project has no manifest, or it cannot be read as text.
    init?(_ project: Project) {
        guard let file = project.manifest,
              case .text(let bytes, _) = FileReader.read(file, inFolder: project.rootPath, limit: Linter.maxManifestBytes) else { return nil }
        rootPath = project.rootPath
        self.file = file
        self.bytes = bytes
        loaded = ManifestLoader.load(text: String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// The composed manifest, if `bytes` are what was composed for this file of this project.
    func loaded(_ project: Project, file: String, bytes: [UInt8]) -> (manifest: Manifest?, diagnostics: [Diagnostic], node: YAMLValue?)? {
        project.rootPath == rootPath && file == self.file && bytes == self.bytes ? loaded : nil
    }
}
