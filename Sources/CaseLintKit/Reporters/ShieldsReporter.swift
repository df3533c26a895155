import Foundation

/// A shields.io endpoint (https://shields.io/badges/endpoint-badge): publish the JSON somewhere
/// public and point `https://img.shields.io/endpoint?url=...` at it. Same content as the SVG badge.
public struct ShieldsReporter: Reporter {
    public init() {}

    public func end(_ summary: ReportSummary) -> String {
        let content = BadgeReporter.Content(summary)
        let endpoint: JSONValue = .object([
            ("schemaVersion", .number(1)),
            ("label", .string(content.label)),
            ("message", .string(String(content.total))),
            ("color", .string(content.shieldsColor)),
        ])
        return endpoint.serialized() + "\n"
    }
}
