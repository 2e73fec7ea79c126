import RecallCore

/// Draws the Markdown of a card as styled, wrapped lines: what it means is RecallCore's one
/// reader (`MarkdownBlock`, `MarkdownInline`), the same as for the deck parser, the HTML export
/// and the study sheet; this file only draws it.
///
/// A body is shown line by line, as written: bold and code in their styles, headings bold,
/// code blocks kept as written (broken only where a line is wider than the screen), list items
/// wrapped with a hanging indent, quotes under `> `, table rows between `|`. A terminal has no
/// italics and no strikethrough, so emphasis keeps its `*` (its text underlined) and `~~` stays
/// around struck text. A link shows its text and, in brackets, where it goes.
public enum MarkdownLite {
    public static func render(_ markdown: String, width: Int, base: Style = .plain) -> [StyledLine] {
        guard width > 0 else { return [] }
        var result = render(MarkdownBlock.parse(markdown), width: width, base: base)
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    static func render(_ blocks: [MarkdownBlock], width: Int, base: Style) -> [StyledLine] {
        var result: [StyledLine] = []
        for block in blocks {
            switch block {
            case .line(let line):
                result += line.trimmed.isEmpty ? [[]] : TextWrap.wrap(inline(line, base: base), width: width)
            case .heading(_, let text):
                result += TextWrap.wrap(inline(text, base: base.merged(with: Theme.heading)), width: width)
            case .code(_, let lines):
                for line in lines { result += hardWrap([Span(line.isEmpty ? " " : line, Theme.code)], width: width) }
            case .list(let ordered, let start, let items):
                for (offset, item) in items.enumerated() {
                    result += listItem(ordered ? "\(start + offset). " : "- ", item, width: width, base: base)
                }
            case .quote(let inner):
                result += prefixed(render(inner, width: max(1, width - 2), base: base), with: Span("> ", base))
            case .table(let alignments, let header, let rows):
                let delimiter = alignments.map { [Span(delimiterCell($0), base)] }
                for row in [header.map { inline($0, base: base) }, delimiter] + rows.map({ $0.map { inline($0, base: base) } }) {
                    result += TextWrap.wrap(tableRow(row, base: base), width: width)
                }
            case .rule:
                result.append([Span("---", base)])
            }
        }
        return result
    }

    /// The marker and the item's first line, continuation lines under the item's text; the
    /// item's other blocks (more lines, a nested list, code) below it at the same indent.
    static func listItem(_ marker: String, _ blocks: [MarkdownBlock], width: Int, base: Style) -> [StyledLine] {
        let indent = min(DisplayWidth.of(marker), width / 2)
        var rest = blocks[...]
        var lines: [StyledLine]
        if case .line(let text)? = rest.first, !text.trimmed.isEmpty {
            rest = rest.dropFirst()
            lines = TextWrap.wrap(merged([Span(marker, base)] + inline(text, base: base)), width: width, indent: indent)
        } else {
            lines = [[Span(marker.withoutTrailingSpaces, base)]]
        }
        let pad = Span(String(repeating: " ", count: indent))
        return lines + render(Array(rest), width: max(1, width - indent), base: base).map { $0.isEmpty ? [] : [pad] + $0 }
    }

    /// Each line after `prefix`; an empty line gets the prefix without its trailing space.
    static func prefixed(_ lines: [StyledLine], with prefix: Span) -> [StyledLine] {
        lines.map { $0.isEmpty ? [Span(prefix.text.withoutTrailingSpaces, prefix.style)] : [prefix] + $0 }
    }

    /// `| a | b |`, an empty cell as one space, as `HTMLToMarkdown` writes a row.
    static func tableRow(_ cells: [StyledLine], base: Style) -> StyledLine {
        var line = [Span("|", base)]
        for cell in cells {
            line += cell.isEmpty ? [Span(" |", base)] : [Span(" ", base)] + cell + [Span(" |", base)]
        }
        return merged(line)
    }

    static func delimiterCell(_ alignment: MarkdownBlock.TableAlignment) -> String {
        switch alignment {
        case .none: "---"
        case .left: ":---"
        case .center: ":---:"
        case .right: "---:"
        }
    }

    /// One line of inline Markdown, read by `MarkdownInline`, as styled spans.
    static func inline(_ line: String, base: Style) -> StyledLine {
        merged(spans(MarkdownInline.parse(line), base: base))
    }

    static func spans(_ nodes: [MarkdownInline], base: Style) -> StyledLine {
        nodes.flatMap { node -> StyledLine in
            switch node {
            case .text(let text):
                return [Span(text, base)]
            case .entity(let entity):
                return [Span(HTMLEntities.decode(entity), base)]
            case .code(let code):
                return [Span(code, Theme.code)]
            case .strong(let inner):
                return spans(inner, base: base.merged(with: Theme.bold))
            case .emphasis(let inner):
                return [Span("*", base)] + spans(inner, base: base.merged(with: Theme.emphasis)) + [Span("*", base)]
            case .strikethrough(let inner):
                return [Span("~~", base)] + spans(inner, base: base) + [Span("~~", base)]
            case .link(let text, let destination):
                let label = spans(text, base: base.merged(with: Theme.emphasis))
                return MarkdownInline.plainText(text) == destination ? label : label + [Span(" (\(destination))", base)]
            case .image(let alt, let source):
                return [Span(alt.isEmpty ? source : alt, base)]
            case .autolink(let url):
                return [Span(url, base.merged(with: Theme.emphasis))]
            }
        }
    }

    /// Neighbours of the same style as one span, and no empty spans.
    static func merged(_ line: StyledLine) -> StyledLine {
        var result: StyledLine = []
        for span in line where !span.text.isEmpty {
            if let last = result.last, last.style == span.style {
                result[result.count - 1].text += span.text
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// Code keeps its spacing: `LineBreaking` breaks it only between characters, where it is
    /// too wide.
    static func hardWrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        LineBreaking.lines([Glyph](line), width: width, widthOf: \.width, isSpace: { _ in false }).map(\.spans)
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
