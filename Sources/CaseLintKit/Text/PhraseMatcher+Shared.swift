import Foundation

extension PhraseMatcher {
    /// A matcher where a phrase listed under several labels matches once and names them all
    /// (joined by "+"), so that one pass over the text serves every list.
    public static func sharedLabels(_ lists: [(label: String, phrases: [String])]) -> PhraseMatcher {
        var key = InputFingerprint(kind: "shared")
        key.combine(lists)
        return MatcherPrebuilds.phrase(key) { buildSharedLabels(lists) }
    }

    static func buildSharedLabels(_ lists: [(label: String, phrases: [String])]) -> PhraseMatcher {
        // One dictionary look-up per phrase: each distinct phrase's labels sit at its number.
        var number: [String: Int] = [:]
        number.reserveCapacity(lists.reduce(0) { $0 + $1.phrases.count })
        var order: [String] = []
        var owners: [[String]] = []
        for (label, phrases) in lists {
            for phrase in phrases {
                let key = phrase.lowercased()
                if let known = number[key] {
                    if !owners[known].contains(label) { owners[known].append(label) }
                } else {
                    number[key] = order.count
                    order.append(key)
                    owners.append([label])
                }
            }
        }
        var listOf: [String: Int] = [:]
        var grouped: [(label: String, phrases: [String])] = []
        for (phrase, labels) in zip(order, owners) {
            let joined = labels.joined(separator: "+")
            if let known = listOf[joined] {
                grouped[known].phrases.append(phrase)
            } else {
                listOf[joined] = grouped.count
                grouped.append((joined, [phrase]))
            }
        }
        return PhraseMatcher(building: grouped)
    }

    /// The labels a match of a `sharedLabels` matcher stands for.
    public static func labels(of match: Match) -> [String] {
        match.parts ?? parts(of: match.label)
    }

    /// A label cut at "+". Most labels hold none, and cutting walks a string by characters, which
    /// for every list of every matcher was a quarter of building them at start-up.
    static func parts(of label: String) -> [String] {
        guard label.utf8.contains(UInt8(ascii: "+")) else { return label.isEmpty ? [] : [label] }
        return label.split(separator: "+").map(String.init)
    }
}
