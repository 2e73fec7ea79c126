import RecallCore

/// Breaks text into lines that fit a display width. Hangul and other wide characters count two
/// columns and are never split; lines break at spaces where possible, and inside a word only
/// when the word alone is wider than the line. Styled and plain text wrap the same way.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return text.lines.flatMap { paragraph in
            wrap([Span(String(paragraph))], width: width).map(\.plainText)
        }
    }

    /// One styled line (no newlines), broken by `LineBreaking`. Leading indentation is kept on
    /// the first line and, for list items, continuation lines hang under the item's text;
    /// `indent` sets that column.
    public static func wrap(_ line: StyledLine, width: Int, indent: Int? = nil) -> [StyledLine] {
        guard width > 0 else { return [] }
        let glyphs = [Glyph](line)
        if glyphs.width <= width { return [line] }
        let indentCount = min(indent ?? hangingIndent(of: line.plainText, width: width), width / 2)
        let pad = [Glyph](repeating: Glyph(character: " ", style: .plain), count: indentCount)
        let lines = LineBreaking.lines(glyphs, width: width, indent: indentCount,
                                       widthOf: \.width, isSpace: { $0.character == " " })
        return lines.enumerated().map { n, line in (n == 0 ? line : pad + line).spans }
    }

    /// The line cut to `width` columns, ending in `...` when something was cut, so a cut line
    /// reads as cut. A wide character is never split: a column may stay empty before the dots.
    public static func clipped(_ line: StyledLine, to width: Int) -> StyledLine {
        let glyphs = [Glyph](line)
        guard glyphs.width > width else { return line }
        let marker = "..."
        guard width > marker.count else { return [Span(String(marker.prefix(max(0, width))), line.last?.style ?? .plain)] }
        var kept: [Glyph] = []
        var used = 0
        for glyph in glyphs {
            if used + glyph.width > width - marker.count { break }
            kept.append(glyph)
            used += glyph.width
        }
        while kept.last?.character == " " { kept.removeLast() }
        let style = kept.last?.style ?? glyphs[0].style
        return (kept + marker.map { Glyph(character: $0, style: style) }).spans
    }

    /// Columns that line up continuation lines under a list item's text (`- `, `1. `), or the
    /// line's own indentation; never more than half the width.
    static func hangingIndent(of line: String, width: Int) -> Int {
        let leading = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(leading)
        var marker = 0
        if rest.hasPrefix("- ") || rest.hasPrefix("* ") || rest.hasPrefix("+ ") {
            marker = 2
        } else if let dot = rest.firstIndex(of: "."), rest[..<dot].allSatisfy(\.isNumber), !rest[..<dot].isEmpty,
                  rest[rest.index(after: dot)...].hasPrefix(" ") {
            marker = rest.distance(from: rest.startIndex, to: dot) + 2
        }
        return min(leading + marker, width / 2)
    }
}
