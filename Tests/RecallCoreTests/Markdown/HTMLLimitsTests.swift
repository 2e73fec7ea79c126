import Testing
@testable import RecallCore

/// HTML that no editor writes but a file can hold: elements nested tens of thousands deep, long
/// runs of `<`, tags never closed. Each must give Markdown (or a skipped row) without running
/// out of stack, and in time proportional to its length: the sizes here took minutes (or
/// crashed) before the walks were bounded and the scans made linear.
@Suite struct HTMLLimitsTests {
    static let depth = HTMLFragment.maximumDepth

    @Test(arguments: [("<b>", "</b>"), ("<div>", "</div>"), ("<i><s>", "</s></i>"), ("<blockquote>", "</blockquote>"),
                      ("<table><tr><td>", "</td></tr></table>"), ("<ul><li>", "")])
    func fortyThousandNestedElementsAreFlattenedNotACrash(_ open: String, _ close: String) {
        let html = String(repeating: open, count: 40_000) + "깊은 글" + String(repeating: close, count: 40_000)
        let reading = HTMLFragment.read(html)
        let (tooDeep, deepest) = (reading.tooDeep, Self.deepest(reading.nodes))
        #expect(tooDeep)
        // Elements past the limit are kept, childless, one level below the deepest open one.
        #expect(deepest == Self.depth + 1)
        let inLines = HTMLToMarkdown.lines(reading.nodes).joined().contains("깊은 글")
        let inline = HTMLToMarkdown.inline(reading.nodes).contains("깊은 글")
        #expect(inLines && inline)
    }

    @Test func nestingUpToTheLimitIsReadWhole() {
        let html = String(repeating: "<div>", count: Self.depth - 1) + "<b>끝</b>" + String(repeating: "</div>", count: Self.depth - 1)
        let reading = HTMLFragment.read(html)
        let (tooDeep, deepest) = (reading.tooDeep, Self.deepest(reading.nodes))
        #expect(!tooDeep)
        #expect(deepest == Self.depth)
        #expect(HTMLToMarkdown.lines(reading.nodes) == ["**끝**"])
        let bold = String(repeating: "<b><i>", count: Self.depth / 2) + "x" + String(repeating: "</i></b>", count: Self.depth / 2)
        #expect(HTMLToMarkdown.lines(bold) == ["***x***"])
    }

    /// A deep tree is also freed recursively; it must not be one that can exhaust the stack.
    @Test func twentyThousandUnclosedListItems() {
        let reading = HTMLFragment.read(String(repeating: "<ul><li>항목", count: 20_000))
        let tooDeep = reading.tooDeep
        #expect(tooDeep)
        let lines = HTMLToMarkdown.lines(reading.nodes)
        #expect(lines.first == "- 항목")
        #expect(lines.joined().components(separatedBy: "항목").count - 1 == 20_000)
    }

    @Test func aLongRunOfLessThanSignsIsText() {
        let run = String(repeating: "<", count: 400_000)
        #expect(HTMLToMarkdown.lines(HTMLEntities.escape(run)) == [run])
        #expect(HTMLToMarkdown.escapeInline(run + "https://a.b>") == run.dropLast() + "\\<https://a.b>")
        #expect(HTMLToMarkdown.escapeInline("< <http://x> a<b") == "< \\<http://x> a<b")
    }

    @Test func tagsLeftOpenToTheEndAreText() {
        let unclosed = String(repeating: "<a x=\"", count: 100_000)
        #expect(HTMLToMarkdown.lines(unclosed).first?.hasPrefix("<a x=\"<a x=\"") == true)
        #expect(HTMLFragment.parse(String(repeating: "<a<b", count: 100_000)) == [.text(String(repeating: "<a<b", count: 100_000))])
        #expect(HTMLFragment.parse("<b>x</b><i y=\"z") == [.element(HTMLElement(name: "b", attributes: [:], children: [.text("x")])),
                                                          .text("<i y=\"z")])
    }

    @Test func longRunsOfEmptyLinesAreDroppedAtOnce() {
        #expect(HTMLToMarkdown.lines(String(repeating: "<br>", count: 300_000)) == [])
        let padded = String(repeating: "<p></p>", count: 200_000) + "끝" + String(repeating: "<br>", count: 200_000)
        #expect(HTMLToMarkdown.lines(padded) == ["끝"])
    }

    static func deepest(_ nodes: [HTMLNode]) -> Int {
        var deepest = 0
        var pending = nodes.map { ($0, 1) }
        while let (node, depth) = pending.popLast() {
            guard case .element(let element) = node else { continue }
            deepest = max(deepest, depth)
            pending += element.children.map { ($0, depth + 1) }
        }
        return deepest
    }
}
