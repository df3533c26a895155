import Foundation

/// The checks that report while caselint reads a project's files, before and beside the rule packs:
/// they have ids like rules (and can be named in `rules:` of `.caselint.yml`), but no pack holds
/// them. Listed here so that a report can describe every id it may use before it has seen any.
public enum InputCheck {
    public static let all: [(id: String, title: String)] = [
        ("config.unknown-rule", "The configuration names a rule or pack that does not exist"),
        ("domain.inferred", "The domain was guessed from the README; declare it in case-study.yaml"),
        ("file.binary", "A file caselint reads is binary, not text"),
        ("file.encoding", "A file is not valid UTF-8; invalid bytes were replaced"),
        ("file.symlink", "A file is a symbolic link that leads outside the project or nowhere"),
        ("file.too-large", "A file is larger than the size caselint reads"),
        ("file.unreadable", "A file cannot be read"),
        ("manifest.type", "A case-study.yaml value has the wrong type"),
        ("manifest.unknown-key", "case-study.yaml has a key caselint does not know"),
        ("manifest.yaml", "case-study.yaml is not valid YAML, or not a mapping"),
        ("project.readme-format", "The README is not Markdown"),
        ("project.readme-missing", "The project has no README.md"),
    ]

    public static let ids: Set<String> = Set(all.map(\.id))
}
