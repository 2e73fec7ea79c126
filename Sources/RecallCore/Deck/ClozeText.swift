import Foundation

/// Cloze deletions, `{{c1::answer}}` or `{{c1::answer::hint}}`, as Anki writes them.
///
/// A cloze lives on one line, outside code fences and inline code. The hint starts at the last
/// `::` of the cloze, except in an ARN (`arn:aws:…`), which is kept whole because ARNs use `::`.
public enum ClozeText {
    public struct Match: Equatable, Sendable {
        /// 0-based line within the scanned text, and 0-based scalar column of `{{`.
        public var line: Int
        public var column: Int
        public var number: Int
        public var answer: String
        public var hint: String?
    }

    public struct Problem: Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: DeckMessage
    }

    /// Finds every cloze in a Markdown text, and every malformed one.
    public static func scan(_ text: String) -> (matches: [Match], problems: [Problem]) {
        var matches: [Match] = []
        var problems: [Problem] = []
        forEachCloze(in: text) { event in
            switch event {
            case .match(let match, _): matches.append(match)
            case .problem(let problem): problems.append(problem)
            }
            return nil
        }
        return (matches, problems)
    }

    /// The text with cloze `active` blanked (`[...]`, or `[hint]`) or revealed (`**answer**`),
    /// and every other cloze shown as its plain answer. `emphasise` writes the blank in bold.
    public static func render(_ text: String, active: Int, reveal: Bool, emphasise: Bool = false) -> String {
        var lines: [String] = []
        var lineIndex = 0
        var replacements: [Int: [(Range<String.Index>, String)]] = [:]
        forEachCloze(in: text) { event in
            guard case .match(let match, let range) = event else { return nil }
            var shown: String
            if match.number == active {
                shown = reveal ? "**\(match.answer)**" : "[\(match.hint ?? "...")]"
                if emphasise, !reveal { shown = "**" + shown + "**" }
            } else {
                shown = match.answer
            }
            replacements[match.line, default: []].append((range, shown))
            return nil
        }
        for line in text.lines {
            var rendered = ""
            var cursor = line.startIndex
            for (range, shown) in replacements[lineIndex] ?? [] {
                rendered += line[cursor..<range.lowerBound]
                rendered += shown
                cursor = range.upperBound
            }
            rendered += line[cursor...]
            lines.append(rendered)
            lineIndex += 1
        }
        return lines.joined(separator: "\n")
    }

    enum Event {
        case match(Match, Range<String.Index>)
        case problem(Problem)
    }

    /// Walks the clozes of `text` line by line, skipping fenced code and inline code.
    static func forEachCloze(in text: String, _ visit: (Event) -> Void?) {
        guard text.containsBytes("{{c") else { return }
        var openFence: MarkdownLines.Fence?
        for (lineNumber, line) in text.lines.enumerated() {
            if let fence = openFence {
                if MarkdownLines.closes(line, fence) { openFence = nil }
                continue
            }
            if let fence = MarkdownLines.fence(in: line) {
                openFence = fence
                continue
            }
            var counted = ScalarCount(line)
            for segment in MarkdownLines.segmentsOutsideCode(line) {
                scanSegment(segment, counted: &counted, lineNumber: lineNumber, visit)
            }
        }
    }

    private static func scanSegment(_ segment: Substring, counted: inout ScalarCount, lineNumber: Int, _ visit: (Event) -> Void?) {
        var searchStart = segment.startIndex
        while let open = segment[searchStart...].firstRange(ofASCII: "{{c") {
            let column = counted.offset(of: open.lowerBound)
            var index = open.upperBound
            var digits = ""
            while index < segment.endIndex, let digit = segment[index].wholeNumberValue, segment[index].isASCII {
                digits.append(String(digit))
                index = segment.index(after: index)
            }
            guard !digits.isEmpty, segment[index...].hasPrefix("::") else {
                searchStart = open.upperBound
                continue
            }
            let contentStart = segment.index(index, offsetBy: 2)
            guard let close = segment[contentStart...].firstRange(ofASCII: "}}") else {
                _ = visit(.problem(Problem(line: lineNumber, column: column,
                    message: .clozeNotClosed(digits: digits))))
                return
            }
            searchStart = close.upperBound
            guard let number = Int(digits), number >= 1, number <= 999 else {
                _ = visit(.problem(Problem(line: lineNumber, column: column,
                    message: .clozeOutOfRange(digits: digits))))
                continue
            }
            let content = String(segment[contentStart..<close.lowerBound])
            let (answer, hint) = splitHint(content)
            if answer.trimmed.isEmpty {
                _ = visit(.problem(Problem(line: lineNumber, column: column,
                    message: .clozeEmpty(number: number))))
                continue
            }
            let match = Match(line: lineNumber, column: column, number: number, answer: answer, hint: hint)
            _ = visit(.match(match, open.lowerBound..<close.upperBound))
        }
    }

    private static func splitHint(_ content: String) -> (String, String?) {
        if content.hasPrefix("arn:") { return (content, nil) }
        guard let separator = content.range(of: "::", options: .backwards) else { return (content, nil) }
        let hint = String(content[separator.upperBound...]).trimmed
        return (String(content[..<separator.lowerBound]), hint.isEmpty ? nil : String(hint))
    }
}

/// The scalar column of places on one line, visited left to right: each is counted on from the
/// one before, so n clozes on a line take n steps, not n^2 (each counted from the line's start).
private struct ScalarCount {
    let line: Substring
    private var index: Substring.Index
    private var offset = 0

    init(_ line: Substring) {
        self.line = line
        index = line.startIndex
    }

    /// The 0-based scalar offset of `place`, which is not before the place asked about last.
    mutating func offset(of place: Substring.Index) -> Int {
        offset += line.unicodeScalars.distance(from: index, to: place)
        index = place
        return offset
    }
}
