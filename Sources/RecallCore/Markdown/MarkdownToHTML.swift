/// Card Markdown as HTML for Anki fields.
///
/// A body's lines become lines joined by `<br>` (recall shows a body line by line, and so does
/// Anki then); lists, tables, code and quotes become their elements. Between a line and a block
/// no `<br>` is written, except for a blank line, so `HTMLToMarkdown` gives back the same lines.
///
/// Text is escaped so that Anki shows it as written: `&`, `<` and `>`, a tab as `&#9;`, a second
/// space in a row as `&nbsp;` (HTML would collapse them), and `{{` as `{&#123;` so that Anki never
/// reads text as a cloze. Clozes (`clozes: true`) are written in Anki's syntax, where the hint
/// starts at the *first* `::`; recall's starts at the last one, so a `::` inside the hidden text
/// is written `:&#58;`.
public enum MarkdownToHTML {
    public static func blocks(_ markdown: String, clozes: Bool = false) -> String {
        withClozes(markdown, enabled: clozes) { render(MarkdownBlock.parse($0)) }
    }

    /// One line of inline Markdown, such as a card's heading.
    public static func inline(_ markdown: String, clozes: Bool = false) -> String {
        withClozes(markdown, enabled: clozes) { inlineHTML(MarkdownInline.parse($0.trimmed)) }
    }

    // MARK: Clozes

    static let placeholderStart: Character = "\u{E000}"
    static let placeholderEnd: Character = "\u{E001}"

    /// Swaps each cloze for a placeholder, renders, and puts the clozes back in Anki's syntax;
    /// so the Markdown inside a cloze is rendered, and the markers are never escaped.
    static func withClozes(_ markdown: String, enabled: Bool, _ render: (String) -> String) -> String {
        guard enabled else { return render(markdown) }
        var clozes: [String] = []
        var text = ""
        var cursor = markdown.startIndex
        ClozeText.forEachCloze(in: markdown) { event in
            guard case .match(let match, let range) = event else { return nil }
            text += markdown[cursor..<range.lowerBound]
            text += "\(placeholderStart)\(clozes.count)\(placeholderEnd)"
            var html = "{{c\(match.number)::" + inline(match.answer).replacing("::", with: ":&#58;")
            if let hint = match.hint { html += "::" + escapeText(hint) }
            clozes.append(html + "}}")
            cursor = range.upperBound
            return nil
        }
        guard !clozes.isEmpty else { return render(markdown) }
        text += markdown[cursor...]
        return restoringPlaceholders(render(text), clozes)
    }

    static func restoringPlaceholders(_ html: String, _ clozes: [String]) -> String {
        var result = ""
        var rest = Substring(html)
        while let start = rest.firstIndex(of: placeholderStart),
              let end = rest[start...].firstIndex(of: placeholderEnd),
              let number = Int(rest[rest.index(after: start)..<end]), clozes.indices.contains(number) {
            result += rest[..<start]
            result += clozes[number]
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }

    // MARK: Blocks

    static func render(_ blocks: [MarkdownBlock]) -> String {
        var html = ""
        for (index, block) in blocks.enumerated() {
            let next = index + 1 < blocks.count ? blocks[index + 1] : nil
            switch block {
            case .line(let line):
                let text = line.trimmed
                html += inlineHTML(MarkdownInline.parse(text))
                if case .line? = next {
                    html += "<br>"
                } else if next != nil, text.isEmpty {
                    html += "<br>"
                }
            case .heading(let level, let text):
                html += "<h\(level)>\(inlineHTML(MarkdownInline.parse(text)))</h\(level)>"
            case .list(let ordered, let start, let items):
                let tag = ordered ? "ol" : "ul"
                html += ordered && start != 1 ? "<ol start=\"\(start)\">" : "<\(tag)>"
                for item in items { html += "<li>" + render(item) + "</li>" }
                html += "</\(tag)>"
            case .table(let alignments, let header, let rows):
                html += table(alignments: alignments, header: header, rows: rows)
            case .code(let info, let lines):
                let language = info.split(separator: " ").first.map { " class=\"language-\(HTMLEntities.escapeAttribute($0))\"" } ?? ""
                html += "<pre><code\(language)>" + escapeCode(lines.joined(separator: "\n")) + "</code></pre>"
            case .quote(let inner):
                html += "<blockquote>" + render(inner) + "</blockquote>"
            case .rule:
                html += "<hr>"
            }
        }
        return html
    }

    static func table(alignments: [MarkdownBlock.TableAlignment], header: [String], rows: [[String]]) -> String {
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            let alignment = column < alignments.count ? alignments[column] : .none
            let style = alignment == .none ? "" : " style=\"text-align: \(alignment.rawValue)\""
            return "<\(tag)\(style)>" + inlineHTML(MarkdownInline.parse(text)) + "</\(tag)>"
        }
        var html = "<table border=\"1\" style=\"border-collapse: collapse\"><thead><tr>"
        for (column, text) in header.enumerated() { html += cell("th", text, column) }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (column, text) in row.enumerated() { html += cell("td", text, column) }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    // MARK: Inline

    static func inlineHTML(_ nodes: [MarkdownInline]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text): return escapeText(text)
            case .entity(let entity): return entity
            case .code(let code): return "<code>" + escapeText(code) + "</code>"
            case .emphasis(let inner): return "<i>" + inlineHTML(inner) + "</i>"
            case .strong(let inner): return "<b>" + inlineHTML(inner) + "</b>"
            case .strikethrough(let inner): return "<s>" + inlineHTML(inner) + "</s>"
            case .link(let text, let destination):
                return "<a href=\"\(HTMLEntities.escapeAttribute(destination))\">" + inlineHTML(text) + "</a>"
            case .image(let alt, let source):
                return "<img src=\"\(HTMLEntities.escapeAttribute(source))\" alt=\"\(HTMLEntities.escapeAttribute(alt))\">"
            case .autolink(let url):
                return "<a href=\"\(HTMLEntities.escapeAttribute(url))\">" + escapeText(url) + "</a>"
            }
        }.joined()
    }

    /// Text as Anki must show it: escaped, tabs and repeated spaces kept, never a cloze.
    static func escapeText(_ text: some StringProtocol) -> String {
        if SingleScalarText.shortcuts, !needsEscape(text.utf8) { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Character?
        for char in text {
            switch char {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\t": result += "&#9;"
            case " " where previous == " ": result += "&nbsp;"
            case "{" where previous == "{": result += "&#123;"
            default: result.append(char)
            }
            previous = char == "{" && previous == "{" ? nil : char
        }
        return result
    }

    /// False when `escapeText` would give the text back as it is: no `&`, `<`, `>` or tab, and
    /// no two spaces or two `{` in a row. A byte test, so most text is not split into characters.
    static func needsEscape(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0x09: return true
            case UInt8(ascii: " "), UInt8(ascii: "{"): if previous == byte { return true }
            default: break
            }
            previous = byte
        }
        return false
    }

    /// Code in `<pre>` keeps its spaces; markup and cloze braces are escaped, and line breaks
    /// and tabs are written as `<br>` and `&#9;`, because Anki takes raw ones out of a field.
    static func escapeCode(_ text: String) -> String {
        HTMLEntities.escape(text).replacing("{{", with: "{&#123;").replacing("\n", with: "<br>").replacing("\t", with: "&#9;")
    }
}
