extension RuleSet {
    /// Every pattern the rules run, each once, with its required words written as the generated
    /// table `PreparsedPatternWords` holds them (see `RequiredWords.preparsedOrRead`). Run by
    /// `Scripts/embed-resources.sh` on the built-in rules.
    public var patternWordsTable: [(pattern: String, words: String)] {
        RequiredWords.tableEntries(rules.flatMap { $0.check.textPatterns.map(\.source) })
    }
}
