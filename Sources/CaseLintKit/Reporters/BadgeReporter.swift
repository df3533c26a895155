import Foundation

/// An SVG badge in the shields.io flat style: "case study | 87", coloured by band.
/// For a folder of projects it shows the portfolio mean as "case studies | 76".
public struct BadgeReporter: Reporter {
    public init() {}

    /// What a badge says: its label, number and band.
    struct Content {
        var label: String
        var total: Int
        var band: ScoreBand

        init(_ summary: ReportSummary) {
            if let portfolio = summary.portfolio {
                self.label = "case studies"
                self.total = portfolio.mean
            } else {
                self.label = "case study"
                self.total = summary.projects.first?.total ?? 0
            }
            band = ScoreBand(total: total)
        }

        /// The colours shields.io uses for its named colours.
        var hexColor: String {
            switch band {
            case .ready: return "#4c1"
            case .needsWork: return "#dfb317"
            case .notReady: return "#e05d44"
            }
        }

        var shieldsColor: String {
            switch band {
            case .ready: return "brightgreen"
            case .needsWork: return "yellow"
            case .notReady: return "red"
            }
        }
    }

    public func end(_ summary: ReportSummary) -> String {
        let content = Content(summary)
        let value = String(content.total)
        let labelWidth = Self.textWidth(content.label) + 12
        let valueWidth = Self.textWidth(value) + 12
        let width = labelWidth + valueWidth
        let title = "\(content.label): \(value)"
        func text(_ string: String, centre: Int) -> String {
            "<text x=\"\(centre)\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">\(string)</text>"
                + "<text x=\"\(centre)\" y=\"14\">\(string)</text>"
        }
        return """
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="20" role="img" aria-label="\(title)">\
        <title>\(title)</title>\
        <linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>\
        <clipPath id="r"><rect width="\(width)" height="20" rx="3" fill="#fff"/></clipPath>\
        <g clip-path="url(#r)"><rect width="\(labelWidth)" height="20" fill="#555"/>\
        <rect x="\(labelWidth)" width="\(valueWidth)" height="20" fill="\(content.hexColor)"/>\
        <rect width="\(width)" height="20" fill="url(#s)"/></g>\
        <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">\
        \(text(content.label, centre: labelWidth / 2))\(text(value, centre: labelWidth + valueWidth / 2))</g></svg>

        """
    }

    /// Approximate advance widths of Verdana at 11px, enough to size the two halves.
    static func textWidth(_ text: String) -> Int {
        var width = 0.0
        for character in text {
            switch character {
            case "i", "l", "j", "'", ".", ",", ":", "|": width += 3.5
            case "f", "t", "r", " ": width += 4.5
            case "m", "w": width += 10
            case "0"..."9": width += 7
            case "A"..."Z": width += 7.5
            default: width += 6.5
            }
        }
        return Int(width.rounded(.up))
    }
}
