import Foundation
import RecallCore
import RecallStore
import RecallTerminal
import RecallTUI

/// Runs the triage screen (`recall extract --review`) through the one run loop. After every
/// decision, and after every accepted edit, it writes the deck, then the decisions file (deck first: a crash between the two
/// leaves a kept card in the deck, which the next run sees by its id).
struct TriageLoop: TerminalProgram {
    var screen: TriageScreen
    /// The deck file's text when triage opened (or a new deck's head): kept byte for byte.
    let base: String
    let deckPath: String
    let decisionsPath: String

    mutating func tick(_ now: Instant) -> TerminalRunLoop.Step { .proceed }

    mutating func resized(width: Int, height: Int) {}

    mutating func key(_ key: Key, terminal: Terminal) -> TerminalRunLoop.Step {
        switch screen.update(key, now: SystemClock.now()) {
        case .none: return .proceed
        case .quit: return .stop
        case .save:
            if let problem = save() { screen.saveFailed(problem) }
            return .proceed
        case .openEditor(let text):
            edit(text, terminal: terminal)
            return .proceed
        }
    }

    func view(width: Int, height: Int) -> ScreenBuffer { screen.view(width: width, height: height) }

    /// Writes the deck and then the decisions; what went wrong, or nil.
    func save() -> String? {
        do {
            try AtomicFile.replace(deckPath, with: Array(screen.session.deckText(base: base).utf8))
            try TriageDecisionsFile.write(screen.session.decisions, to: decisionsPath)
            return nil
        } catch {
            return error.message.text(InterfaceLanguage.current)
        }
    }

    /// `E`: the draft in a temporary `.md` file in `$EDITOR`; what was saved goes back to the screen.
    private mutating func edit(_ text: String, terminal: Terminal) {
        let file = NSTemporaryDirectory() + "recall-draft-\(getpid()).md"
        defer { try? FileManager.default.removeItem(atPath: file) }
        do {
            try AtomicFile.replace(file, with: Array(text.utf8))
        } catch {
            screen.editorClosed(text: nil, problem: error.message.text(InterfaceLanguage.current))
            return
        }
        var outcome = Editor.Outcome.closed
        terminal.suspend { outcome = Editor.open(file: file, line: 1) }
        guard outcome == .closed else {
            screen.editorClosed(text: nil, problem: outcome.message.text(InterfaceLanguage.current))
            return
        }
        guard let data = FileManager.default.contents(atPath: file), let saved = String(data: data, encoding: .utf8) else {
            screen.editorClosed(text: nil, problem: TransferMessage.cannotRead(path: file, reason: ReadFailure.problem(file)).text(InterfaceLanguage.current))
            return
        }
        if screen.editorClosed(text: saved, now: SystemClock.now()) == .save, let problem = save() { screen.saveFailed(problem) }
    }
}
