/// An Anki field's HTML as Markdown lines for a deck file: the inverse of `MarkdownToHTML`.
///
/// A `<br>` ends a line, `<div>` and `<p>` are lines and paragraphs (Anki's editor writes both),
/// lists, tables, `<pre>`, quotes and headings become their Markdown, `<b>`, `<i>`, `<s>`,
/// `<code>`, links and images their inline forms; other tags keep only their text. White space
/// collapses as in a browser, then entities are decoded, so `&nbsp;` and `&#9;` survive as a
/// space and a tab. Text is escaped where Markdown would read it as markup.
public enum HTMLToMarkdown {
    public static func lines(_ html: String) -> [String] {
        lines(HTMLFragment.parse(html))
    }

    public static func lines(_ nodes: [HTMLNode]) -> [String] {
        let result = blocks(nodes)
        // Sliced, not removed one by one: `removeFirst` moves every line, n² for n `<br>`.
        guard let first = result.firstIndex(where: { !$0.isEmpty }), let last = result.lastIndex(where: { !$0.isEmpty }) else {
            return []
        }
        return Array(result[first...last])
    }

    /// Everything on one line (a heading, an option): lines joined by a space.
    public static func inline(_ html: String) -> String {
        inline(HTMLFragment.parse(html))
    }

    public static func inline(_ nodes: [HTMLNode]) -> String {
        segments(nodes, active: []).map { String($0.trimmed) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The text without markup, `<br>` as a line break: for code and `alt` text.
    public static func plainText(_ nodes: [HTMLNode]) -> String {
        nodes.map { node in
            switch node {
            case .text(let text): return HTMLEntities.decode(text).replacingIfPresent("\u{A0}", with: " ")
            case .element(let element) where element.name == "br": return "\n"
            case .element(let element): return plainText(element.children)
            }
        }.joined()
    }

    static let blockElements: Set<String> = [
        "div", "p", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article", "header", "footer", "center", "figure",
        "details", "summary", "dl", "dt", "dd", "address", "main", "nav", "aside", "figcaption",
    ]

    // MARK: Blocks

    static func blocks(_ nodes: [HTMLNode]) -> [String] {
        var result: [String] = []
        var run: [HTMLNode] = []
        func flushRun() {
            result += runLines(run)
            run = []
        }
        for node in nodes {
            guard case .element(let element) = node, blockElements.contains(element.name) else {
                run.append(node)
                continue
            }
            flushRun()
            switch element.name {
            case "p":
                if let last = result.last, !last.isEmpty { result.append("") }
                result += blocks(element.children)
                result.append("")
            case "ul", "ol":
                result += list(element)
            case "table":
                result += table(element)
            case "pre":
                result += codeBlock(element)
            case "blockquote":
                result += lines(element.children).map { $0.isEmpty ? ">" : "> " + $0 }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let level = max(3, Int(element.name.dropFirst()) ?? 3)
                result.append(String(repeating: "#", count: level) + " " + MarkdownEscape.heading(inline(element.children)))
            case "hr":
                result.append("***")
            default:
                result += blocks(element.children)
            }
        }
        flushRun()
        return result
    }

    /// Inline content between blocks: its `<br>`-separated lines. A run that is only white space
    /// gives no line; a final `<br>` ends the last line rather than starting an empty one.
    static func runLines(_ run: [HTMLNode]) -> [String] {
        var lines = segments(run, active: []).map { String($0.trimmed) }
        if lines.count == 1, lines[0].isEmpty { return [] }
        if lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map(MarkdownEscape.lineStart)
    }

    static func list(_ element: HTMLElement) -> [String] {
        let ordered = element.name == "ol"
        var number = element.attribute("start").flatMap { Int($0.trimmed) } ?? 1
        var result: [String] = []
        for child in element.children {
            var content: [HTMLNode]
            if case .element(let item) = child, item.name == "li" {
                content = item.children
                if ordered, let value = item.attribute("value").flatMap({ Int($0.trimmed) }) { number = value }
            } else if case .text(let text) = child, text.allSatisfy(\.isWhitespace) {
                continue
            } else {
                content = [child]
            }
            let marker = ordered ? "\(number)." : "-"
            number += 1
            let itemLines = lines(content)
            guard let first = itemLines.first else {
                result.append(marker)
                continue
            }
            let indent = String(repeating: " ", count: marker.count + 1)
            result.append(first.isEmpty ? marker : marker + " " + first)
            // An empty line ends a list item (`MarkdownBlock`), so one inside the item's code is
            // written as the indent alone; an empty line of a nested list's code is already that.
            var fence = MarkdownLines.fence(in: Substring(first))
            for line in itemLines.dropFirst() {
                if let open = fence {
                    if MarkdownLines.closes(Substring(line), open) { fence = nil }
                } else {
                    fence = MarkdownLines.fence(in: Substring(line))
                }
                result.append(line.isEmpty && fence == nil ? "" : indent + line)
            }
        }
        return result
    }

    /// A table's rows; content that is in no row (text straight inside `<table>`, as past the
    /// nesting limit) comes before it, where a browser shows it ("foster parenting").
    static func table(_ element: HTMLElement) -> [String] {
        var rows: [[HTMLElement]] = []
        var fostered: [HTMLNode] = []
        func collect(_ nodes: [HTMLNode]) {
            for node in nodes {
                guard case .element(let child) = node else {
                    fostered.append(node)
                    continue
                }
                switch child.name {
                case "tr": rows.append(child.children.compactMap { node in
                    if case .element(let cell) = node, cell.name == "td" || cell.name == "th" { return cell }
                    return nil
                })
                case "thead", "tbody", "tfoot": collect(child.children)
                default: fostered.append(node)
                }
            }
        }
        collect(element.children)
        let before = lines(fostered)
        guard let header = rows.first, !header.isEmpty else { return before }
        let columns = rows.map(\.count).max() ?? header.count
        func cellText(_ cell: HTMLElement?) -> String {
            guard let cell else { return "" }
            return inline(cell.children).replacingIfPresent("|", with: "\\|")
        }
        func row(_ cells: [HTMLElement]) -> String {
            "|" + (0..<columns).map { column in
                let text = cellText(column < cells.count ? cells[column] : nil)
                return text.isEmpty ? " " : " \(text) "
            }.joined(separator: "|") + "|"
        }
        let delimiter = (0..<columns).map { column -> String in
            let style = column < header.count ? (header[column].attribute("style") ?? "") + " " + (header[column].attribute("align") ?? "") : ""
            if style.contains("center") { return ":---:" }
            if style.contains("right") { return "---:" }
            if style.contains("left") { return ":---" }
            return "---"
        }
        return before + [row(header), "| " + delimiter.joined(separator: " | ") + " |"] + rows.dropFirst().map(row)
    }

    static func codeBlock(_ element: HTMLElement) -> [String] {
        var language = ""
        for case .element(let child) in element.children where child.name == "code" {
            if let name = child.classes.first(where: { $0.hasPrefix("language-") }) {
                language = String(name.dropFirst("language-".count))
            }
        }
        var text = plainText(element.children)
        if text.hasPrefix("\n") { text.removeFirst() }
        if text.hasSuffix("\n") { text.removeLast() }
        let content = text.lines.map { line in
            line.unicodeScalars.last == "\r" ? String(line.unicodeScalars.dropLast()) : String(line)
        }
        var fenceLength = 3
        for line in content {
            let run = line.drop { $0 == " " }.prefix { $0 == "`" }.count
            if run >= fenceLength { fenceLength = run + 1 }
        }
        let fence = String(repeating: "`", count: fenceLength)
        return [fence + language] + content + [fence]
    }

    // MARK: Inline

    /// The inline content as lines: a `<br>` or a block inside it starts a new line. `active`
    /// holds the emphasis markers already open, so that `<b><b>x</b></b>` is bold once.
    static func segments(_ nodes: [HTMLNode], active: Set<String>) -> [String] {
        var result = [""]
        func append(_ more: [String]) {
            guard let first = more.first else { return }
            result[result.count - 1] += first
            result += more.dropFirst()
        }
        for node in nodes {
            switch node {
            case .text(let text):
                append([escapeInline(HTMLEntities.decode(collapsed(text)).replacingIfPresent("\u{A0}", with: " "))])
            case .element(let element):
                append(inlineElement(element, active: active))
            }
        }
        return result
    }

    static func inlineElement(_ element: HTMLElement, active: Set<String>) -> [String] {
        switch element.name {
        case "br":
            return ["", ""]
        case "b", "strong":
            return wrapped(element, marker: "**", active: active)
        case "i", "em":
            return wrapped(element, marker: "*", active: active)
        case "s", "del", "strike":
            return wrapped(element, marker: "~~", active: active)
        case "code", "kbd", "tt", "samp":
            // Scalars, not Characters: `"\r\n"` is one Character, which replacing "\n" misses.
            let code = plainText(element.children).unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) }
            return [codeSpan(String(code))]
        case "a":
            let text = inline(element.children)
            guard let href = element.attribute("href"), !href.isEmpty else { return [text] }
            let isURL = href.contains(":") && !href.contains(where: { $0 == " " || $0 == "<" || $0 == ">" })
            if isURL, text.isEmpty || text == escapeInline(href) { return ["<\(href)>"] }
            return ["[\(text)](\(linkDestination(href)))"]
        case "img":
            let alt = escapeInline(element.attribute("alt") ?? "")
            guard let source = element.attribute("src"), !source.isEmpty else { return [alt] }
            return ["![\(alt)](\(linkDestination(source)))"]
        case _ where blockElements.contains(element.name):
            return [""] + lines(element.children) + [""]
        default:
            return segments(element.children, active: active)
        }
    }

    /// `**text**` around each line of the content, white space kept outside the markers.
    static func wrapped(_ element: HTMLElement, marker: String, active: Set<String>) -> [String] {
        let inner = segments(element.children, active: active.union([marker]))
        guard !active.contains(marker) else { return inner }
        return inner.map { segment in
            let trimmed = segment.trimmed
            guard !trimmed.isEmpty else { return segment }
            let leading = segment.prefix { $0.isWhitespace }
            let trailing = segment.reversed().prefix { $0.isWhitespace }
            return leading + marker + trimmed + marker + String(trailing.reversed())
        }
    }

    static func codeSpan(_ code: String) -> String {
        guard !code.isEmpty else { return "" }
        var longest = 0
        var run = 0
        for char in code {
            run = char == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = code.first == "`" || code.last == "`" || (code.first == " " && code.last == " " && code.contains { $0 != " " })
        return padded ? fence + " " + code + " " + fence : fence + code + fence
    }

    static func linkDestination(_ url: String) -> String {
        url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) ? "<\(url.replacing(">", with: "%3E"))>" : url
    }

    /// Runs of white space as one space, as a browser shows them.
    static func collapsed(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var inSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}" {
                if !inSpace { result.unicodeScalars.append(" ") }
                inSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                inSpace = false
            }
        }
        return result
    }

    // MARK: Escaping

    /// Text with the characters that Markdown would read as markup escaped: backslashes before
    /// punctuation, backticks, `*` and `_` that could open or close emphasis, `~~`, a `[` that
    /// could start a link, `<` that would start an autolink and `&` that would start an entity.
    static func escapeInline(_ text: String) -> String {
        guard text.utf8.contains(where: escapedBytes.contains) else { return text }
        let chars = Array(text)
        let couldLink = text.contains("](")
        var result = ""
        for (index, char) in chars.enumerated() {
            let before = index > 0 ? chars[index - 1] : nil
            let after = index + 1 < chars.count ? chars[index + 1] : nil
            switch char {
            case "\\" where after.map(MarkdownInline.isEscapable) ?? true:
                result += "\\\\"
            case "`":
                result += "\\`"
            case "*" where !(before?.isWhitespace == true && after?.isWhitespace == true):
                result += "\\*"
            case "_" where !(isWordCharacter(before) && isWordCharacter(after)):
                result += "\\_"
            case "~" where after == "~" || before == "~":
                result += "\\~"
            case "[" where couldLink:
                result += "\\["
            case "<" where startsAutolink(chars, at: index):
                result += "\\<"
            case "&" where startsEntity(chars, at: index):
                result += "\\&"
            default:
                result.append(char)
            }
        }
        return result
    }

    static let escapedBytes: Set<UInt8> = Set("\\`*_~[&<".utf8)

    static func isWordCharacter(_ char: Character?) -> Bool {
        guard let char else { return false }
        return char.isLetter || char.isNumber
    }

    /// Whether the `<` at `index` starts an autolink. An autolink holds no `<`, `>` or white
    /// space, so only the text up to the first of those is read: searching on to the next `>`
    /// made a run of `<` quadratic.
    static func startsAutolink(_ chars: [Character], at index: Int) -> Bool {
        var close = index + 1
        while close < chars.count, chars[close] != ">", chars[close] != "<", !chars[close].isWhitespace { close += 1 }
        guard close < chars.count, chars[close] == ">" else { return false }
        return MarkdownInline.parse(String(chars[index...close])).contains {
            if case .autolink = $0 { return true } else { return false }
        }
    }

    static func startsEntity(_ chars: [Character], at index: Int) -> Bool {
        guard let semicolon = chars[index...].prefix(34).firstIndex(of: ";") else { return false }
        return HTMLEntities.isReference(String(chars[index...semicolon]))
    }
}
