import Testing
@testable import RecallCore

/// Text that looks like Markdown syntax, written by each writer (`DeckWriter`, `DraftWriter`,
/// `HTMLToMarkdown`), is marked by one rule and reads back through the one parser as the text.
@Suite struct MarkdownEscapeTests {
    // MARK: A heading's closing `#`

    /// The prompt a deck file gives back for `text` written as a note's heading by `DeckWriter`.
    static func deckWriterPrompt(_ text: String) throws -> String {
        let note = Note(id: "n", hasExplicitID: true, deck: "", kind: .basic, prompt: text, body: "답",
                        location: SourceLocation(file: "x.md", line: 1), endLine: 1)
        let file = DeckWriter.deckFile(DeckWriter.DeckHeader(name: "d"), notes: [note])
        return try #require(DeckParser.parse(text: file, file: "d.md", defaultDeckName: "d").deck?.notes.first).prompt
    }

    /// The same for an extracted card whose question is `text`, written by `DraftWriter`.
    static func draftWriterPrompt(_ text: String) throws -> String {
        let card = ExtractedCard(kind: .basic, rule: .definition, context: [], prompt: text, answer: ["답"], file: "note.md", line: 1)
        let file = DraftWriter.render(DraftDeck(name: "d", sources: [], cards: [card]))
        return try #require(DeckParser.parse(text: file, file: "d.md", defaultDeckName: "d").deck?.notes.first).prompt
    }

    /// The heading text the block reader gives for an HTML heading imported by `HTMLToMarkdown`.
    static func htmlHeading(_ text: String) throws -> String {
        let lines = HTMLToMarkdown.lines("<h3>\(HTMLEntities.escape(text))</h3>")
        guard case .heading(_, let heading)? = MarkdownBlock.parse(lines.joined(separator: "\n")).first else {
            Issue.record("not a heading: \(lines)")
            return ""
        }
        return heading
    }

    @Test(arguments: ["닫는 샵 #", "끝에 두 개 ##", "#", "언어 C#", "C# 과 F#", "가운데 # 샵", "샵 없음"])
    func aHeadingLikeLineParsesBackTheSameFromEveryWriter(text: String) throws {
        let fromDeckWriter = try Self.deckWriterPrompt(text)
        let fromDraftWriter = try Self.draftWriterPrompt(text)
        let fromHTML = try Self.htmlHeading(text)
        #expect(fromDeckWriter == fromDraftWriter)
        #expect(fromDraftWriter == fromHTML)
        // and reads as the text: the block reader's heading, then inline, is `text` again
        let line = "## " + MarkdownEscape.heading(text)
        let heading = try #require(MarkdownBlock.heading(in: Substring(line)))
        #expect(heading.text == fromDeckWriter)
        #expect(MarkdownInline.plainText(MarkdownInline.parse(heading.text)) == text)
    }

    @Test func aHashAfterTextIsLeftAsWrittenAndOnlyAClosingRunIsEscaped() {
        #expect(MarkdownEscape.heading("언어 C#") == "언어 C#")
        #expect(MarkdownEscape.heading("닫는 샵 #") == "닫는 샵 \\#")
        #expect(MarkdownEscape.heading("두 개 ##") == "두 개 #\\#")
        #expect(MarkdownEscape.heading("이미 \\#") == "이미 \\#")
        #expect(MarkdownEscape.heading("두\n줄") == "두 줄")
    }

    // MARK: Line starts

    /// Every line start the block reader treats as structure (after a line with a `|`, so that a
    /// delimiter row would make a table).
    static let structural = [
        "# 제목", "###### 여섯", "#", "> 인용", ">인용", ">", "```swift", "````", "~~~ 물결", "---", "***", "___", "- - -",
        "- 항목", "-", "* 별표 항목", "+ 더하기 항목", "1. 번호", "12) 괄호 번호", "1.", "| --- | :---: |",
        "--- | ---", ":-- | --:", "===", "   - 세 칸 들여쓴 항목", "  # 두 칸 들여쓴 제목",
    ]

    @Test(arguments: structural)
    func aStructuralLineStartIsEscapedAndReadsBackAsText(line: String) {
        let escaped = MarkdownEscape.lineStart(line)
        #expect(escaped != line)
        #expect(MarkdownBlock.parse("앞 | 뒤\n" + escaped) == [.line("앞 | 뒤"), .line(escaped)])
        #expect(MarkdownInline.plainText(MarkdownInline.parse(escaped)) == line)
    }

    @Test(arguments: ["#태그", "C# 언어", "-1도", "2024년", "2024.11.21", "=SUM(A1)", "*강조*로 시작", "가나다", ""])
    func otherLinesStayAsWritten(line: String) {
        #expect(MarkdownEscape.lineStart(line) == line)
    }

    /// `DraftWriter` (a one-line answer) and `HTMLToMarkdown` (an imported field) both use it: the
    /// line reads back as text, never as structure, and shows as the note or the field had it.
    @Test(arguments: structural.map { $0.drop { $0 == " " } }.map(String.init))
    func bothWritersEscapeLineStartsTheSameWay(line: String) throws {
        let card = ExtractedCard(kind: .basic, rule: .definition, context: [], prompt: "질문", answer: [line], file: "note.md", line: 1)
        let file = DraftWriter.render(DraftDeck(name: "d", sources: [], cards: [card]))
        let body = try #require(DeckParser.parse(text: file, file: "d.md", defaultDeckName: "d").deck?.notes.first).body
        let imported = HTMLToMarkdown.lines("앞 | 뒤<br>" + HTMLEntities.escape(line))
        for written in [["앞 | 뒤", body], imported] {
            #expect(written.count == 2, "\(written)")
            #expect(MarkdownBlock.parse(written.joined(separator: "\n")) == written.map { .line($0) }, "\(written)")
            #expect(MarkdownInline.plainText(MarkdownInline.parse(written[1])) == line, "\(written)")
        }
    }
}
