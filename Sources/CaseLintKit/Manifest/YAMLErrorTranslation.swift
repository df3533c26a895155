import Yams

/// Turns a Yams error into an `InputError` at a 1-based line (Yams' marks already are: it adds 1
/// to libyaml's 0-based ones) with a hint in plain words, since libyaml's wording ("did not find
/// expected key") rarely says what to change.
enum YAMLErrorTranslation {
    static func inputError(_ error: YamlError, file: String, text: String, lineOffset: Int = 0) -> InputError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "invalid YAML at column \(mark.column): \(problem)"
            if let context, !context.text.isEmpty, context.mark.line != mark.line {
                message += " (\(context.text) at line \(context.mark.line + lineOffset))"
            }
            return InputError(file: file, line: mark.line + lineOffset, message + ". " + hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return InputError(file: file, line: context.mark.line + lineOffset,
                              "key \(keys) appears more than once in the same mapping (first here): keep one")
        case let .reader(problem, offset, _, _):
            return InputError(file: file, line: offset.map { line(atCharacterOffset: $0, in: text) + lineOffset },
                              "cannot read the text (\(problem)): save the file as plain UTF-8 text")
        default:
            return InputError(file: file, "invalid YAML: \(error)")
        }
    }

    private static let hints: [(problem: String, hint: String)] = [
        ("mapping values are not allowed", "A value containing ': ' must be quoted, e.g. title: \"Triage: a case study\""),
        ("cannot start any token", "Indent with spaces, not tabs, and quote values that start with @ or `"),
        ("tab character", "Indent with spaces, not tabs"),
        ("did not find expected key", "Keys of one mapping must start in the same column; check the indentation"),
        ("could not find expected ':'", "Each line of a mapping needs 'key: value'; check for a missing colon or an unclosed quote"),
        ("did not find expected '-' indicator", "Items of one list must start in the same column"),
        ("block sequence entries are not allowed", "Start the list on the next line, indented under its key"),
        ("did not find expected ',' or ']'", "A [list] is not closed, or its items lack commas"),
        ("did not find expected ',' or '}'", "A {mapping} is not closed, or its entries lack commas"),
        ("end of stream", "A quote or bracket opened here is never closed"),
        ("found another document", "Keep a single YAML document: remove the second '---' and what follows"),
        ("unknown escape character", "In double quotes a backslash starts an escape; write \\\\ or use single quotes"),
    ]

    static func hint(for problem: String) -> String {
        hints.first { problem.contains($0.problem) }?.hint ?? "Check the indentation and quoting on that line"
    }

    /// Yams reports reader errors at a Character offset; lines are counted the same way.
    private static func line(atCharacterOffset offset: Int, in text: String) -> Int {
        var line = 1
        for character in text.prefix(offset) where character.isNewline { line += 1 }
        return line
    }
}
