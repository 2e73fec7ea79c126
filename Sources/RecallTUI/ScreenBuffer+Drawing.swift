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

    /// The bottom line: the keys that work here, in the longest of `variants` that fits.
    public mutating func statusBar(_ variants: [String]) {
        let row = height - 1
        fill(row: row, style: Theme.statusBar)
        let text = variants.first { DisplayWidth.of($0) + 1 <= width } ?? variants.last ?? ""
        write(" " + text, row: row, column: 0, style: Theme.statusBar)
    }

    /// A box in the middle of the screen listing every key, drawn over what is there. On a
    /// screen too short for all of them, the last row says so.
    public mutating func helpOverlay(title: String, keys: [(String, String)], language: Language) {
        let keyWidth = keys.map { DisplayWidth.of($0.0) }.max() ?? 0
        let textWidth = keys.map { DisplayWidth.of($0.1) }.max() ?? 0
        let boxWidth = min(width, max(keyWidth + textWidth + 4, DisplayWidth.of(title) + 10, 24))
        let wanted = keys.count + 4
        let boxHeight = min(height, wanted)
        let left = max(0, (width - boxWidth) / 2)
        let top = max(0, (height - boxHeight) / 2)
        let box = Theme.statusBar
        let keyStyle = box.merged(with: Theme.heading)
        for y in top..<(top + boxHeight) { fill(row: y, column: left, width: boxWidth, style: box) }
        write(" " + ScreenMessage.helpTitle(title).text(language), row: top, column: left, style: keyStyle, limit: boxWidth)
        let fits = boxHeight == wanted
        let firstRow = top + (fits ? 2 : 1)  // a blank row under the title when there is room
        let shown = fits ? keys.count : max(0, boxHeight - 2)
        for (offset, (key, text)) in keys.prefix(shown).enumerated() {
            let y = firstRow + offset
            let x = write(" " + DisplayWidth.padded(key, to: keyWidth), row: y, column: left, style: keyStyle, limit: boxWidth)
            write("  " + text, row: y, column: x, style: box, limit: left + boxWidth - x)
        }
        let footer = " " + (shown < keys.count ? ScreenMessage.moreKeys(keys.count - shown) : .anyKeyCloses).text(language)
        write(footer, row: top + boxHeight - 1, column: left, style: box.merged(with: Theme.dim), limit: boxWidth)
    }

    /// The smallest terminal the screens lay out in; below it they show `tooSmall` instead.
    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public static func isTooSmall(width: Int, height: Int) -> Bool {
        width < minimumWidth || height < minimumHeight
    }

    /// What a screen shows instead of garbage when the terminal is smaller than it can use: a
    /// block of short lines, each centred, so it reads at a glance (a line wider than the
    /// screen is wrapped at spaces, never cut).
    public static func tooSmall(width: Int, height: Int, language: Language = .en) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        // The fullest wording that fits; the way out (q) is in every one.
        let size = ScreenMessage.sizeNeeded(width: width, height: height, minimumWidth: minimumWidth, minimumHeight: minimumHeight)
        let wordings: [[ScreenMessage]] = [
            [.terminalTooSmall, size, .makeItBigger],
            [.terminalTooSmall, .makeItBigger],
            [.tooSmall, .qQuits],
        ]
        let lines = wordings.map { $0.flatMap { TextWrap.wrap($0.text(language), width: width) } }
        let shown = (lines.first { $0.count <= height } ?? lines[lines.count - 1]).prefix(height)
        let top = max(0, (height - shown.count) / 2)
        for (offset, line) in shown.enumerated() {
            buffer.write(line, row: top + offset, column: max(0, (width - DisplayWidth.of(line)) / 2), style: Theme.warning)
        }
        return buffer
    }
}
