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
    /// The configuration in force: the project's own `.caselint.yml`, or its portfolio's.
    public var config: String?
    public var configURL: URL?
    /// The folder of projects this one was found in (`caselint lint Examples` lints the portfolio
    /// `Examples`), as the user named it; nil for a project named directly.
    public var portfolioPath: String?
    public var portfolioRoot: URL?

    public init(path: String, root: URL, readme: String? = nil, unsupportedReadme: String? = nil,
                manifest: String? = nil, config: String? = nil) {
        self.path = path
        self.root = root
        self.readme = readme
        self.unsupportedReadme = unsupportedReadme
        self.manifest = manifest
        self.config = config
        configURL = config.map { root.appendingPathComponent($0) }
    }
}
