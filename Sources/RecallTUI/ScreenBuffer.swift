import RecallCore

/// A colour from the 8 every colour terminal has; `nil` in a `Style` means the terminal's default.
public enum TerminalColor: Int, Hashable, Sendable, CaseIterable {
    case black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Screens say what they mean (`.title`, `.correct`); the driver maps styles
/// to ncurses attributes, or drops colour under `NO_COLOR`.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false,
                dim: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = Style()
}

/// One terminal cell. A wide character occupies its cell and a `continuation` cell to its right.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    /// True for the right half of a wide character: the driver draws nothing there.
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", style: .plain, isContinuation: false)
}

/// A virtual screen: what a screen's `view` draws and what tests snapshot, so no screen needs a
/// terminal. All positions and widths are display columns (Hangul is two).
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    private var storedCursor: Cursor?

    /// A cell position for the terminal's own cursor, in display columns.
    public struct Cursor: Hashable, Sendable {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// Where the terminal shows its cursor, or nil to hide it. A text field sets it at the
    /// insertion point, so that an input method draws the syllable being composed there (and not
    /// in a corner of the screen). A position outside the buffer is no cursor.
    public var cursor: Cursor? {
        get { storedCursor }
        set {
            storedCursor = newValue.flatMap {
                (0..<height).contains($0.row) && (0..<width).contains($0.column) ? $0 : nil
            }
        }
    }

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Writes `text` from (row, column), clipped at `limit` columns (default: the right edge).
    /// A wide character that would not fit whole is not drawn; the remaining columns stay blank.
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(width, limit.map { column + $0 } ?? width)
        var x = column
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            guard x + w <= end else { break }
            if x >= 0 { place(character, width: w, row: row, column: x, style: style) }
            x += w
        }
        return x
    }

    /// Fills a rectangle's cells with spaces in `style` (for bars and highlighted rows).
    public mutating func fill(row: Int, column: Int = 0, width fillWidth: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        let end = min(width, column + (fillWidth ?? width))
        for x in max(0, column)..<max(max(0, column), end) {
            place(" ", width: 1, row: row, column: x, style: style)
        }
    }

    private mutating func place(_ character: Character, width w: Int, row: Int, column: Int, style: Style) {
        clearHalves(row: row, column: column, width: w)
        cells[row * width + column] = Cell(character: character, style: style, isContinuation: false)
        if w == 2 {
            cells[row * width + column + 1] = Cell(character: " ", style: style, isContinuation: true)
        }
    }

    /// Overwriting one half of a wide character blanks the other half, so no half glyph remains.
    private mutating func clearHalves(row: Int, column: Int, width w: Int) {
        let base = row * width
        if cells[base + column].isContinuation, column > 0 {
            cells[base + column - 1] = Cell(character: " ", style: cells[base + column - 1].style, isContinuation: false)
        }
        let last = column + w - 1
        if last + 1 < width, cells[base + last + 1].isContinuation {
            cells[base + last + 1] = Cell(character: " ", style: cells[base + last + 1].style, isContinuation: false)
        }
    }

    /// Each row as text, trailing spaces removed: the form snapshot tests compare.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[row, column].isContinuation {
                line.append(self[row, column].character)
            }
            return line.withoutTrailingSpaces
        }
    }
}
