/// The first project's README, scanned and indexed before the built-in rules are ready: the
/// command's thread only waits for them then, and scanning the Markdown, building the text,
/// paragraph and word indexes and finding patient identifiers (none of which reads a rule) was a
/// quarter of linting one project once they were. The lint uses them when the file it reads has the same bytes, so the result is
/// what building them then would give.
///
/// `@unchecked Sendable`: `TextIndex` fills a lazy table on first use; this prefetch hands its
/// index to one lint of the one project it was made for, which is the only reader.
final class ReadmePrefetch: @unchecked Sendable {
    let rootPath: String
    let file: String
    let bytes: [UInt8]
    let document: MarkdownDocument
    let readable: MarkdownDocument
    let text: TextIndex
    let paragraphs: ParagraphIndex
    let words: WordPrefixIndex
    let identifierHits: [IdentifierHit]

    /// Nil when the project has no README, or it cannot be read as text within `limit`.
    init?(_ project: Project, limit: Int) {
        guard let file = project.readme,
              case .text(let bytes, _) = FileReader.read(file, inFolder: project.rootPath, limit: limit) else { return nil }
        rootPath = project.rootPath
        self.file = file
        self.bytes = bytes
        document = MarkdownScanner.scan(bytes)
        readable = document.readingView
        text = TextIndex(readable)
        paragraphs = ParagraphIndex(readable)
        words = WordPrefixIndex(text)
        identifierHits = ReadmeIdentifiers(document: document).hits()
    }

    /// The scanned document, if `bytes` are what was scanned for this file of this project.
    func document(_ project: Project, file: String, bytes: [UInt8]) -> MarkdownDocument? {
        project.rootPath == rootPath && file == self.file && bytes == self.bytes ? document : nil
    }

    /// Gives a context made from `document(_:file:bytes:)` the indexes it would otherwise build.
    func fill(_ context: LintContext) {
        context.readable = readable
        context.text = text
        context.paragraphs = paragraphs
        context.words = words
        context.readmeIdentifierHits = identifierHits
    }
}
