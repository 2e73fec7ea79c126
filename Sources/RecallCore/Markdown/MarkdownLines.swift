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
        var indent = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == " " {
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

    /// Yields the parts of one line outside inline code spans, with their scalar offsets.
    /// A backtick run opens a span only if a run of the same length closes it later on the line.
    static func segmentsOutsideCode(_ line: Substring) -> [(text: Substring, offset: Int)] {
        var result: [(Substring, Int)] = []
        var segmentStart = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            guard line[index] == "`" else {
                index = line.index(after: index)
                continue
            }
            let runStart = index
            while index < line.endIndex, line[index] == "`" { index = line.index(after: index) }
            let runLength = line.distance(from: runStart, to: index)
            if let close = closingRun(in: line, from: index, length: runLength) {
                result.append((line[segmentStart..<runStart], scalarOffset(line, runStart)))
                index = close
                segmentStart = close
            }
        }
        result.append((line[segmentStart..<line.endIndex], scalarOffset(line, segmentStart)))
        return result
    }

    private static func closingRun(in line: Substring, from start: Substring.Index, length: Int) -> Substring.Index? {
        var index = start
        while index < line.endIndex {
            guard line[index] == "`" else {
                index = line.index(after: index)
                continue
            }
            let runStart = index
            while index < line.endIndex, line[index] == "`" { index = line.index(after: index) }
            if line.distance(from: runStart, to: index) == length { return index }
        }
        return nil
    }

    static func scalarOffset(_ line: Substring, _ index: Substring.Index) -> Int {
        line.unicodeScalars.distance(from: line.startIndex, to: index)
    }
}
