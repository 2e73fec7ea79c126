import FuzzCheck
import RecallCore

/// An Anki field's HTML (any UTF-8 text) as Markdown: it returns; lines hold no line break;
/// and a round trip through Anki (the Markdown written as HTML by `MarkdownToHTML`, then read
/// back) keeps the text, and a second round trip changes nothing. (The first may change the
/// markup without changing what shows: `<b><b>x</b></b>` comes back as one `<b>`, a literal
/// backslash at a line's end comes back escaped.)
///
/// Run with a small -max_len: deep nesting overflows the recursive HTML walks today (issue 14
/// point 7, being fixed separately); Scripts/fuzz keeps inputs short enough to leave it out.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLToMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let html = String(decoding: bytes(data, size), as: UTF8.self)
    let lines = HTMLToMarkdown.lines(html)
    require(!lines.contains { $0.contains("\n") }, "a line holds a line break: \(lines)")
    let inline = HTMLToMarkdown.inline(html)
    require(!inline.contains("\n"), "the inline form holds a line break: \(inline.debugDescription)")
    func roundTrip(_ lines: [String]) -> (html: String, lines: [String]) {
        let html = MarkdownToHTML.blocks(lines.joined(separator: "\n"))
        return (html, HTMLToMarkdown.lines(html))
    }
    let first = roundTrip(lines)
    let second = roundTrip(first.lines)
    require(HTMLToMarkdown.plainText(HTMLFragment.parse(second.html)) == HTMLToMarkdown.plainText(HTMLFragment.parse(first.html)),
            "a round trip changed the text\n  \(first.html.debugDescription)\n  \(second.html.debugDescription)")
    let third = roundTrip(second.lines)
    require(third.lines == second.lines, "a second round trip changed the lines\n  \(second.lines)\n  \(third.lines)")
    return 0
}
