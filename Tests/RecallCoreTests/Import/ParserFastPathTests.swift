import Testing
@testable import RecallCore
import RecallTestSupport

/// The fast paths that took the slow inputs of issue 14 point 8 under 1 s per MiB (a line of
/// clozes, lists nested 255 deep, 52,000 rows, a line of `<a`) give what the rules gave before,
/// written here the plain way, on seeded random inputs of each shape.
@Suite struct ParserFastPathTests {
    static func random(_ pieces: [String], count: ClosedRange<Int>, _ random: inout SeededRandom) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// A line of `<a`, or many Hangul lines: chatter was looked for with Foundation's search,
    /// one pass per mark.
    @Test func chatterOnLinesOfTagOpeners() {
        func plain(_ text: String) -> Bool {
            NoteInline.chatterMarks.contains { text.contains($0) } || text.hasSuffix("다시")
        }
        var random = SeededRandom(seed: 81)
        let pieces = ["<a", "<", "a", " ", "?", "??", "(?)", ":)", ";)", ":", ")", "^", "^^", "(", "다시", "ㅋㅋ", "ㅋ", "몰라", "\u{37E})", "e\u{301}",
                      "모르", "겠", "\u{1106}\u{1169}", "것 같", "듯", "하", "\u{1112}\u{1161}", "\r\n", "ㅜ", "시", "다"]
        for _ in 0..<3_000 {
            let text = Self.random(pieces, count: 0...12, &random)
            #expect(NoteInline.isChatter(text) == plain(text), "\(text.debugDescription)")
        }
    }

    /// A line of clozes: each cloze's ends were found with `firstRange(of:)`.
    @Test func clozeSearchesOnLinesOfClozes() {
        var random = SeededRandom(seed: 82)
        let pieces = ["{{c1::답}} ", "{{c12::a::힌트}}", "{{c", "c\u{301}", "{", "}}", "}", "::", "`", "\u{600}", "1", "답"]
        for _ in 0..<3_000 {
            let line = Substring(Self.random(pieces, count: 0...10, &random))
            for needle in ["{{c", "}}", "::"] {
                #expect(line.firstRange(ofASCII: needle) == line.firstRange(of: needle), "\(line.debugDescription) \(needle)")
            }
        }
    }

    /// Lists nested deep: every Markdown line is many columns of indent, and the deck text's
    /// comment rule trimmed each one. These pieces hold no heading, field or option, so the
    /// comment rule is the only one that can change a line.
    @Test func deckTextOnDeeplyIndentedLines() {
        func plain(_ line: String) -> String {
            let trimmed = line.trimmed
            guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"), let open = line.firstIndex(of: "<") else { return line }
            return line[..<open] + "\\" + line[open...]
        }
        var random = SeededRandom(seed: 83)
        let pieces = ["  ", " ", "\t", "- ", "x", "<!--", "-->", "<", "!", "-", " \u{301}", "\u{A0}", "주석", "\r\n"]
        for _ in 0..<3_000 {
            let line = Self.random(pieces, count: 0...10, &random)
            #expect(DeckText.neutralizedLine(line, clozes: true) == plain(line), "\(line.debugDescription)")
        }
    }

    /// Many short rows: every line was asked whether it is a table's delimiter row, and every
    /// field was escaped Character by Character.
    @Test func rowPiecesOnShortRows() {
        func plainDelimiterRow(_ line: Substring) -> [MarkdownBlock.TableAlignment]? {
            var result: [MarkdownBlock.TableAlignment] = []
            for part in MarkdownBlock.cells(line) {
                let cell = part.trimmed
                let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
                guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
                result.append(cell.hasPrefix(":") ? (cell.hasSuffix(":") ? .center : .left) : (cell.hasSuffix(":") ? .right : .none))
            }
            return result.isEmpty ? nil : result
        }
        func plainEscape(_ text: String) -> String {
            text.map { ["&": "&amp;", "<": "&lt;", ">": "&gt;"][$0] ?? String($0) }.joined()
        }
        var random = SeededRandom(seed: 84)
        let pieces = ["|", " | ", "-", "---", ":", ":-", "\\|", "\\", " ", "\t", "-\u{301}", "같은 질문", "답", "&", "<", ">", "\u{A0}", "\r\n"]
        for _ in 0..<3_000 {
            let line = Self.random(pieces, count: 0...10, &random)
            #expect(MarkdownBlock.delimiterRow(Substring(line)) == plainDelimiterRow(Substring(line)), "\(line.debugDescription)")
            #expect(HTMLEntities.escape(line) == plainEscape(line), "\(line.debugDescription)")
        }
    }

    /// Lists nested deep, read back: every line's indent was counted Character by Character,
    /// and every line asked whether it is a fence counted all its spaces.
    @Test func indentAndFenceOnDeeplyIndentedLines() {
        func plainIndent(_ line: Substring) -> (Int, Substring) {
            var columns = 0
            var index = line.startIndex
            while index < line.endIndex, line[index] == " " || line[index] == "\t" {
                columns = line[index] == "\t" ? columns + 4 - columns % 4 : columns + 1
                index = line.index(after: index)
            }
            return (columns, line[index...])
        }
        var random = SeededRandom(seed: 85)
        let pieces = ["  ", " ", "\t", "`", "```", "~~~", "\u{1FEF}", "\u{301}", "- ", "x", "한", "\r\n"]
        for _ in 0..<3_000 {
            let line = Substring(Self.random(pieces, count: 0...8, &random))
            let (columns, rest) = MarkdownBlock.leadingIndent(line)
            let (plainColumns, plainRest) = plainIndent(line)
            #expect(columns == plainColumns && rest == plainRest && rest.startIndex == plainRest.startIndex, "\(line.debugDescription)")
        }
        #expect(MarkdownLines.fence(in: "\u{1FEF}\u{1FEF}\u{1FEF}") == MarkdownLines.Fence(character: "`", length: 3))
        #expect(MarkdownLines.fence(in: "   ```") != nil && MarkdownLines.fence(in: "    ```") == nil && MarkdownLines.fence(in: "  \u{301}```") == nil)
    }
}
