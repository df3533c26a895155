import ArgumentParser

/// `caselint lint PATH` parsed from the root builds the root's argument table and lint's twice (the
/// root first asks whether its default subcommand takes every remaining argument): a third of a
/// one-project run before any rule could start. A command line that names a subcommand first is
/// parsed by that subcommand alone, as the root would once it had read the name. Anything else
/// that parse gives (help, a completion script) or any error is left to the root's own parse, so
/// every message and exit stays the root's.
enum SubcommandParse {
    /// The named subcommand, parsed; nil when the root must parse the command line itself.
    static func direct(_ arguments: [String], of root: ParsableCommand.Type) -> ParsableCommand? {
        guard let name = arguments.first,
              let subcommand = root.configuration.subcommands.first(where: { $0.configuration.commandName == name }),
              subcommand.configuration.subcommands.isEmpty,
              let parsed = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
              type(of: parsed) == subcommand else { return nil }
        return parsed
    }
}
