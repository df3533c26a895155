import Foundation

/// One project on disk: a folder with a README, perhaps a manifest and a configuration file.
public struct Project: Sendable, Equatable {
    /// The path as the user will read it in findings (the argument given, or portfolio/child).
    public var path: String
    public var root: URL
    /// File names relative to `root`; nil when absent.
    public var readme: String?
    public var unsupportedReadme: String?
    public var manifest: String?
    public var config: String?

    public init(path: String, root: URL, readme: String? = nil, unsupportedReadme: String? = nil,
                manifest: String? = nil, config: String? = nil) {
        self.path = path
        self.root = root
        self.readme = readme
        self.unsupportedReadme = unsupportedReadme
        self.manifest = manifest
        self.config = config
    }
}
