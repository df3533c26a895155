import Foundation

/// `caselint explain RULE`: what the rule checks, why it matters, the reporting standards behind
/// it and Markdown that passes and fails it.
public enum RuleExplanation {
    /// `check` and `profiles` add, for the domain rules, what each domain's pack asks for.
    public static func text(_ rule: RuleDefinition, category: ScoreCategory?, check: (any Check)? = nil,
                            profiles: [DomainProfile] = []) -> String {
        var out = "\(rule.id): \(rule.title)\n"
        let categoryName = category.map { "\($0.title) (\(rule.category))" } ?? rule.category
        out += "  kind \(rule.kind) · category \(categoryName) · severity \(rule.severity.rawValue) · weight \(rule.weight)"
            + " · pack \(rule.pack)\(rule.enabledByDefault ? "" : " · opt-in (enable it in .caselint.yml)")\n"
        out += "\nWhat it reports\n  \(rule.message)\n"
        if !rule.why.isEmpty { out += "\nWhy it matters\n  \(rule.why)\n" }
        if !rule.references.isEmpty {
            out += "\nReporting standards and references\n" + rule.references.map { "  - \($0)\n" }.joined()
        }
        if let metrics = check as? DomainMetricsCheck, !metrics.recommended {
            out += DomainExpectationsText.text(.metrics, profiles: profiles)
        } else if check is DomainProtocolCheck {
            out += DomainExpectationsText.text(.protocolDesign, profiles: profiles)
        }
        if let fix = rule.fix { out += fixText(fix, examples: rule.examples.fix, profiles: profiles) }
        out += examples("Passes", rule.examples.pass)
        out += examples("Fails", rule.examples.fail)
        if check?.asPortfolioCheck != nil {
            out += "\nIt runs once per folder of two projects or more. Turn it off with `disable: [\(rule.id)]` in the\n"
                + "folder's .caselint.yml.\n"
        } else {
            out += "\nTurn it off for one project with `disable: [\(rule.id)]` in .caselint.yml, or for a passage with\n"
                + "<!-- caselint-disable \(rule.id) --> ... <!-- caselint-enable \(rule.id) -->.\n"
        }
        return out
    }

    /// What `caselint fix` adds for the rule, and its first example before and after.
    static func fixText(_ fix: RuleFix, examples: [FixExample], profiles: [DomainProfile]) -> String {
        var out = "\nWhat caselint fix adds\n"
        switch fix.insert {
        case .section:
            out += "  Where the part is missing, the heading '\(fix.heading ?? "")' after the nearest part there is (in the\n"
                + "  order problem, data, approach, evaluation, risks, next steps), holding this marker; under an empty\n"
                + "  heading of the part, only the marker:\n"
        case .afterTitle:
            out += "  This text after the README's title (at the top when there is none):\n"
        case .manifest:
            out += "  A case-study.yaml, when there is none, with what the README shows (title, domain, metrics with\n"
                + "  values, limitations, oversight, next steps, disclaimer) and a [[TODO: ...]] marker for each other\n"
                + "  key. It opens with:\n"
        }
        out += indent(fix.text, label: nil)
        let variables = RuleFix.variableNames(in: fix.text)
        for name in variables {
            out += "  {{\(name)}} is the wording of the project's domain pack, or when it has none: \(fix.variables[name] ?? "")\n"
            for profile in profiles.sorted(by: { $0.domain < $1.domain }) {
                if let wording = profile.wording[name] { out += "    \(profile.domain): \(wording)\n" }
            }
        }
        if !fix.todo.isEmpty {
            out += "  Markers for: " + fix.todo.map(\.key).joined(separator: ", ") + "\n"
        }
        if let example = examples.first {
            out += "  Example before:\n" + indent(example.before.readme ?? "", label: nil)
            out += "  After:\n"
            if let readme = example.after.readme { out += indent(readme, label: example.after.manifest == nil ? nil : "README.md") }
            if let manifest = example.after.manifest { out += indent(manifest, label: "case-study.yaml") }
        }
        return out
    }

    static func examples(_ heading: String, _ examples: [RuleExample]) -> String {
        var out = "\n\(heading)\n"
        for (number, example) in examples.enumerated() {
            guard example.projects.isEmpty else {
                out += "  Example \(number + 1): a folder of \(example.projects.count) projects\n"
                for (index, project) in example.projects.enumerated() {
                    out += "    project-\(index + 1)\(project.domain.map { " (domain \($0))" } ?? ""):\n"
                    out += files(project, label: { "  " + $0 })
                }
                continue
            }
            out += "  Example \(number + 1)\(example.domain.map { " (domain \($0))" } ?? ""):\n"
            out += files(example, label: { $0 })
        }
        return out
    }

    static func files(_ example: RuleExample, label: (String) -> String) -> String {
        var out = ""
        if let readme = example.readme { out += indent(readme, label: example.manifest == nil ? nil : label("README.md"), depth: label("")) }
        if let manifest = example.manifest { out += indent(manifest, label: label("case-study.yaml"), depth: label("")) }
        return out
    }

    /// `depth`: extra indentation for a project inside a portfolio example.
    static func indent(_ text: String, label: String?, depth: String = "") -> String {
        var out = label.map { "    \($0):\n" } ?? ""
        let lines = text.hasSuffix("\n") ? String(text.dropLast()) : text
        for line in lines.split(separator: "\n", omittingEmptySubsequences: false) {
            out += "    \(depth)| \(ReportText.singleLine(String(line)))\n"
        }
        return out
    }
}
