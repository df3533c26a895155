import Foundation

/// The part of `caselint explain` for the domain rules: what each domain's pack asks for, so a
/// user can see the groups (and the tasks that change them) without reading rules/domains/.
enum DomainExpectationsText {
    enum Part {
        case metrics, protocolDesign
    }

    static func text(_ part: Part, profiles: [DomainProfile]) -> String {
        var out = "\nWhat each domain expects\n"
        for profile in profiles.sorted(by: { $0.domain < $1.domain }) {
            let groups = lines(part, profile.defaults)
            if groups.isEmpty && profile.tasks.isEmpty { continue }
            out += "  \(profile.domain) (\(profile.title)):\n"
            out += groups.isEmpty ? "    - nothing in this domain\n" : groups.map { "    - \($0)\n" }.joined()
            for (task, expectations) in zip(profile.tasks, profile.taskExpectations) {
                out += "    when the README is about \(task.name) (\(task.when.prefix(3).joined(separator: ", ")), ...), instead:\n"
                let taskGroups = lines(part, expectations)
                out += taskGroups.isEmpty ? "      - nothing\n" : taskGroups.map { "      - \($0)\n" }.joined()
            }
        }
        return out
    }

    static func lines(_ part: Part, _ expectations: DomainExpectations) -> [String] {
        switch part {
        case .metrics:
            return expectations.required.map { "\($0.name), e.g. '\($0.example)'" }
        case .protocolDesign:
            return expectations.protocolGroups.map { "\($0.name), e.g. '\($0.example)'" }
        }
    }
}
