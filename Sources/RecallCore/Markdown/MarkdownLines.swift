/// Line-level Markdown facts: code fences and inline code spans, the one rule for where a fence
/// opens and closes (deck parser, block reader, note extraction, the study screen). Text inside
/// either is never deck syntax, so ARNs, `{{…}}` and `- [x]` there stay literal.
public enum MarkdownLines {
    /// A fence opener or closer: three or more backticks or tildes, indented at most three spaces.
    public struct Fence: Equatable, Sendable {
        public var character: Character
        public var length: Int
    }

    public static func fence(in line: Substring) -> Fence? {
        // Most lines are no fence, as their first bytes say: after up to 3 spaces comes no
        // backtick, tilde or 0xE1 (U+1FEF, which is canonically a backtick, starts with it).
        let bytes = line.utf8
        var first = bytes.startIndex
        while first < bytes.endIndex, bytes.distance(from: bytes.startIndex, to: first) <= 3, bytes[first] == 0x20 {
            first = bytes.index(after: first)
        }
        guard first < bytes.endIndex, bytes[first] == 0x60 || bytes[first] == 0x7E || bytes[first] == 0xE1 else { return nil }
        var indent = 0
        var index = line.startIndex
        // Counting stops past 3: a line of a list nested 255 deep is asked at every depth.
        while index < line.endIndex, indent <= 3, line[index] == " " {
            indent += 1
            index = line.index(after: index)
        }
        guard indent <= 3, index < line.endIndex else { return nil }
        let mark = line[index]
        guard mark == "`" || mark == "~" else { return nil }
        var length = 0
        while index < line.endIndex, line[index] == mark {
            length += 1
            index = line.index(after: index)
        }
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not contain a backtick (CommonMark).
        if mark == "`", line[index...].contains("`") { return nil }
        return Fence(character: mark, length: length)
    }

    /// True when `line` closes a block opened by `opener`.
    public static func closes(_ line: Substring, _ opener: Fence) -> Bool {
        guard let fence = fence(in: line) else { return false }
        let rest = line.drop { $0 == " " }.drop { $0 == opener.character }
        return fence.character == opener.character && fence.length >= opener.length
            && rest.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The parts of one line outside inline code spans. A backtick run opens a span only if a
    /// run of the same length closes it later on the line. The runs are found in one pass, and
    /// each opening run looks only at the runs after it: linear in the line, where searching the
    /// rest of the line from every run was quadratic in a line of many backticks.
    static func segmentsOutsideCode(_ line: Substring) -> [Substring] {
        var runs: [(start: Substring.Index, end: Substring.Index, length: Int)] = []
        var index = line.startIndex
        while let start = line[index...].firstIndex(of: "`") {
            var end = start
            var length = 0
            while end < line.endIndex, line[end] == "`" {
                end = line.index(after: end)
                length += 1
            }
            runs.append((start, end, length))
            index = end
        }
        // For each run, the next run of the same length: the one that would close it.
        var closer = [Int?](repeating: nil, count: runs.count)
        var nextOfLength: [Int: Int] = [:]
        for k in runs.indices.reversed() {
            closer[k] = nextOfLength[runs[k].length]
            nextOfLength[runs[k].length] = k
        }
        var result: [Substring] = []
        var segmentStart = line.startIndex
        var k = 0
        while k < runs.count {
            guard let close = closer[k] else {
                k += 1
                continue
            }
            result.append(line[segmentStart..<runs[k].start])
            segmentStart = runs[close].end
            k = close + 1
        }
        result.append(line[segmentStart...])
        return result
    }

    static func scalarOffset(_ line: Substring, _ index: Substring.Index) -> Int {
        line.unicodeScalars.distance(from: line.startIndex, to: index)
    }
}
