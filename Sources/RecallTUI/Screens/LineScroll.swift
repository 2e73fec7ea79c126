/// Where a screen of text lines (the statistics, the exam) is scrolled to: a line or a page at a
/// time, kept between the first line and the last full page. One rule for both screens.
struct LineScroll: Hashable, Sendable {
    /// The first line shown.
    private(set) var offset = 0

    /// Lines that fit between the title bar and the status bar.
    static func pageHeight(_ height: Int) -> Int { max(1, height - 2) }

    /// Scrolls for `key` (j/k, arrows, Enter, space/b, pages, g/G); false when the key does not scroll.
    mutating func handle(_ key: Key, lines: Int, height: Int) -> Bool {
        let page = Self.pageHeight(height)
        switch key {
        case .up, .character("k"): scroll(to: offset - 1, lines: lines, height: height)
        case .down, .character("j"), .enter: scroll(to: offset + 1, lines: lines, height: height)
        case .pageUp, .character("b"): scroll(to: offset - page, lines: lines, height: height)
        case .pageDown, .character(" "): scroll(to: offset + page, lines: lines, height: height)
        case .home, .character("g"): scroll(to: 0, lines: lines, height: height)
        case .end, .character("G"): scroll(to: lines, lines: lines, height: height)
        default: return false
        }
        return true
    }

    mutating func scroll(to line: Int, lines: Int, height: Int) {
        offset = max(0, min(line, lines - Self.pageHeight(height)))
    }
}
