import RecallCore

/// The pieces every screen draws the same way: bars, styled lines, the help overlay and the
/// too-small notice. Keeping them here keeps the screens consistent with each other.
extension ScreenBuffer {
    /// Builds a styled line piece by piece.
    public struct Row {
        public private(set) var spans: StyledLine = []
        public init() {}
        public mutating func add(_ text: String, _ style: Style = .plain) { spans.append(Span(text, style)) }
        public var width: Int { spans.displayWidth }
    }

    /// Draws spans from (row, column), clipped at `limit` columns; returns the column after them.
    @discardableResult
    public mutating func draw(_ line: StyledLine, row: Int, column: Int, limit: Int? = nil) -> Int {
        var x = column
        let end = limit.map { column + $0 } ?? width
        for span in line {
            x = write(span.text, row: row, column: x, style: span.style, limit: max(0, end - x))
        }
        return x
    }

    /// The top line: the screen's title on the left, status on the right (dropped if no room).
    public mutating func titleBar(_ title: String, right: String = "") {
        fill(row: 0, style: Theme.titleBar)
        let rightWidth = DisplayWidth.of(right)
        let roomForRight = DisplayWidth.of(title) + 1 + rightWidth <= width
        write(title, row: 0, column: 0, style: Theme.titleBar, limit: roomForRight ? width - rightWidth : width)
        if roomForRight { write(right, row: 0, column: width - rightWidth, style: Theme.titleBar) }
    }

    /// The bottom line: the keys that work here.
    public mutating func statusBar(_ text: String, right: String = "") {
        let row = height - 1
        fill(row: row, style: Theme.statusBar)
        let rightWidth = DisplayWidth.of(right)
        let roomForRight = DisplayWidth.of(text) + 2 + rightWidth <= width
        write(" " + text, row: row, column: 0, style: Theme.statusBar, limit: roomForRight ? width - rightWidth - 1 : width)
        if roomForRight { write(right, row: row, column: width - rightWidth - 1, style: Theme.statusBar) }
    }

    /// A box in the middle of the screen listing every key, drawn over what is there.
    public mutating func helpOverlay(title: String, keys: [(String, String)]) {
        let keyWidth = keys.map { DisplayWidth.of($0.0) }.max() ?? 0
        let textWidth = keys.map { DisplayWidth.of($0.1) }.max() ?? 0
        let boxWidth = min(width, max(keyWidth + textWidth + 6, DisplayWidth.of(title) + 4, 24))
        let boxHeight = min(height, keys.count + 4)
        let left = max(0, (width - boxWidth) / 2)
        let top = max(0, (height - boxHeight) / 2)
        for y in top..<(top + boxHeight) { fill(row: y, column: left, width: boxWidth, style: Theme.statusBar) }
        write(" " + title + " — keys", row: top, column: left, style: Theme.statusBar.merged(with: Theme.heading), limit: boxWidth)
        for (offset, (key, text)) in keys.enumerated() where top + 2 + offset < top + boxHeight - 1 {
            let y = top + 2 + offset
            let x = write(" " + DisplayWidth.padded(key, to: keyWidth), row: y, column: left, style: Theme.statusBar.merged(with: Theme.heading), limit: boxWidth)
            write("  " + text, row: y, column: x, style: Theme.statusBar, limit: left + boxWidth - x)
        }
        if boxHeight >= 4 {
            write(" any key closes", row: top + boxHeight - 1, column: left, style: Theme.statusBar.merged(with: Theme.dim), limit: boxWidth)
        }
    }

    /// What a screen shows instead of garbage when the terminal is smaller than it can use.
    public static func tooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        let lines = TextWrap.wrap("Terminal too small: \(width)x\(height). Make it at least \(minimumWidth)x\(minimumHeight), or press q to quit.", width: width)
        let top = max(0, (height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            buffer.write(line, row: top + offset, column: max(0, (width - DisplayWidth.of(line)) / 2), style: Theme.warning)
        }
        return buffer
    }
}
