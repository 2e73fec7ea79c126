import Testing
@testable import RecallCore

@Suite struct MarkdownHTMLTests {
    @Test(arguments: [
        ("**굵게**와 *기울임*, `코드`", "<b>굵게</b>와 <i>기울임</i>, <code>코드</code>"),
        ("**수임(assume)**해서", "<b>수임(assume)</b>해서"),
        ("5 * 3 = 15, snake_case_name", "5 * 3 = 15, snake_case_name"),
        ("\\*not em\\* and a\\\\b", "*not em* and a\\b"),
        ("<b>x</b> & y", "&lt;b&gt;x&lt;/b&gt; &amp; y"),
        ("&lt;entity&gt; &foo;", "&lt;entity&gt; &amp;foo;"),
        ("tab\there  two  spaces", "tab&#9;here &nbsp;two &nbsp;spaces"),
        ("literal {{c1::x}} braces", "literal {&#123;c1::x}} braces"),
        ("[AWS](https://aws.amazon.com) and <https://x.io/a>", "<a href=\"https://aws.amazon.com\">AWS</a> and <a href=\"https://x.io/a\">https://x.io/a</a>"),
        ("![diagram](img.png)", "<img src=\"img.png\" alt=\"diagram\">"),
        ("~~old~~ new", "<s>old</s> new"),
        ("``a ` b``", "<code>a ` b</code>"),
        ("unclosed `code and **bold", "unclosed `code and **bold"),
    ])
    func inline(markdown: String, html: String) {
        #expect(MarkdownToHTML.inline(markdown) == html)
    }

    @Test func bodyLinesAndBlocks() {
        let body = """
            첫 줄
            둘째 줄

            - 하나
            - 둘
              - 셋
            뒤 문장
            | a | b |
            | --- | ---: |
            | 1 \\| 2 | 3 |
            ```json
            {"k": "<v>"}
            \tx
            ```
            > 인용
            """
        #expect(MarkdownToHTML.blocks(body) == "첫 줄<br>둘째 줄<br><br><ul><li>하나</li><li>둘<ul><li>셋</li></ul></li></ul>뒤 문장"
            + "<table border=\"1\" style=\"border-collapse: collapse\"><thead><tr><th>a</th><th style=\"text-align: right\">b</th></tr></thead>"
            + "<tbody><tr><td>1 | 2</td><td style=\"text-align: right\">3</td></tr></tbody></table>"
            + "<pre><code class=\"language-json\">{\"k\": \"&lt;v&gt;\"}<br>&#9;x</code></pre><blockquote>인용</blockquote>")
    }

    @Test func clozesAreWrittenInAnkisSyntax() {
        let text = "{{c1::AES-256}} 키는 {{c2::**S3**::누가?}}, {{c3::a::b::힌트}}, {{c4::arn:aws:iam::1:role/x}} `{{c5::코드}}`"
        #expect(MarkdownToHTML.inline(text, clozes: true)
            == "{{c1::AES-256}} 키는 {{c2::<b>S3</b>::누가?}}, {{c3::a:&#58;b::힌트}}, {{c4::arn:aws:iam:&#58;1:role/x}} <code>{&#123;c5::코드}}</code>")
        #expect(MarkdownToHTML.inline(text) .hasPrefix("{&#123;c1::AES-256}}"))
    }

    @Test(arguments: [
        ("<div>What is <b>this</b>?</div><div>line&nbsp;two</div>", ["What is **this**?", "line two"]),
        ("a<br>b<br><br>c", ["a", "b", "", "c"]),
        ("<p>para one</p><p>para two</p>", ["para one", "", "para two"]),
        ("<div><br></div><div>x</div><div><br></div>", ["x"]),
        ("text<ul><li>one</li><li>two<ol start=\"3\"><li>three</li></ol></li></ul>after",
         ["text", "- one", "- two", "  3. three", "after"]),
        ("<b> spaced </b>x", ["**spaced** x"]),
        ("<b><b>twice</b></b> <i>it</i> <s>gone</s> <u>under</u>", ["**twice** *it* ~~gone~~ under"]),
        ("<code>a `tick`</code> <a href=\"https://x.io\">site</a> <a href=\"https://y.io\">https://y.io</a>",
         ["`` a `tick` `` [site](https://x.io) <https://y.io>"]),
        ("# not a heading<br>- not a list<br>1. not a list<br>&gt; not a quote", ["\\# not a heading", "\\- not a list", "1\\. not a list", "\\> not a quote"]),
        ("*stars* _under_ snake_case 5 * 3 `tick` &amp;lt; [a](b)", ["\\*stars\\* \\_under\\_ snake_case 5 * 3 \\`tick\\` \\&lt; \\[a](b)"]),
        ("<table><tr><th>a</th><th align=\"center\">b|c</th></tr><tr><td>1</td></tr></table>",
         ["| a | b\\|c |", "| --- | :---: |", "| 1 | |"]),
        ("<pre><code class=\"language-sh\">echo 1<br>  indented\n```</code></pre>", ["````sh", "echo 1", "  indented", "```", "````"]),
        ("<h1>Title</h1><hr><blockquote>q<br>r</blockquote>", ["### Title", "***", "> q", "> r"]),
        ("<img src=\"a b.png\" alt=\"그림\"> [sound:x.mp3]<script>alert(1)</script><!-- note -->", ["![그림](<a b.png>) [sound:x.mp3]"]),
        ("unclosed <b>bold<div>and a block", ["unclosed **bold**", "**and a block**"]),
        ("a &#9; tab&#x41; &bogus; &", ["a \t tabA &bogus; &"]),
    ])
    func htmlToMarkdown(html: String, lines: [String]) {
        #expect(HTMLToMarkdown.lines(html) == lines)
    }

    /// Markdown to HTML and back gives the same Markdown, line for line.
    @Test(arguments: [
        "한 줄",
        "첫 줄\n둘째 줄\n\n문단 뒤",
        "앞 문장\n- a\n- b\n\n뒤 문장",
        "- a\n  - b\n    - c\n- d\n1. one\n2. two",
        "5. five\n6. six",
        "| 대상 | 타깃 |\n| --- | --- |\n| `10.0.0.0/16` | local |\n| a \\| b | |",
        "```json\n{\"a\": 1}\n\tindented\n```\n뒤",
        "> 인용\n> 둘째",
        "### 소제목\n본문",
        "**굵게**와 *기울임*, ~~취소~~, `코드 | 파이프`, [링크](https://example.com)",
        "탭\t하나  두 칸   세 칸",
        "**수임(assume)**해서 **5개**(앞 4개와 마지막 1개)",
        "5 * 3, snake_case, 1 < 2 > 0, a & b, \"큰\" 'small'",
        "\\*literal\\* \\`tick\\` C:\\Users",
        "{{not a cloze}} and {{c1::neither}} here",
        "a\n\n\nb",
    ])
    func markdownSurvivesHTML(markdown: String) {
        let html = MarkdownToHTML.blocks(markdown)
        #expect(HTMLToMarkdown.lines(html).joined(separator: "\n") == markdown, "\(html)")
    }

    @Test func fragmentsAreReadForgivingly() {
        let nodes = HTMLFragment.parse("<ul><li>a<li>b</ul></span><p class='x y'>c")
        guard case .element(let list) = nodes[0], case .element(let paragraph) = nodes[1] else {
            Issue.record("\(nodes)")
            return
        }
        #expect(list.children.count == 2)
        #expect(paragraph.classes == ["x", "y"])
        #expect(HTMLFragment.parse("a < b <3 <!-- c").count == 1)
    }

    @Test func entities() {
        #expect(HTMLEntities.decode("&lt;&amp;&gt;&quot;&#39;&#x1F600;&nbsp;&#0;&unknown; &") == "<&>\"'😀\u{A0}\u{FFFD}&unknown; &")
        #expect(HTMLEntities.isReference("&amp;") && HTMLEntities.isReference("&#58;") && !HTMLEntities.isReference("&foo;"))
    }
}
