/// Text written into Markdown so that the one reader (`MarkdownBlock`, `DeckParser`) gives it
/// back: a heading's closing `#`, and a line start that the block reader would take for
/// structure. Every writer of Markdown uses these (`DeckWriter`, `DraftWriter`, `HTMLToMarkdown`),
/// so a line that looks like syntax is marked one way whichever command wrote it.
public enum MarkdownEscape {
    /// A heading's text on one line, for after `## `. A run of `#` at its end that Markdown would
    /// read as a closing sequence (after white space, or the whole text) has its last `#`
    /// escaped, `\#`; a `#` right after other text (`C#`) is text already and stays as written.
    public static func heading(_ text: String) -> String {
        // Only `\n` ends a line (as the deck parser reads it); `"\r\n"` is one Character holding
        // it. A lone `\r` is part of the prompt and is kept (a fuzzing finding).
        let line = text.split(whereSeparator: { $0.unicodeScalars.contains("\n") }).joined(separator: " ")
        let hashes = line.reversed().prefix { $0 == "#" }.count
        guard hashes > 0 else { return line }
        let before = line.dropLast(hashes)
        guard before.isEmpty || before.last == " " || before.last == "\t" else { return line }
        return line.dropLast() + "\\#"
    }

    /// A line that the block reader would read as structure, with a backslash that makes it
    /// text: a heading, a quote, a code fence, a thematic break, a list item (`\- x`, `1\. x`),
    /// a table's delimiter row, and a setext underline of `=` (which other Markdown readers
    /// take for a heading). Up to three spaces of indentation are kept before the backslash;
    /// other lines are returned as they are.
    public static func lineStart(_ line: String) -> String {
        let whole = Substring(line)
        let (indent, rest) = MarkdownBlock.leadingIndent(whole)
        guard indent <= 3, let first = rest.first else { return line }
        let lead = whole[..<rest.startIndex]
        if first.isASCII, first.isNumber {
            guard MarkdownBlock.ListMarker(rest, indent: 0) != nil else { return line }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            return lead + digits + "\\" + rest.dropFirst(digits.count)
        }
        let isBlock = MarkdownBlock.headingLevel(rest) != nil
            || first == ">"
            || MarkdownLines.fence(in: rest) != nil
            || MarkdownBlock.isRule(rest)
            || MarkdownBlock.ListMarker(rest, indent: 0) != nil
            || MarkdownBlock.delimiterRow(rest) != nil
            || (first == "=" && rest.allSatisfy { $0 == "=" || $0 == " " || $0 == "\t" })
        return isBlock ? lead + "\\" + rest : line
    }
}
