import RecallCore

/// The statistics of a deck (or of all decks) over the last month, opened by `s` on the home
/// screen: `StatsText`'s charts, drawn again for each width, scrolled a line or a page at a
/// time. Esc or q goes back to the home screen with the same deck chosen.
public struct StatsScreen: Sendable {
    public let report: StatsReport
    /// The deck the home screen had chosen (nil: all decks), to choose it again on the way back.
    public let deck: String?
    public let language: Language
    /// The charts at `linesWidth`, drawn again when the terminal's width changes.
    public private(set) var lines: [StatsLine]
    public private(set) var linesWidth: Int
    private var scrolling = LineScroll()
    /// The first line shown.
    public var offset: Int { scrolling.offset }

    public enum Effect: Equatable, Sendable {
        case none
        case back
    }

    public init(report: StatsReport, deck: String?, language: Language, width: Int) {
        self.report = report
        self.deck = deck
        self.language = language
        linesWidth = Self.chartWidth(width)
        lines = StatsText.lines(report, width: linesWidth, language: language)
    }

    /// The charts have a column of margin on each side.
    static func chartWidth(_ width: Int) -> Int { max(1, width - 2) }

    static func pageHeight(_ height: Int) -> Int { LineScroll.pageHeight(height) }

    /// The terminal's size changed: the charts fit the new width, the offset stays in bounds.
    public mutating func resize(width: Int, height: Int) {
        if Self.chartWidth(width) != linesWidth {
            linesWidth = Self.chartWidth(width)
            lines = StatsText.lines(report, width: linesWidth, language: language)
        }
        scrolling.scroll(to: offset, lines: lines.count, height: height)
    }

    public mutating func update(_ key: Key, height: Int) -> Effect {
        if scrolling.handle(key, lines: lines.count, height: height) { return .none }
        return key == .escape || key == .character("q") ? .back : .none
    }

    public func view(width: Int, height: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        let scope = deck ?? StatsMessage.allDecks.text(language)
        buffer.titleBar(" recall › " + StatsMessage.title.text(language) + " › " + scope,
                        right: StatsMessage.range(report.range).text(language) + " ")
        for (row, line) in lines.dropFirst(offset).prefix(Self.pageHeight(height)).enumerated() {
            buffer.draw(line.segments.map { Span($0.text, Self.style($0.role)) }, row: 1 + row, column: 1, limit: width - 1)
        }
        buffer.statusBar([StatsMessage.keys.text(language), StatsMessage.keysShort.text(language)])
        return buffer
    }

    /// The theme's style of a role of the charts: the colours of the counts (new blue,
    /// learning red, review green) and of the grades.
    static func style(_ role: StatsRole?) -> Style {
        switch role {
        case nil: return .plain
        case .heading: return Theme.heading
        case .axis: return Theme.dim
        case .learn, .again: return Theme.learningCount
        case .relearn, .hard: return Theme.hard
        case .young, .good: return Theme.good
        case .mature: return Theme.reviewCount
        case .new, .easy: return Theme.newCount
        case .suspended, .buried, .cram: return Theme.setAside
        case .bar: return Theme.bar
        case .heat(let level): return Theme.heat[max(0, min(Theme.heat.count - 1, level))]
        }
    }
}
