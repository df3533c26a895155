import Yams

/// The two lists of records in a manifest: `data_sources` and `metrics`. Items are named
/// `metrics[2]` (counting from 1) in messages; the line says which one it is.
extension ManifestReader {
    mutating func dataSources(_ items: [YAMLValue]) -> [Manifest.DataSource] {
        items.enumerated().compactMap { index, item in
            let place = "data_sources[\(index + 1)]"
            guard let mapping = record(item, place, fields: "name, kind, license and url") else { return nil }
            var source = Manifest.DataSource(line: item.line)
            for (key, keyNode, value) in entries(of: mapping, in: place) {
                source.lines[key] = keyNode.line
                let label = "\(place).\(key)"
                switch key {
                case "name": source.name = read { try value.text(label) }
                case "kind": source.kind = read { try value.text(label) }
                case "license": source.license = read { try value.text(label) }
                case "url": source.url = read { try value.text(label) }
                default: unknownKey(key, at: keyNode, in: place, known: Manifest.DataSource.knownKeys, siblings: mapping)
                }
            }
            return source
        }
    }

    mutating func metrics(_ items: [YAMLValue]) -> [Manifest.Metric] {
        items.enumerated().compactMap { index, item in
            let place = "metrics[\(index + 1)]"
            guard let mapping = record(item, place, fields: "name, value and optionally ci, split, n") else { return nil }
            var metric = Manifest.Metric(line: item.line)
            for (key, keyNode, value) in entries(of: mapping, in: place) {
                metric.lines[key] = keyNode.line
                let label = "\(place).\(key)"
                switch key {
                case "name": metric.name = read { try value.text(label) }
                case "value": metric.value = read { try value.number(label) }
                case "ci": metric.ci = read { try Self.interval(value, label) }
                case "split": metric.split = read { try value.text(label) }
                case "n": metric.n = read { try Self.count(value, label) }
                default: unknownKey(key, at: keyNode, in: place, known: Manifest.Metric.knownKeys, siblings: mapping)
                }
            }
            return metric
        }
    }

    /// A list item that should be a mapping; anything else is reported once, here.
    private mutating func record(_ item: YAMLValue, _ place: String, fields: String) -> YAMLValue.Pairs? {
        read { () throws -> YAMLValue.Pairs? in
            guard let mapping = item.pairs else {
                throw item.typeError(place, expected: "a mapping with \(fields)", hint: "write '- name: ...' and indent its other keys under it")
            }
            return mapping
        }
    }

    /// `ci: [low, high]`, two numbers in order.
    private static func interval(_ node: YAMLValue, _ label: String) throws -> ClosedRange<Double>? {
        guard let bounds = try node.list(label) else { return nil }
        guard bounds.count == 2 else {
            throw YAMLTypeError(line: node.line, message: "\(label) must be [low, high], two numbers; found \(bounds.count) values")
        }
        guard let low = try bounds[0].number("\(label) low"), let high = try bounds[1].number("\(label) high") else {
            throw YAMLTypeError(line: node.line, message: "\(label) must be [low, high], two numbers")
        }
        guard low <= high else {
            throw YAMLTypeError(line: node.line, message: "\(label) must be [low, high] with low <= high; found [\(low), \(high)]")
        }
        return low...high
    }

    /// `n`: how many cases the metric was measured on.
    private static func count(_ node: YAMLValue, _ label: String) throws -> Int? {
        guard let n = try node.integer(label) else { return nil }
        guard n > 0 else { throw YAMLTypeError(line: node.line, message: "\(label) must be a whole number of at least 1; found \(n)") }
        return n
    }
}
