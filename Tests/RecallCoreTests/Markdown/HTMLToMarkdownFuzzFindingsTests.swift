import Testing
@testable import RecallCore

/// Inputs the fuzz target `fuzz-html-to-markdown` found (FuzzTesting/), each kept as a test of
/// the property it broke.
@Suite struct HTMLToMarkdownFuzzFindingsTests {
    /// A CRLF inside `<code>` stayed in the code span (Swift's `"\r\n"` is one Character, so
    /// replacing "\n" missed it), and the Markdown line held a line break.
    @Test(arguments: ["<code>a\r\nb</code>", "<ol><li><code>a\r\nb</code></li></ol>", "<code>a\rb</code>"])
    func aLineBreakInCodeIsASpace(html: String) {
        let lines = HTMLToMarkdown.lines(html)
        #expect(!lines.contains { $0.unicodeScalars.contains { $0 == "\n" || $0 == "\r" } }, "\(lines)")
        #expect(lines.last?.hasSuffix("`a b`") == true || lines.last?.hasSuffix("`a  b`") == true, "\(lines)")
    }
}

/// HTML reads CR LF and a lone CR as LF before anything else (the HTML standard's input
/// preprocessing), so a CR never survives in one place and becomes a space in another.
@Suite struct HTMLLineEndFuzzFindingsTests {
    /// What `fuzz-html-to-markdown` found: a CR in `<pre>` inside a list item came back as a
    /// space after a round trip through Anki.
    @Test func aLoneCarriageReturnInPreIsALineBreak() {
        #expect(HTMLToMarkdown.lines("<pre>a\rb\r\nc</pre>") == HTMLToMarkdown.lines("<pre>a\nb\nc</pre>"))
    }
}

/// A blank line inside a fenced code block inside a list item ended the item, so the rest of
/// the code came back as text: a form feed in it (white space to HTML) as a space.
@Suite struct HTMLListCodeFuzzFindingsTests {
    static func roundTrip(_ lines: [String]) -> (html: String, lines: [String]) {
        let html = MarkdownToHTML.blocks(lines.joined(separator: "\n"))
        return (html, HTMLToMarkdown.lines(html))
    }

    /// What `fuzz-html-to-markdown` found, and the same one list deeper.
    @Test(arguments: ["<ul><li><pre>a\n\nb\u{0C}\u{0C}c</pre></li></ul>", "<ol><li>x<ul><li><pre>a\n\n\u{0C}b</pre></li></ul></li></ol>",
                      "<ul><li><pre></pre></li></ul>"])
    func aBlankCodeLineInAListItemSurvivesARoundTrip(html: String) {
        let lines = HTMLToMarkdown.lines(html)
        let first = Self.roundTrip(lines)
        let second = Self.roundTrip(first.lines)
        #expect(HTMLToMarkdown.plainText(HTMLFragment.parse(first.html)) == HTMLToMarkdown.plainText(HTMLFragment.parse(html)))
        #expect(second.html == first.html)
        #expect(first.lines == lines)
    }

    /// A blank line outside code still ends a list, as before.
    @Test func aBlankLineOutsideCodeStillEndsTheList() {
        #expect(HTMLToMarkdown.lines("<ul><li><p>a</p><p>b</p></li></ul>") == ["- a", "", "  b"])
        #expect(MarkdownBlock.parse("- a\n\n  b") == [.list(ordered: false, start: 1, items: [[.line("a")]]), .line(""), .line("  b")])
    }
}
