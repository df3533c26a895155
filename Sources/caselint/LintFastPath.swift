/// `caselint lint PATH...` with no option, read without ArgumentParser. Parsing even that much
/// with it reflects over every option of lint (and of two completion-script commands), and the
/// Swift runtime's first look-ups of those types' conformances were a quarter of a one-project
/// run's instructions. Any other command line, even one this could read, goes to ArgumentParser,
/// so every option, message and exit status stays its own.
enum LintFastPath {
    /// The run for these arguments (without the program's name), or nil to let ArgumentParser parse.
    static func run(for arguments: [String]) -> LintRun? {
        guard arguments.count >= 2, arguments[0] == LintCommand.configuration.commandName else { return nil }
        let paths = Array(arguments.dropFirst())
        // A leading dash is an option (or "-", "--"); anything ArgumentParser might read otherwise
        // ("help", an empty argument) is left to it.
        guard paths.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && $0 != "help" }) else { return nil }
        return LintRun(report: ReportSettings(paths: paths))
    }
}
