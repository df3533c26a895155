import Foundation

/// "This is a learning project, not a coding product": a project named by its purpose and set against a
/// product, tool or service says what it is not for, whatever the product's trade ("coding", "scheduling").
extension DisclaimerScanner {
    static let affiliations: Set<UInt64> = Set(["official", "endorsed", "affiliated", "sponsored"].map { TextIndex.hash($0.utf8) })

    func purposeContrast(_ words: [DisclaimerCues.Class], sentence: Range<Int>) -> Bool {
        for position in words.indices.dropLast() where words[position].contains(.purpose) && words[position + 1].contains(.purposeFrame) {
            let negation = position + 2
            guard negation < words.count, words[negation].contains(.clauseStart), words[negation].contains(.negator) else { continue }
            // "not a product", "not a coding product", "not an approved clinical tool".
            var next = negation + 1
            if next < words.count, words[next].contains(.article) { next += 1 }
            let tokens = index.tokens
            let offset = sentence.lowerBound
            for candidate in next..<min(words.count, next + 3) where words[candidate].contains(.use) {
                // "not an official NHS tool" denies an affiliation, not a use.
                if (next..<candidate).contains(where: { Self.affiliations.contains(tokens[offset + $0].hash) }) { break }
                return true
            }
        }
        return false
    }
}
