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
