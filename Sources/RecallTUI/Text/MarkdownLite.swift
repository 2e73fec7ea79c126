import RecallCore

/// Renders the Markdown that cards use into styled, wrapped lines: `**bold**`, `` `code` ``,
/// backslash escapes, list items (wrapped with a hanging indent), headings, and fenced code
/// blocks (kept as written, broken only where a line is wider than the screen). Everything else
/// is shown as written, which is how a Markdown source reads anyway. Where a fence opens and
/// closes, what a heading is and what a backslash escapes are RecallCore's rules
/// (`MarkdownLines`, `MarkdownBlock`, `MarkdownInline`), the same as for the deck parser and
/// the HTML export.
public enum MarkdownLite {
    public static func render(_ markdown: String, width: Int, base: Style = .plain) -> [StyledLine] {
        guard width > 0 else { return [] }
        var result: [StyledLine] = []
        var openFence: MarkdownLines.Fence?
        for rawLine in markdown.lines {
            let line = String(rawLine)
            if let fence = openFence {
                if MarkdownLines.closes(rawLine, fence) {
                    openFence = nil
                } else {
                    result += hardWrap([Span(line.isEmpty ? " " : line, Theme.code)], width: width)
                }
                continue
            }
            if let fence = MarkdownLines.fence(in: rawLine) {
                openFence = fence
                continue
            }
            if let heading = MarkdownBlock.heading(in: rawLine) {
                result += TextWrap.wrap(inline(heading.text, base: base.merged(with: Theme.heading)), width: width)
                continue
            }
            if line.trimmed.isEmpty {
                result.append([])
                continue
            }
            result += TextWrap.wrap(inline(line, base: base), width: width)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// `**bold**` and `` `code` `` inside one line; a backslash before ASCII punctuation makes
    /// it text. A marker without its closing partner is text.
    static func inline(_ line: String, base: Style) -> StyledLine {
        var spans: StyledLine = []
        var text = ""
        var bold = false
        var index = line.startIndex
        func flush() {
            guard !text.isEmpty else { return }
            spans.append(Span(text, bold ? base.merged(with: Theme.bold) : base))
            text = ""
        }
        while index < line.endIndex {
            let rest = line[index...]
            if rest.hasPrefix("\\"), let escaped = rest.dropFirst().first, MarkdownInline.isEscapable(escaped) {
                text.append(escaped)
                index = line.index(index, offsetBy: 2)
                continue
            }
            if rest.hasPrefix("`"), let close = rest.dropFirst().firstIndex(of: "`") {
                flush()
                spans.append(Span(String(rest[rest.index(after: index)..<close]), Theme.code))
                index = line.index(after: close)
                continue
            }
            if rest.hasPrefix("**"), bold || closesBold(rest.dropFirst(2)) {
                flush()
                bold.toggle()
                index = line.index(index, offsetBy: 2)
                continue
            }
            text.append(line[index])
            index = line.index(after: index)
        }
        flush()
        return spans
    }

    /// True when an unescaped `**` follows, to close the one just seen.
    static func closesBold(_ rest: Substring) -> Bool {
        var index = rest.startIndex
        while index < rest.endIndex {
            if rest[index] == "\\" {
                index = rest.index(after: index)
                if index < rest.endIndex { index = rest.index(after: index) }
                continue
            }
            if rest[index...].hasPrefix("**") { return true }
            index = rest.index(after: index)
        }
        return false
    }

    /// Code keeps its spacing: it is only broken, between characters, where it is too wide.
    static func hardWrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        var lines: [[Glyph]] = [[]]
        var used = 0
        for glyph in [Glyph](line) {
            if used + glyph.width > width, used > 0 {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(glyph)
            used += glyph.width
        }
        return lines.map(\.spans)
    }
}

extension Style {
    /// This style with `other`'s colours and emphasis added on top.
    public func merged(with other: Style) -> Style {
        Style(foreground: other.foreground ?? foreground, background: other.background ?? background,
              bold: bold || other.bold, dim: dim || other.dim, underline: underline || other.underline,
              reverse: reverse || other.reverse)
    }
}
