/// Where lines break, by display width: the one rule for the study screens (styled glyphs,
/// `TextWrap`) and for printed text (`DisplayWrap`, the study sheet).
///
/// Lines break at runs of spaces, which are dropped at the break. A word wider than what is left
/// of the line starts the next line when it fits there; a word wider than a whole line is broken
/// between characters where it stands (so a long path or ARN fills the line it starts on), and
/// never inside a character: a wide character that would pass the edge starts the next line.
/// Continuation lines begin at column `indent` (a prefix or a hanging indent).
public enum LineBreaking {
    /// The cells of each line, trailing spaces dropped. The first line begins at `firstIndent`.
    public static func lines<Cell>(_ cells: [Cell], width: Int, firstIndent: Int = 0, indent: Int = 0,
                                   widthOf: (Cell) -> Int, isSpace: (Cell) -> Bool) -> [[Cell]] {
        var lines: [[Cell]] = []
        var current: [Cell] = []
        var used = firstIndent
        var hasText = false
        func newLine() {
            while let last = current.last, isSpace(last) { current.removeLast() }
            lines.append(current)
            current = []
            used = indent
            hasText = false
        }
        var start = 0
        while start < cells.count {
            let spaces = isSpace(cells[start])
            var end = start
            var wordWidth = 0
            while end < cells.count, isSpace(cells[end]) == spaces {
                wordWidth += widthOf(cells[end])
                end += 1
            }
            let word = cells[start..<end]
            start = end
            if used + wordWidth <= width {
                current += word
                used += wordWidth
                hasText = hasText || !spaces
                continue
            }
            if spaces {
                newLine()  // a break point: the spaces are dropped at the end of a line
                continue
            }
            if hasText, indent + wordWidth <= width {
                newLine()
                current += word
                used += wordWidth
                hasText = true
                continue
            }
            for cell in word {
                let cellWidth = widthOf(cell)
                if used + cellWidth > width, hasText { newLine() }
                current.append(cell)
                used += cellWidth
                hasText = true
            }
        }
        if hasText || lines.isEmpty { newLine() }
        return lines
    }
}
