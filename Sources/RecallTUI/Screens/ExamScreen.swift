import RecallCore

/// The exam screen, opened by `e` on the home screen: the chosen deck's readiness
/// (`ReadinessText`, the lines `recall exam` prints), drawn again for each width and scrolled a
/// line or a page at a time. Esc or q goes back to the home screen with the same deck chosen.
public struct ExamScreen: Sendable {
    public let readiness: ExamReadiness
    /// The deck the home screen had chosen (nil: all decks), to choose it again on the way back.
    public let deck: String?
    public let language: Language
    public private(set) var lines: [String]
    public private(set) var linesWidth: Int
    private var scrolling = LineScroll()
    public var offset: Int { scrolling.offset }

    public init(readiness: ExamReadiness, deck: String?, language: Language, width: Int) {
        self.readiness = readiness
        self.deck = deck
        self.language = language
        linesWidth = max(1, width - 2)
        lines = ReadinessText.lines(readiness, width: linesWidth, language: language)
    }

    static func pageHeight(_ height: Int) -> Int { LineScroll.pageHeight(height) }

    public mutating func resize(width: Int, height: Int) {
        if max(1, width - 2) != linesWidth {
            linesWidth = max(1, width - 2)
            lines = ReadinessText.lines(readiness, width: linesWidth, language: language)
        }
        scrolling.scroll(to: offset, lines: lines.count, height: height)
    }

    /// True when the screen is left.
    public mutating func update(_ key: Key, height: Int) -> Bool {
        if scrolling.handle(key, lines: lines.count, height: height) { return false }
        return key == .escape || key == .character("q")
    }

    public func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.titleBar(" recall  " + ReadinessMessage.title(deck: deck).text(language))
        for (row, line) in lines.dropFirst(offset).prefix(Self.pageHeight(height)).enumerated() {
            buffer.write(line, row: 1 + row, column: 1, style: row == 0 && offset == 0 ? Theme.heading : .plain, limit: width - 1)
        }
        buffer.statusBar([StatsMessage.keys.text(language), StatsMessage.keysShort.text(language)])
        return buffer
    }
}
