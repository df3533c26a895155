import Foundation

/// Which rules a project's domain turns on, and how loudly. Two things make a rule a domain rule:
/// its pack names `domains:` (the rule runs only in those), or a domain profile lists it under
/// `red_flags:` (then it runs only in the domains that list it, at the severity they give).
/// Without a domain, domain rules do not apply. An inferred domain may be a wrong guess, so its
/// findings are never errors.
public struct DomainGate: Sendable {
    public enum Decision: Sendable, Equatable {
        case notApplicable
        /// `severity`: the domain's severity for the rule, when its profile gives one.
        /// `capped`: the domain was inferred, so findings report at most as warnings.
        case applies(severity: Severity?, capped: Bool)
    }

    private let packDomains: [String: Set<String>]
    private let redFlags: [String: [String: Severity]]

    public init(ruleSet: RuleSet) {
        var packDomains: [String: Set<String>] = [:]
        for pack in ruleSet.packs where !pack.domains.isEmpty {
            for rule in pack.rules { packDomains[rule.id] = Set(pack.domains) }
        }
        var redFlags: [String: [String: Severity]] = [:]
        for profile in ruleSet.vocabulary.domainProfiles {
            for (rule, severity) in profile.redFlags { redFlags[rule, default: [:]][profile.domain] = severity }
        }
        self.packDomains = packDomains
        self.redFlags = redFlags
        var gated: [String: Gate] = [:]
        for id in Set(packDomains.keys).union(redFlags.keys) { gated[id] = Gate(domains: packDomains[id], redFlags: redFlags[id]) }
        self.gated = gated
        projectGates = ruleSet.projectRules.map { gated[$0.id] }
    }

    /// A domain rule's pack domains and red-flag table, found with one look-up per rule and project.
    private struct Gate: Sendable {
        var domains: Set<String>?
        var redFlags: [String: Severity]?
    }

    private let gated: [String: Gate]
    /// The same by position in `RuleSet.projectRules`: the linter asks for every rule of every
    /// project, and hashing each rule's id was a thousand instructions a rule.
    private let projectGates: [Gate?]

    public func isDomainRule(_ id: String) -> Bool { gated[id] != nil }

    /// Whether the project rule at `index` (in `RuleSet.projectRules`) is a domain rule.
    func isDomainRule(projectRule index: Int) -> Bool { projectGates[index] != nil }

    public func decision(for id: String, domain: ResolvedDomain?) -> Decision {
        Self.decision(gated[id], domain: domain)
    }

    /// `decision(for:domain:)` for the project rule at `index` (in `RuleSet.projectRules`).
    func decision(projectRule index: Int, domain: ResolvedDomain?) -> Decision {
        Self.decision(projectGates[index], domain: domain)
    }

    private static func decision(_ gate: Gate?, domain: ResolvedDomain?) -> Decision {
        guard let gate else { return .applies(severity: nil, capped: false) }
        guard let domain, gate.domains?.contains(domain.id) ?? true else { return .notApplicable }
        var severity: Severity?
        if let table = gate.redFlags {
            guard let listed = table[domain.id] else { return .notApplicable }
            severity = listed
        }
        return .applies(severity: severity, capped: domain.source == .inferred)
    }

    /// The domains a domain rule runs in, sorted; nil for a rule that runs everywhere.
    public func domains(for id: String) -> [String]? {
        guard isDomainRule(id) else { return nil }
        let listed = redFlags[id].map { Set($0.keys) } ?? Set(Configuration.domains)
        return listed.intersection(packDomains[id] ?? Set(Configuration.domains)).sorted()
    }

    /// The severity a finding reports at: the user's configured severity wins outright; then the
    /// finding's own, the domain's, the rule's; an inferred domain caps it at warning.
    public static func severity(configured: Severity, userSet: Bool, finding: Severity?, decision: Decision) -> Severity {
        guard case .applies(let domainSeverity, let capped) = decision else { return configured }
        var severity = userSet ? configured : finding ?? domainSeverity ?? configured
        if capped, severity > .warning { severity = .warning }
        return severity
    }
}
