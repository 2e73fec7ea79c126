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
