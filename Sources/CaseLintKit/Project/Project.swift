import Foundation

/// One project on disk: a folder with a README, perhaps a manifest and a configuration file.
/// A run over a folder of thousands of projects holds one of these per project until its end, so
/// it keeps strings, not a `URL` per project (a few hundred bytes each): `root` is made on use.
public struct Project: Sendable, Equatable {
    /// The path as the user will read it in findings (the argument given, or portfolio/child).
    public var path: String
    /// The folder's absolute path; it shares its storage with `path` when the two are equal.
    public var rootPath: String
    public var root: URL {
        get { URL(fileURLWithPath: rootPath, isDirectory: true) }
        set { rootPath = newValue.path }
    }
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
    /// False when the folder, as listed when the project was found, holds no file or folder that
    /// sample data could be in (`SampleDataFinder.mayLead(to:)`): the folder is then not listed again
    /// to look for it. True when not known.
    public var mayHoldSampleData = true

    public init(path: String, root: URL, readme: String? = nil, unsupportedReadme: String? = nil,
                manifest: String? = nil, config: String? = nil) {
        self.path = path
        let rootPath = root.path
        self.rootPath = rootPath == path ? path : rootPath
        self.readme = readme
        self.unsupportedReadme = unsupportedReadme
        self.manifest = manifest
        self.config = config
        configURL = config.map { root.appendingPathComponent($0) }
    }

    /// A project found in a folder by name: no `URL` is made for it.
    init(path: String, rootPath: String) {
        self.path = path
        self.rootPath = rootPath == path ? path : rootPath
    }
}
