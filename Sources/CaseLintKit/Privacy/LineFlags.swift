import Foundation

/// A yes/no fact about each line, worked out the first time it is asked for and then remembered:
/// whether contact details on a line are the author's matters only on the few lines that hold an
/// email address or a phone number, so no other line pays for the question.
final class LineFlags {
    private let compute: (Int) -> Bool
    private var known: [Int: Bool] = [:]

    init(_ compute: @escaping (Int) -> Bool) {
        self.compute = compute
    }

    func callAsFunction(_ line: Int) -> Bool {
        if let value = known[line] { return value }
        let value = compute(line)
        known[line] = value
        return value
    }
}
