/// A key press, as screens see it: the driver turns ncurses codes into these.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case escape
    case backspace
    case delete
    case tab
    case up, down, left, right
    case home, end, pageUp, pageDown
}

extension Key {
    /// Ctrl and a letter, as the terminal in raw mode sends it: `control("z")` is U+001A.
    public static func control(_ letter: Character) -> Key {
        let value = (letter.uppercased().unicodeScalars.first?.value ?? 0x40) & 0x1F
        return .character(Character(Unicode.Scalar(UInt8(value))))
    }

    /// True for a control character (Ctrl and a letter, and the like): a command, never text.
    public var isControlCharacter: Bool {
        guard case .character(let character) = self else { return false }
        return character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }
}
