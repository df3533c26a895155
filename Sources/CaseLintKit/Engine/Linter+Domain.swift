import Foundation

extension Linter {
    /// Sets the project's domain before any rule runs, and records it as a fact.
    func resolveDomain(_ context: LintContext, configuration: Configuration) {
        let resolver = DomainResolver(override: domainOverride, manifestDomain: context.manifest?.domain,
                                      manifestFile: context.manifestFile, manifestLine: context.manifest?.line(of: "domain") ?? 1,
                                      configuration: configuration)
        context.domain = resolver.resolve(inference: { context.domainInference })
        let task = context.domainExpectations?.task   // read before the write: both touch context.domain
        context.domain?.task = task
        context.facts.domain = context.domain
    }

    /// Says why domain findings are only warnings when the domain was guessed, and how to settle it.
    func inferredDomainNote(_ context: LintContext) -> Diagnostic? {
        guard let domain = context.domain, domain.source == .inferred else { return nil }
        let title = context.domainExpectations?.title ?? domain.id
        return Diagnostic(rule: "domain.inferred", severity: .info,
                          message: "Judged as \(title) (domain \(domain.id)) from the README's words (\(domain.evidence.joined(separator: ", "))), "
                              + "so its findings stay warnings until you declare it: domain: \(domain.id) in case-study.yaml, or --domain.",
                          file: context.readmeFile, wholeFile: true)
    }
}
