import Testing
@testable import RecallCore
import RecallTestSupport

/// The parts of a line outside code spans: a run of backticks opens a span only when a run of
/// the same length closes it later on the line (CommonMark's rule), checked against that rule
/// written the plain way, on random lines of backticks and letters.
@Suite struct MarkdownLinesCodeSpanTests {
    /// The rule as written before: from each run, search the rest of the line for its closer.
    static func plain(_ line: Substring) -> [Substring] {
        var result: [Substring] = []
        var segmentStart = line.startIndex
        var index = line.startIndex
        func run(from start: Substring.Index) -> Substring.Index {
            var end = start
            while end < line.endIndex, line[end] == "`" { end = line.index(after: end) }
            return end
        }
        while index < line.endIndex {
            guard line[index] == "`" else { index = line.index(after: index); continue }
            let end = run(from: index)
            let length = line.distance(from: index, to: end)
            var search = end
            var close: Substring.Index?
            while search < line.endIndex {
                guard line[search] == "`" else { search = line.index(after: search); continue }
                let closeEnd = run(from: search)
                if line.distance(from: search, to: closeEnd) == length { close = closeEnd; break }
                search = closeEnd
            }
            if let close {
                result.append(line[segmentStart..<index])
                segmentStart = close
                index = close
            } else {
                index = end
            }
        }
        result.append(line[segmentStart...])
        return result
    }

    @Test func theSpansAreCommonMarksOnRandomLines() {
        var random = SeededRandom(seed: 21)
        let pieces = ["`", "``", "```", "a", "b ", "코드", "\\"]
        for _ in 0..<5_000 {
            let line = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            #expect(MarkdownLines.segmentsOutsideCode(Substring(line)) == Self.plain(Substring(line)), "\(line)")
        }
        #expect(MarkdownLines.segmentsOutsideCode("a `b` c ``d` e") == ["a ", " c ``d` e"])
    }
}
