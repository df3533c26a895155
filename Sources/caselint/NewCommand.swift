import ArgumentParser
import CaseLintKit
import Foundation

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a project from a domain blueprint that already reads as a case study.",
        discussion: """
        Renders the blueprint into DIRECTORY: README with the six case-study parts, case-study.yaml, \
        data notes, a Python skeleton, .gitignore, CI workflow and .caselint.yml. Every spot you must \
        fill holds a [[TODO: ...]] marker. The project is written to a hidden staging folder, linted, \
        and moved into place only if the lint has no errors. Existing files are never overwritten \
        without --force, and nothing is ever deleted. Exit status: 0 created (or listed), 1 the \
        staged project had lint errors (nothing written), 2 bad input (nothing written).
        """
    )

    @Argument(help: "The blueprint id (see --list).")
    var blueprint: String?

    @Argument(help: "The folder to create; its name is the project slug (letters, digits, '-' and '_').")
    var directory: String?

    @Option(help: "Project title (default: the blueprint's).")
    var title: String?

    @Option(help: "Author name for the licence and citation (default: a [[TODO]] marker).")
    var author: String?

    @Option(help: "Copyright year (default: the current year).")
    var year: Int?

    @Flag(help: "Print the files that would be written and write nothing.")
    var dryRun = false

    @Flag(help: "Overwrite files the blueprint writes if they exist (never anything else).")
    var force = false

    @Option(help: "Add or override blueprints from this folder (<id>/blueprint.yml, _common/, _partials/).")
    var templates: String?

    @Flag(help: "List the blueprints: id, domain, description.")
    var list = false

    func run() throws {
        do {
            let catalog = try BlueprintCatalog.load(templatesDirectory: templates)
            if list {
                guard blueprint == nil, directory == nil else {
                    throw InputError("--list takes no blueprint or folder; run caselint new --list, then caselint new <blueprint> <folder>")
                }
                print(NewOutput.list(catalog), terminator: "")
                return
            }
            guard let blueprint else {
                throw InputError("name a blueprint and a folder, e.g. caselint new imaging-triage cxr-triage (caselint new --list shows the blueprints)")
            }
            let chosen = try catalog.blueprint(blueprint)
            guard let directory else {
                throw InputError("name the folder to create, e.g. caselint new \(chosen.id) my-\(chosen.id)")
            }
            let name: ProjectName
            do { name = try ProjectName(directory: directory) } catch let invalid as ProjectName.Invalid {
                throw InputError("\(invalid). Try: caselint new \(chosen.id) \(Self.replacingLastComponent(of: directory, with: invalid.suggestion))")
            }
            let inputs = try ScaffoldInputs(name: name, title: title, author: author, year: year ?? Self.currentYear())
            let scaffolder = Scaffolder(catalog: catalog, ruleSet: try RuleSet.load())
            let outcome = try scaffolder.run(chosen, inputs: inputs, directory: directory, force: force, dryRun: dryRun)
            print(NewOutput.summary(outcome), terminator: "")
        } catch let failure as Scaffolder.LintGateFailure {
            Output.error(NewOutput.gateFailure(failure))
            throw ExitCode(1)
        } catch let error as InputError {
            Output.error(error.description)
            throw ExitCode(2)
        }
    }

    /// The year on the local calendar: the only input that is not an argument.
    static func currentYear() -> Int {
        Calendar(identifier: .gregorian).component(.year, from: Date())
    }

    static func replacingLastComponent(of directory: String, with name: String) -> String {
        var trimmed = directory
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return name }
        return String(trimmed[...slash]) + name
    }
}
