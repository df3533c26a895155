import Foundation

/// `caselint new` as a library call: render a blueprint, plan where it goes, write it into a
/// hidden staging folder, lint it there, and only when the lint has no errors move it into place.
/// A failure at any step leaves the target as it was.
public struct Scaffolder: Sendable {
    public let catalog: BlueprintCatalog
    public let ruleSet: RuleSet

    public init(catalog: BlueprintCatalog, ruleSet: RuleSet) {
        self.catalog = catalog
        self.ruleSet = ruleSet
    }

    public struct Outcome: Sendable {
        public var blueprint: Blueprint
        public var plan: ScaffoldPlan
        public var files: [RenderedFile]
        /// Every `[[TODO: ...]]` marker in the files, in path and line order.
        public var placeholders: [PlaceholderMarker.Occurrence]
        /// The lint of the staged project; nil for a dry run, which writes nothing and so lints nothing.
        public var lint: ProjectResult?
        public var nextSteps: [String]
        public var written: Bool
    }

    /// The staged project had error-level findings: nothing was written.
    public struct LintGateFailure: Error, Sendable {
        public var result: ProjectResult
        public var plan: ScaffoldPlan
    }

    /// Renders without touching the disk: the files and the three next steps. Only the steps see
    /// `directory` (as typed), so the files never depend on where they are written.
    public func render(_ blueprint: Blueprint, inputs: ScaffoldInputs, directory: String) throws -> (files: [RenderedFile], nextSteps: [String]) {
        let renderer = try TemplateRenderer(partials: catalog.partials)
        var variables = inputs.variables(for: blueprint)
        // The domain pack's wording and the disclaimer text come from the rules, so a blueprint and
        // `caselint fix` say the same thing; a blueprint's own variables win.
        let wording = ruleSet.vocabulary.profile(blueprint.domain)?.wording ?? [:]
        for (name, value) in wording where variables[name] == nil { variables[name] = value }
        if let disclaimer = ruleSet.disclaimerText(wording: wording.merging(variables.compactMapValues { $0 as? String }) { $1 }) {
            variables["clinical_use_disclaimer"] = disclaimer.trimmingCharacters(in: .newlines)
            variables["clinical_use_disclaimer_yaml"] = YAMLText.folded(FixComposer.plainDisclaimer(disclaimer), indent: 2)
                .trimmingCharacters(in: .newlines)
        }
        let files = try renderer.render(catalog.templateFiles(for: blueprint), variables: variables)
        guard !files.isEmpty else { throw InputError("blueprint \(blueprint.id) has no files to write") }
        let origin = "\(blueprint.id)/blueprint.yml (next_steps)"
        var stepVariables = variables
        stepVariables["directory"] = directory
        let steps = try blueprint.nextSteps.map { try renderer.render($0, origin: origin, variables: stepVariables) }
        return (files, steps)
    }

    /// `beforeMove` is a test seam passed to `SafeWriter.commit`.
    public func run(_ blueprint: Blueprint, inputs: ScaffoldInputs, directory: String, force: Bool = false, dryRun: Bool = false,
                    beforeMove: (String) throws -> Void = { _ in }) throws -> Outcome {
        let (files, steps) = try render(blueprint, inputs: inputs, directory: directory)
        let plan = try ScaffoldPlan.make(directory: directory, paths: files.map(\.path), force: force)
        var outcome = Outcome(blueprint: blueprint, plan: plan, files: files,
                              placeholders: PlaceholderMarker.scan(files: files.map { ($0.path, $0.text) }),
                              lint: nil, nextSteps: steps, written: false)
        if dryRun { return outcome }

        let staged = try SafeWriter.stage(files, for: plan)
        defer { SafeWriter.discard(staged) }
        let project = ProjectScanner.describe(staged.root, display: directory)
        let report = try Linter(ruleSet: ruleSet).lint([project])
        guard let result = report.projects.first else { throw InputError(file: directory, "the staged project could not be linted") }
        outcome.lint = result
        if result.count(.error) > 0 { throw LintGateFailure(result: result, plan: plan) }
        try SafeWriter.commit(staged, plan: plan, beforeMove: beforeMove)
        outcome.written = true
        return outcome
    }
}

extension ProjectName {
    /// The project name a target directory gives: its last path component ("." is the current folder's name).
    public init(directory: String) throws {
        let component = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
        try self.init(component)
    }
}
