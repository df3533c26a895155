import Foundation

/// "Concordance= 0.712  (se = 0.011 )", as R's `summary(coxph(...))` prints it, and "(concordance =
/// 0.67)" in prose: the word alone, then an equals sign or a colon and a decimal between 0.5 and 1, is
/// a C-index. Alone it is not a name: "94% concordance with the tumour board" is agreement, and so is
/// a percentage or a count after it.
extension MetricScanner {
    static let concordance = TextIndex.hash("concordance".utf8)

    /// Positions of C-index values after "concordance" in the README's prose and tables.
    func concordanceValues(_ tokens: [Token]) -> [Int] {
        let buckets = index.filterBuckets
        let word = PhraseMatcher.filterBit(Self.concordance).word
        var result: [Int] = []
        for candidate in buckets.positions[Int(buckets.starts[word])..<Int(buckets.starts[word + 1])] {
            let position = Int(candidate)
            if tokens[position].hash == Self.concordance, let value = concordanceValue(after: position, tokens),
               isPlausible(tokens[value], at: value, tokens, distance: 1) {
                result.append(value)
            }
        }
        return result
    }

    /// The C-index value right after "concordance" at `position`, in any token list (prose or a code line).
    func concordanceValue(after position: Int, _ tokens: [Token]) -> Int? {
        let value = position + 1
        guard tokens[position].hash == Self.concordance, value < tokens.count, tokens[value].line == tokens[position].line,
              tokens[value].isNumber, !index.isPercent(tokens[value]) else { return nil }
        let gap = index.lower[Int(tokens[position].end)..<Int(tokens[value].start)]
        guard gap.contains(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") }),
              gap.allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "*") }),
              index.lower[Int(tokens[value].start)..<Int(tokens[value].end)].contains(UInt8(ascii: ".")),
              let number = index.numberValue(tokens[value]), number >= 0.5, number <= 1 else { return nil }
        return value
    }
}
