import RecallCore

/// A one-line text field for type-in answers. It edits Characters, so a Hangul syllable that
/// came in as one key press is deleted as one, and its cursor moves by display columns.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character] = []
    public private(set) var cursor = 0

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns false for keys the editor does not use.
    public mutating func handle(_ key: Key) -> Bool {
        if key.isControlCharacter { return false }  // Ctrl-Z and Ctrl-Q are commands, not text
        switch key {
        case .character(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        default: return false
        }
        return true
    }

    private func columns(_ range: Range<Int>) -> Int { characters[range].reduce(0) { $0 + DisplayWidth.of($1) } }

    /// The first character shown in `width` columns: the text scrolls so the cursor shows.
    private func firstVisible(width: Int) -> Int {
        var start = 0
        while start < cursor, columns(start..<cursor) + 1 > width { start += 1 }
        return start
    }

    /// The cursor's display column inside the field drawn by `spans(width:)`, where a screen
    /// puts the terminal's cursor (`ScreenBuffer.cursor`) so that an input method composes there.
    public func cursorColumn(width: Int) -> Int {
        guard width > 1 else { return 0 }
        return columns(firstVisible(width: width)..<cursor)
    }

    /// The field drawn in `width` columns: the text scrolled so the cursor shows, and the cursor
    /// as a reversed cell, which still shows where the terminal's own cursor is hidden.
    public func spans(width: Int, style: Style = .plain) -> StyledLine {
        guard width > 1 else { return [] }
        let start = firstVisible(width: width)
        var line: StyledLine = []
        var used = 0
        var index = start
        while index <= characters.count {
            let character = index < characters.count ? characters[index] : " "
            let w = max(1, DisplayWidth.of(character))
            if used + w > width { break }
            line.append(Span(String(character), index == cursor ? style.merged(with: Theme.selection) : style))
            used += w
            index += 1
        }
        return line
    }
}
