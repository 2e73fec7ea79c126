import RecallCore
@testable import RecallTUI
import Testing

@Suite struct MarkdownLiteTests {
    @Test func boldAndCodeBecomeStyledSpans() {
        let lines = MarkdownLite.render("**퍼블릭** 서브넷과 `0.0.0.0/0` 경로", width: 80)
        #expect(lines.count == 1)
        #expect(lines[0].plainText == "퍼블릭 서브넷과 0.0.0.0/0 경로")
        #expect(lines[0].first == Span("퍼블릭", Theme.bold))
        #expect(lines[0].contains(Span("0.0.0.0/0", Theme.code)))
    }

    @Test func anUnclosedMarkerIsText() {
        #expect(MarkdownLite.render("a ** b and `c", width: 80)[0].plainText == "a ** b and `c")
    }

    @Test func fencedCodeKeepsItsSpacingAndLosesTheFences() {
        let lines = MarkdownLite.render("앞\n```\nA    B\n```\n뒤", width: 80)
        #expect(lines.map(\.plainText) == ["앞", "A    B", "뒤"])
        #expect(lines[1].allSatisfy { $0.style == Theme.code })
    }

    @Test func listItemsHangUnderTheirText() {
        let lines = MarkdownLite.render("- 가나다라 마바사아 자차카타", width: 12)
        #expect(lines.map(\.plainText) == ["- 가나다라", "  마바사아", "  자차카타"])
    }

    @Test func wideCharactersAreNeverSplitAndLinesFit() {
        let text = String(repeating: "가", count: 15)
        for width in 1...12 {
            for line in MarkdownLite.render(text, width: width) {
                #expect(line.displayWidth <= max(width, 2))
            }
        }
        #expect(MarkdownLite.render(text, width: 5).map(\.plainText).first == "가가")
    }

    @Test func headingsAreBoldWithoutTheirHashes() {
        let lines = MarkdownLite.render("## 제목", width: 20)
        #expect(lines[0].plainText == "제목")
        #expect(lines[0][0].style.bold)
    }

    @Test func aLineEditorDeletesWholeSyllablesAndKeepsTheCursorInView() {
        var editor = LineEditor()
        for character in "한국어" { _ = editor.handle(.character(character)) }
        _ = editor.handle(.backspace)
        #expect(editor.text == "한국")
        _ = editor.handle(.home)
        _ = editor.handle(.character("A"))
        #expect(editor.text == "A한국")
        let long = LineEditor(String(repeating: "가", count: 30))
        let spans = long.spans(width: 10)
        #expect(spans.displayWidth <= 10)
        #expect(spans.last?.style == Theme.selection)  // the cursor, after the text
    }
}

/// The study screen reads Markdown by the same rules as the deck parser and the HTML export.
@Suite struct MarkdownLiteAgreesWithCoreTests {
    /// A four-backtick fence holds a three-backtick line as code: the block reader says so, and
    /// the screen shows the line as code instead of closing the fence at it.
    @Test func aFourBacktickFenceKeepsAThreeBacktickLineAsCode() {
        let text = "앞\n````\n```swift\nlet x = 1\n```\n````\n뒤"
        #expect(MarkdownBlock.parse(text) == [
            .line("앞"), .code(info: "", lines: ["```swift", "let x = 1", "```"]), .line("뒤"),
        ])
        let lines = MarkdownLite.render(text, width: 40)
        #expect(lines.map(\.plainText) == ["앞", "```swift", "let x = 1", "```", "뒤"])
        #expect(lines[1...3].allSatisfy { $0.allSatisfy { $0.style == Theme.code } })
        #expect(lines[4].allSatisfy { $0.style != Theme.code })
    }

    /// An extracted card whose text starts with `#` or `-` is written escaped (`\#`, `\-`), reads
    /// back as text, and shows on the study screen as the note had it, without the backslashes.
    @Test func anExtractedCardWithHashAndDashShowsAsWritten() throws {
        let cards = [
            ExtractedCard(rule: .definition, context: ["맥락"], prompt: "C#", answer: ["- 목록 아님"], file: "note.md", line: 1),
            ExtractedCard(rule: .definition, context: ["맥락"], prompt: "샵", answer: ["# 헤딩 아님"], file: "note.md", line: 2),
        ]
        let text = DraftWriter.render(DraftDeck(name: "escape", sources: [], cards: cards))
        let result = DeckParser.parse(text: text, file: "draft.md", defaultDeckName: "draft")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let notes = try #require(result.deck?.notes)
        #expect(notes.count == 2)
        #expect(MarkdownLite.render(notes[0].prompt, width: 40).map(\.plainText) == ["맥락 › C#"])
        #expect(MarkdownLite.render(notes[0].body, width: 40).map(\.plainText) == ["- 목록 아님"])
        #expect(MarkdownLite.render(notes[1].body, width: 40).map(\.plainText) == ["# 헤딩 아님"])
        #expect(MarkdownLite.render(notes[1].body, width: 40)[0].allSatisfy { !$0.style.bold }, "text, not a heading")
    }

    /// An entity is the character it names, as in the HTML export: the screen used to show `&lt;`.
    @Test func entitiesShowTheCharacterTheyName() {
        #expect(MarkdownLite.render("&lt;b&gt; 태그 &amp; 기호 &#35;", width: 40).map(\.plainText) == ["<b> 태그 & 기호 #"])
    }

    /// A code span opens and closes with backtick runs of one length, so it can hold a backtick.
    @Test func aDoubleBacktickCodeSpanHoldsABacktick() {
        let line = MarkdownLite.render("``a ` b`` 뒤", width: 40)[0]
        #expect(line.plainText == "a ` b 뒤")
        #expect(line.first == Span("a ` b", Theme.code))
    }

    /// Lines indented four spaces after a blank line are a code block: shown as written in the
    /// code style, not read for bold and code spans.
    @Test func anIndentedCodeBlockIsCode() {
        let lines = MarkdownLite.render("설명\n\n    **굵지 않음** `x`", width: 40)
        #expect(lines.map(\.plainText) == ["설명", "", "**굵지 않음** `x`"])
        #expect(lines[2].allSatisfy { $0.style == Theme.code })
    }

    /// Every line of a quote, its wrapped lines too, stays under `> `.
    @Test func aQuoteKeepsItsMarkOnEveryLine() {
        let lines = MarkdownLite.render("> 가나다라 마바사아 자차카타", width: 12)
        #expect(lines.map(\.plainText) == ["> 가나다라", "> 마바사아", "> 자차카타"])
    }

    /// A numbered list counts from its first number, as the HTML export (and Anki) shows it.
    @Test func aNumberedListCountsUpFromItsStart() {
        #expect(MarkdownLite.render("3. 셋\n3. 넷\n3. 다섯", width: 40).map(\.plainText) == ["3. 셋", "4. 넷", "5. 다섯"])
    }

    /// A table row's cells are the block reader's: `\|` is a pipe in a cell, in code too (GFM),
    /// as the HTML export writes it.
    @Test func aTableCellsEscapedPipeIsAPipeInCodeToo() {
        let lines = MarkdownLite.render("| 이름 | 값 |\n| --- | :---: |\n| a \\| b | `x\\|y` |", width: 40)
        #expect(lines.map(\.plainText) == ["| 이름 | 값 |", "| --- | :---: |", "| a | b | x|y |"])
        #expect(lines[2].contains(Span("x|y", Theme.code)))
    }

    /// A link shows its text and where it goes, as the study sheet prints it.
    @Test func aLinkShowsItsTextAndDestination() {
        let line = MarkdownLite.render("[VPC 문서](https://docs.aws.amazon.com/vpc/) 참고", width: 80)[0]
        #expect(line.plainText == "VPC 문서 (https://docs.aws.amazon.com/vpc/) 참고")
        #expect(line.first == Span("VPC 문서", Theme.emphasis))
    }

    /// A backslash before ASCII punctuation is an escape (CommonMark); elsewhere, and in code, it is text.
    @Test func backslashEscapesFollowCommonMark() {
        #expect(MarkdownLite.render(##"a \*b\* c\d `\#`"##, width: 40).map(\.plainText) == [##"a *b* c\d \#"##])
        #expect(MarkdownLite.render(#"\**굵지 않음**"#, width: 40)[0].plainText == "**굵지 않음**")
    }
}
