extension PhraseMatcher {
    /// `matches(in: index.tokens, range:)`, the same matches, found by visiting only the tokens in the
    /// buckets of the matcher's filter words (`TokenFilterBuckets`) when the range is most of the
    /// document and the filter leaves some words empty; a short range or a filter with nearly every
    /// word set reads the tokens in turn.
    public func matches(in index: TextIndex, range: Range<Int>) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: index, range: range) { list, first, last in found.append(match(list: list, first: first, last: last)) }
        return found
    }

    /// The matches `matches(in:range:)` finds, in the same order, handed to `body` as their list
    /// (a position in `labels` and `labelParts`) and first and last tokens: a caller that needs no
    /// `Match` array saves retaining and releasing each match's label and parts.
    func forEachMatch(in index: TextIndex, range: Range<Int>, _ body: (_ list: Int, _ first: Int, _ last: Int) -> Void) {
        let tokens = index.tokens
        guard range.count >= 64, range.count * 2 >= tokens.count,
              filterWordList.count * 4 <= Self.filterWords * 3 else { return forEachMatch(in: tokens, range: range, body) }
        let candidates = startCandidates(tokens, index.filterBuckets, range: range)
        tokens.withUnsafeBufferPointer { tokens in
            // Candidates in text order; one inside a match just found is passed over, as the pass
            // over every token steps past a match.
            var next = range.lowerBound
            for (block, var bits) in candidates.enumerated() {
                while bits != 0 {
                    let position = range.lowerBound + block * 64 + bits.trailingZeroBitCount
                    bits &= bits - 1
                    guard position >= next, let entry = entry(at: position, in: tokens, before: range.upperBound) else { continue }
                    body(Int(entry.list), position, position + Int(entry.count) - 1)
                    next = position + Int(entry.count)
                }
            }
        }
    }

    /// The positions in `range` whose token passes the filter, as bits (bit `p` for position
    /// `range.lowerBound + p`), so that they are read back in text order without sorting.
    private func startCandidates(_ tokens: [Token], _ buckets: TokenFilterBuckets, range: Range<Int>) -> [UInt64] {
        var marks = ZeroedArray.of(UInt64.self, count: (range.count + 63) / 64)
        tokens.withUnsafeBufferPointer { tokens in
            firstTokenBits.withUnsafeBufferPointer { bits in
                buckets.starts.withUnsafeBufferPointer { starts in
                    buckets.positions.withUnsafeBufferPointer { positions in
                        marks.withUnsafeMutableBufferPointer { marks in
                            for word in filterWordList {
                                let filter = bits[Int(word)]
                                for slot in Int(starts[Int(word)])..<Int(starts[Int(word) + 1]) {
                                    let position = Int(positions[slot])
                                    guard filter & Self.filterBit(tokens[position].hash).mask != 0, range.contains(position) else { continue }
                                    let offset = position - range.lowerBound
                                    marks[offset >> 6] |= 1 << UInt64(offset & 63)
                                }
                            }
                        }
                    }
                }
            }
        }
        return marks
    }
}
