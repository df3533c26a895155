import Foundation

/// Counts, line by line, the words of a README that point to each case-study part and to
/// installation or usage, in one pass over its tokens. Sums over any range of lines are then
/// two look-ups (prefix sums), which is what the section model asks for every heading.
struct SectionCues {
    static let usage = "usage"
    /// labels[i] is a part name or `usage`; `prefix[i * width + line]` is the number of its cues before `line`.
    let labels: [String]
    /// One row per label, `width` (lines + 2) apart, in one array: a row per label cost a
    /// uniqueness check of both arrays per match.
    private let prefix: [Int32]
    private let width: Int
    private let wordPrefix: [Int32]
    private let codePrefix: [Int32]
    private let textPrefix: [Int32]
    private let commandPrefix: [Int32]

    init(index: TextIndex, matcher: PhraseMatcher, labels: [String]) {
        self.labels = labels
        let document = index.document
        let lines = document.lineCount
        let width = lines + 2
        let slot = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($0.element, $0.offset) })
        var sums = [Int32](repeating: 0, count: labels.count * width)
        // A list's labels become slots once per list, not per match (hashing each match's labels
        // was most of this pass).
        var listSlots = [[Int]?](repeating: nil, count: matcher.labels.count)
        let labelParts = matcher.labelParts
        let tokens = index.tokens
        matcher.forEachMatch(in: index, range: 0..<tokens.count) { list, first, _ in
            let line = Int(tokens[first].line)
            let slots: [Int]
            if let known = listSlots[list] {
                slots = known
            } else {
                slots = labelParts[list].compactMap { slot[$0] }
                listSlots[list] = slots
            }
            for position in slots { sums[position * width + line] += 1 }
        }
        // Each row's counts become, in place, the counts of the lines before.
        sums.withUnsafeMutableBufferPointer { sums in
            for base in stride(from: 0, to: sums.count, by: width) {
                var running: Int32 = 0
                for line in base..<(base + width) {
                    let count = sums[line]
                    sums[line] = running
                    running += count
                }
            }
        }
        prefix = sums
        self.width = width
        var words = [Int32](repeating: 0, count: width)
        var code = [Int32](repeating: 0, count: width)
        var text = [Int32](repeating: 0, count: width)
        var commands = [Int32](repeating: 0, count: width)
        let firstTokens = index.lineFirstToken
        let kinds = document.kinds
        for line in 1...(lines + 1) {
            let previous = line - 1
            let isLine = previous >= 1
            words[line] = words[previous] + (isLine ? firstTokens[previous + 1] - firstTokens[previous] : 0)
            let kind = isLine ? kinds[previous - 1] : .blank
            code[line] = code[previous] + (kind == .code ? 1 : 0)
            text[line] = text[previous] + (kind == .prose || kind == .table || kind == .code ? 1 : 0)
            let command = kind == .code && Self.isCommand(document.bytes[document.lineRanges[previous - 1]])
            commands[line] = commands[previous] + (command ? 1 : 0)
        }
        wordPrefix = words
        codePrefix = code
        textPrefix = text
        commandPrefix = commands
    }

    /// Words that start a line typed into a terminal, and the fence languages of terminal sessions.
    static let commandWords: Set<[UInt8]> = Set([
        "pip", "pip3", "python", "python3", "py", "git", "cd", "npm", "npx", "yarn", "pnpm", "docker", "docker-compose",
        "conda", "mamba", "source", "export", "bash", "sh", "make", "curl", "wget", "uvicorn", "streamlit", "jupyter",
        "mkdir", "cp", "mv", "ls", "chmod", "brew", "apt", "apt-get", "sudo", "poetry", "uv", "pytest", "node", "cargo",
        "rscript", "dvc", "gunicorn", "flask", "kubectl", "venv", "set", "cat", "echo", "huggingface-cli", "kaggle",
    ].map { Array($0.utf8) })
    static let shellFences: Set<[UInt8]> = Set(["bash", "sh", "shell", "console", "zsh", "powershell", "cmd", "bat", "terminal"]
        .map { Array($0.utf8) })

    /// A code line that runs a command ("pip install -r requirements.txt", "$ git clone ...") or opens
    /// a shell block ("```bash"): what installation and usage sections are made of.
    static func isCommand(_ line: ArraySlice<UInt8>) -> Bool {
        var start = line.startIndex
        while start < line.endIndex, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
        if start + 3 <= line.endIndex, line[start] == UInt8(ascii: "`") || line[start] == UInt8(ascii: "~") {
            var position = start
            while position < line.endIndex, line[position] == line[start] { position += 1 }
            return shellFences.contains(word(line, from: position))
        }
        while start < line.endIndex, line[start] == UInt8(ascii: "$") || line[start] == UInt8(ascii: ">") || line[start] == 0x20 {
            start += 1
        }
        return commandWords.contains(word(line, from: start))
    }

    private static func word(_ line: ArraySlice<UInt8>, from start: Int) -> [UInt8] {
        var end = start
        while end < line.endIndex, line[end] != 0x20, line[end] != 0x09, line[end] != 0x7B { end += 1 }
        return line[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    }

    /// Cues of `label` on lines `lines` (1-based, half-open).
    func count(_ label: String, lines: Range<Int>) -> Int {
        count(slot: labels.firstIndex(of: label), lines: lines)
    }

    /// The same by the label's position in `labels`, looked up once by the caller.
    func count(slot position: Int?, lines: Range<Int>) -> Int {
        guard let position, !lines.isEmpty else { return 0 }
        return Int(prefix[position * width + lines.upperBound] - prefix[position * width + lines.lowerBound])
    }

    func words(lines: Range<Int>) -> Int {
        lines.isEmpty ? 0 : Int(wordPrefix[lines.upperBound] - wordPrefix[lines.lowerBound])
    }

    /// Lines of terminal commands.
    func commands(lines: Range<Int>) -> Int {
        lines.isEmpty ? 0 : Int(commandPrefix[lines.upperBound] - commandPrefix[lines.lowerBound])
    }

    /// Share of the non-blank lines that are code.
    func codeShare(lines: Range<Int>) -> Double {
        guard !lines.isEmpty else { return 0 }
        let text = textPrefix[lines.upperBound] - textPrefix[lines.lowerBound]
        guard text > 0 else { return 0 }
        return Double(codePrefix[lines.upperBound] - codePrefix[lines.lowerBound]) / Double(text)
    }
}
