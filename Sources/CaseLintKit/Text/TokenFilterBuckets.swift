/// A document's token positions grouped by the word of a `PhraseMatcher` filter that their hash
/// falls in (`PhraseMatcher.filterBit`), sorted once per document by counting.
///
/// About seven phrase lists (section cues, metric names, domain words, keyword terms, uncertainty
/// and count words...) each read the whole README token by token, and most tokens start none of
/// their phrases. With the buckets, a list visits only the tokens of its own filter words
/// (`PhraseMatcher.matches(in:range:)` on a `TextIndex`).
struct TokenFilterBuckets {
    /// The positions of bucket `w` are `positions[starts[w]..<starts[w + 1]]`, in ascending order.
    let starts: [Int32]
    let positions: [Int32]

    init(_ tokens: [Token]) {
        let words = PhraseMatcher.filterWords
        var starts = [Int32](repeating: 0, count: words + 1)
        var next = ZeroedArray.of(Int32.self, count: words)
        let positions = [Int32](unsafeUninitializedCapacity: tokens.count) { positions, count in
            tokens.withUnsafeBufferPointer { tokens in
                starts.withUnsafeMutableBufferPointer { starts in
                    for token in tokens { starts[PhraseMatcher.filterBit(token.hash).word + 1] += 1 }
                    for word in 0..<words { starts[word + 1] += starts[word] }
                    // Each bucket fills from its start on, so its positions stay in text order.
                    next.withUnsafeMutableBufferPointer { next in
                        for word in 0..<words { next[word] = starts[word] }
                        for position in 0..<tokens.count {
                            let word = PhraseMatcher.filterBit(tokens[position].hash).word
                            positions[Int(next[word])] = Int32(position)
                            next[word] += 1
                        }
                    }
                }
            }
            count = tokens.count
        }
        self.starts = starts
        self.positions = positions
    }
}
