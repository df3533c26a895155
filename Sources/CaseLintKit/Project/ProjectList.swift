import Foundation

/// The projects of one run, in report order: those named one by one, and the members of each
/// folder of projects, kept compactly (`MemberFolder`) until each is linted. A run over 20,000
/// projects holds a folder name and four small numbers per project here, not 20,000 `Project`s.
public struct ProjectList: RandomAccessCollection, Sendable {
    enum Part: Sendable {
        case projects([Project])
        case folder(MemberFolder)

        var count: Int {
            switch self {
            case .projects(let projects): return projects.count
            case .folder(let folder): return folder.count
            }
        }
    }

    private var parts: [Part] = []
    /// The index of each part's first project.
    private var starts: [Int] = []
    public private(set) var endIndex = 0
    public var startIndex: Int { 0 }

    public init() {}

    public init(_ projects: [Project]) { append(projects) }

    mutating func append(_ projects: [Project]) { add(.projects(projects)) }
    mutating func append(_ folder: MemberFolder) { add(.folder(folder)) }

    private mutating func add(_ part: Part) {
        guard part.count > 0 else { return }
        parts.append(part)
        starts.append(endIndex)
        endIndex += part.count
    }

    public subscript(index: Int) -> Project {
        precondition(index >= 0 && index < endIndex, "project index out of range")
        // The last part that starts at or before `index`.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        switch parts[low] {
        case .projects(let projects): return projects[index - starts[low]]
        case .folder(let folder): return folder[index - starts[low]]
        }
    }
}
