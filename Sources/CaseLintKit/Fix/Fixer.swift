import Foundation

/// `caselint fix` as a library call. For each project: lint it, compose the fixes its findings
/// call for, lint the fixed files in memory, and keep only fixes that did what they are for (a
/// heading the detector would not count is not written), so a second run finds nothing to do.
/// `plan` writes nothing; `write` puts one project's fixed files in place through `SafeWriter`.
public struct Fixer: Sendable {
    public let linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// Plans every project (in parallel). A file that must not be touched (merge-conflict markers)
    /// is an `InputError` before anything is written anywhere.
    public func plan(_ projects: [Project]) throws -> [ProjectFix] {
        let configurations = try projects.map { try linter.configuration(for: $0) }
        let outcomes = ConcurrentMap.map(projects.count) { index in
            Result { try plan(projects[index], configuration: configurations[index]) }
        }
        return try outcomes.map { try $0.get() }
    }

    func plan(_ project: Project, configuration: Configuration) throws -> ProjectFix {
        let before = linter.lint(project, configuration: configuration)
        var notes: [String] = []
        let readmeName = project.readme
        let manifestName = project.manifest ?? "case-study.yaml"
        let unreadable: Set<String> = ["file.unreadable", "file.symlink", "file.too-large", "file.binary"]
        func original(_ name: String?) throws -> [UInt8]? {
            guard let name, !before.diagnostics.contains(where: { $0.file == name && unreadable.contains($0.rule) }) else { return nil }
            let url = project.root.appendingPathComponent(name)
            guard FileSystemEntry.kind(atPath: url.path) == .regularFile else {
                notes.append("\(display(project, name)) is a link; caselint fix does not write through links, so it was left as it is")
                return nil
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw InputError(file: display(project, name), "cannot be read; nothing was changed")
            }
            let bytes = [UInt8](data)
            let document = name == readmeName ? MarkdownScanner.scan(bytes) : nil
            if let line = MergeConflict.firstMarkerLine(in: LineEdits(bytes), document: document) {
                throw InputError(file: display(project, name), line: line,
                                 "holds a merge-conflict marker; resolve the conflict and run caselint fix again (nothing was changed)")
            }
            return bytes
        }
        let readme = try original(readmeName)
        let manifest = try original(project.manifest)
        var lint = FixComposer.Lint(
            failing: Set(before.diagnostics.map(\.rule)), facts: before.facts,
            unknownKeyLines: Set(before.diagnostics.filter { $0.rule == "manifest.unknown-key" && $0.file == manifestName }.map(\.line)))
        func composer() -> FixComposer {
            var composer = FixComposer(ruleSet: linter.ruleSet, rules: linter.ruleSet.rules.filter { $0.definition.fix != nil },
                                       readmeName: readmeName ?? "README.md", manifestName: manifestName,
                                       readme: readme, manifest: manifest, lint: lint)
            composer.manifestPresentButUnread = project.manifest != nil && manifest == nil
            return composer
        }
        var excluded: Set<String> = []
        var rounds = 0
        while true {
            let composed = composer().compose(excluding: excluded)
            var fixedProject = project
            var replacing: [String: [UInt8]] = [:]
            if let bytes = composed.readme, let name = readmeName { replacing[name] = bytes }
            if let bytes = composed.manifest {
                replacing[manifestName] = bytes
                fixedProject.manifest = manifestName
            }
            let after = replacing.isEmpty ? before : linter.lint(fixedProject, configuration: configuration, replacing: replacing)
            let failed = Set(composed.applied.map(\.rule)).filter { !resolved($0, before: before, after: after) }
            guard failed.isEmpty else {
                for rule in failed.sorted() {
                    notes.append("\(rule): in \(display(project, readmeName ?? "README.md")) the text its fix adds would not be read as intended "
                                 + "where it would go (inside code, or taken as part of a section around it), so it was not added; fix it by hand")
                }
                excluded.formUnion(failed)
                continue
            }
            // The section model reads the README as a whole: a new heading can take a part from the
            // heading that served it. Fix that part too, in the same pass, so a second run finds nothing.
            let displaced = sectionRules.filter { rule, part in
                lint.facts.sections[part] != nil && after.facts.sections[part] == nil && !excluded.contains(rule)
            }
            if !displaced.isEmpty, rounds < CaseStudyPart.allCases.count {
                rounds += 1
                for (rule, part) in displaced {
                    lint.failing.insert(rule)
                    lint.facts.sections[part] = nil
                }
                continue
            }
            if composed.manifestCreated, let domain = before.facts.domain, domain.source == .inferred {
                notes.append("\(display(project, manifestName)) declares domain \(domain.id), which caselint inferred from the README's words: "
                             + "check it; declared, the domain's rules report at their own severity, no longer at most warnings")
            }
            var changes: [FileChange] = []
            if let bytes = composed.readme, let name = readmeName {
                changes.append(FileChange(path: name, display: display(project, name), original: readme, fixed: bytes))
            }
            if let bytes = composed.manifest {
                changes.append(FileChange(path: manifestName, display: display(project, manifestName),
                                          original: composed.manifestCreated ? nil : manifest, fixed: bytes))
            }
            return ProjectFix(project: fixedProject, changes: changes, applied: composed.applied, notes: notes, before: before, after: after)
        }
    }

    /// Rule id -> part, for the section rules that have a fix.
    var sectionRules: [String: String] {
        var result: [String: String] = [:]
        for rule in linter.ruleSet.rules where rule.definition.fix != nil {
            if let check = rule.check as? SectionCheck { result[rule.id] = check.part }
        }
        return result
    }

    /// Whether a rule's fix did its job in the fixed files: the part now has a heading (an empty
    /// one now has its marker); any other rule no longer reports anything.
    func resolved(_ rule: String, before: ProjectResult, after: ProjectResult) -> Bool {
        if let check = linter.ruleSet.rule(rule)?.check as? SectionCheck {
            // Only a marker was added: a part that now reads as written took the author's text as its body.
            return after.facts.sections[check.part]?.status == "placeholder"
        }
        if rule == "manifest.unknown-key" {
            return after.diagnostics.filter { $0.rule == rule }.count < before.diagnostics.filter { $0.rule == rule }.count
        }
        return !after.diagnostics.contains { $0.rule == rule }
    }

    /// Writes a planned project's files and lints it again from disk. A file that changed since it
    /// was planned is refused, and then nothing of this project is written.
    @discardableResult
    public func write(_ fix: ProjectFix, beforeMove: (String) throws -> Void = { _ in }) throws -> ProjectResult {
        guard fix.changesFiles else { return fix.after }
        for change in fix.changes {
            let current = FileManager.default.contents(atPath: fix.project.root.appendingPathComponent(change.path).path).map { [UInt8]($0) }
            guard current == change.original else {
                let what = change.original == nil ? "appeared" : "changed"
                throw InputError(file: change.display, "\(what) while caselint fix was running; nothing of this project was written, run it again")
            }
        }
        _ = try SafeWriter.write(fix.changes.map { ($0.path, Data($0.fixed)) }, into: fix.project.root,
                                 display: fix.project.path, beforeMove: beforeMove)
        return linter.lint(fix.project, configuration: try linter.configuration(for: fix.project))
    }

    func display(_ project: Project, _ name: String) -> String { ProjectScanner.join(project.path, name) }

    /// A change as a unified diff, paths as shown (`a/Examples/p/README.md`).
    public func diff(_ change: FileChange) -> [UInt8] {
        let path = String(change.display.drop(while: { $0 == "/" }))
        return UnifiedDiff.render(old: change.original, new: change.fixed, path: path)
    }
}
