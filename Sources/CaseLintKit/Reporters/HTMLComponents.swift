import Foundation

/// The pieces of the HTML report: escaping, the score gauge and the category bars.
enum HTML {
    /// Escapes text for element content and quoted attributes; control characters become spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in ReportText.singleLine(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A ring that fills clockwise from the top, the number and the band inside it.
    static func gauge(_ score: ReadinessScore) -> String { gauge(total: score.total) }

    static func gauge(total: Int) -> String {
        let radius = 52.0
        let circumference = 2 * Double.pi * radius
        let filled = circumference * Double(total) / 100
        let dash = String(format: "%.2f %.2f", filled, circumference - filled)
        let band = ScoreBand(total: total)
        return "<div class=\"gauge band-\(band.rawValue)\" role=\"img\" aria-label=\"Score \(total) of 100, \(band.label)\">"
            + "<svg viewBox=\"0 0 120 120\" width=\"132\" height=\"132\" aria-hidden=\"true\">"
            + "<circle class=\"track\" cx=\"60\" cy=\"60\" r=\"52\"/>"
            // A round cap would draw a dot for 0, so no arc at all then.
            + (total > 0 ? "<circle class=\"arc\" cx=\"60\" cy=\"60\" r=\"52\" stroke-dasharray=\"\(dash)\" transform=\"rotate(-90 60 60)\"/>" : "")
            + "<text x=\"60\" y=\"66\" text-anchor=\"middle\" class=\"number\">\(total)</text></svg>"
            + "<div class=\"band-label\">\(band.label)</div></div>"
    }

    /// Title, a bar filled to the category's score, the number and its weight; "n/a" when nothing applies.
    static func bar(_ category: CategoryScore) -> String {
        let title = escape(category.category.title)
        let hint = escape(category.category.description)
        guard let percent = category.percent else {
            return "<div class=\"category na\" title=\"\(hint)\"><span class=\"name\">\(title)</span>"
                + "<span class=\"track\"></span><span class=\"value\">n/a</span>"
                + "<span class=\"weight\">weight \(category.category.weight)</span></div>\n"
        }
        let band = ScoreBand(total: percent).rawValue
        return "<div class=\"category\" title=\"\(hint)\"><span class=\"name\">\(title)</span>"
            + "<span class=\"track\"><span class=\"fill band-\(band)\" style=\"width: \(percent)%\"></span></span>"
            + "<span class=\"value\">\(percent)</span><span class=\"weight\">weight \(category.category.weight)</span></div>\n"
    }
}
