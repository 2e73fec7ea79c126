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
