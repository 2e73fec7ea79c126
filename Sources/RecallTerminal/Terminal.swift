import CNcursesw
import RecallCore
import RecallTUI
#if canImport(Glibc)
import Glibc
#endif

/// The only code that calls ncurses: it owns the terminal from `start()` to `stop()`, draws
/// `ScreenBuffer`s and reads keys. Everything else in recall is testable without a terminal.
public final class Terminal {
    public enum Event: Hashable, Sendable {
        case key(Key)
        case resize(width: Int, height: Int)
        /// Ctrl-C, SIGTERM or SIGHUP (the signal's number): save and leave.
        case interrupt(signal: Int32)
        /// Nothing happened within the poll interval (lets timers tick).
        case tick
    }

    /// Why a screen command refused to start, naming the command (`recall quiz`), so a script
    /// that ran several commands can tell which one needs the terminal.
    public struct NotATerminal: Error, CustomStringConvertible {
        public var command: String
        /// Set when the terminal is there but no UTF-8 locale is (see `UTF8Locale`).
        var localeProblem: TerminalMessage?

        public init(command: String) { self.command = command }

        init(command: String, localeProblem: TerminalMessage) {
            self.command = command
            self.localeProblem = localeProblem
        }

        /// What to tell the learner, in either language.
        public var message: TerminalMessage { localeProblem ?? .needsTerminal(command: command) }

        public var description: String { message.english }
    }

    private var started = false
    private let useColor: Bool
    private var pairs: [Int: Int16] = [:]
    /// What is on the screen, so an unchanged frame (most timer ticks) costs nothing.
    private var lastDrawn: ScreenBuffer?

    /// - Parameter environment: read for `NO_COLOR` (https://no-color.org).
    public init(environment: [String: String]) {
        useColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    /// Throws `NotATerminal` unless stdin and stdout are both a terminal and a UTF-8 locale is
    /// in use (switching to an installed one when the environment's is not). Callers check
    /// this before opening anything, so a refused run writes nothing.
    public static func requireInteractive(_ command: String) throws(NotATerminal) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NotATerminal(command: command) }
        if let problem = UTF8Locale.use() { throw NotATerminal(command: command, localeProblem: problem) }
    }

    /// Takes over the terminal. Fails when stdin or stdout is not a TTY.
    public func start() throws {
        try Self.requireInteractive("recall")
        _ = initscr()
        _ = raw()  // Ctrl-C arrives as a key, so the session is saved before leaving.
        _ = noecho()
        _ = keypad(recall_stdscr(), true)
        _ = nonl()
        _ = curs_set(0)
        set_escdelay(25)
        if useColor, has_colors() {
            _ = start_color()
            _ = use_default_colors()
        }
        Signals.install()
        started = true
    }

    /// Gives the terminal back as it was. Safe to call twice.
    public func stop() {
        guard started else { return }
        started = false
        _ = endwin()
    }

    deinit { stop() }

    /// Gives the terminal to another program (the editor) while `body` runs, then takes it back
    /// and repaints. The program runs in recall's own process group, the terminal's foreground
    /// one, so it can read the terminal; meanwhile Ctrl-C is left to it.
    public func suspend(_ body: () -> Void) {
        guard started else { return body() }
        _ = endwin()
        Signals.ignoreKeyboardSignals()
        body()
        Signals.restoreKeyboardSignals()
        _ = refresh()
        _ = curs_set(0)
        _ = clearok(recall_stdscr(), true)
        lastDrawn = nil
    }

    public var size: (width: Int, height: Int) {
        (Int(recall_getmaxx()), Int(recall_getmaxy()))
    }

    /// Waits up to `milliseconds` for a key, a resize or a signal.
    public func nextEvent(timeout milliseconds: Int32) -> Event {
        if let signal = Signals.pending() { return .interrupt(signal: signal) }
        timeout(milliseconds)
        var character: wint_t = 0
        let status = get_wch(&character)
        if let signal = Signals.pending() { return .interrupt(signal: signal) }
        if status == recall_err() { return .tick }
        let code = Int32(bitPattern: character)
        if status == recall_key_code_yes() {
            if code == recall_key_resize() {
                lastDrawn = nil
                _ = clearok(recall_stdscr(), true)  // repaint everything: the old layout is gone
                return .resize(width: size.width, height: size.height)
            }
            return KeyCodes.special(code).map(Event.key) ?? .tick
        }
        if code == 3 { return .interrupt(signal: SIGINT) }  // Ctrl-C in raw mode
        return KeyCodes.character(code).map(Event.key) ?? .tick
    }

    /// Puts a whole buffer on the screen; wide characters occupy their two cells.
    public func draw(_ buffer: ScreenBuffer) {
        if buffer == lastDrawn { return }
        lastDrawn = buffer
        _ = erase()
        for row in 0..<buffer.height {
            for column in 0..<buffer.width {
                let cell = buffer[row, column]
                if cell.isContinuation { continue }
                var chars = Array(String(cell.character).unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) })
                chars.append(0)
                let (attributes, pair) = attributes(for: cell.style)
                _ = recall_put_cell(Int32(row), Int32(column), chars, attributes, pair)
            }
        }
        // The real cursor shows where the buffer asks (a type-in field's insertion point, where
        // an input method draws the syllable being composed), and is hidden everywhere else.
        if let cursor = buffer.cursor {
            _ = curs_set(1)
            _ = move(Int32(cursor.row), Int32(cursor.column))
        } else {
            _ = curs_set(0)
        }
        _ = refresh()
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = recall_a_normal()
        if style.bold { attributes |= recall_a_bold() }
        if style.dim { attributes |= recall_a_dim() }
        if style.underline { attributes |= recall_a_underline() }
        if style.reverse { attributes |= recall_a_reverse() }
        guard useColor, has_colors(), style.foreground != nil || style.background != nil else { return (attributes, 0) }
        let key = (style.foreground?.rawValue ?? -1) * 16 + (style.background?.rawValue ?? -1) + 17
        if let pair = pairs[key] { return (attributes, pair) }
        let pair = Int16(pairs.count + 1)
        guard Int32(pair) < recall_color_pairs() else { return (attributes, 0) }
        _ = init_pair(pair, Int16(style.foreground?.rawValue ?? -1), Int16(style.background?.rawValue ?? -1))
        pairs[key] = pair
        return (attributes, pair)
    }
}
